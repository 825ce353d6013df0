using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using Gen = FsCheck.Fluent.Gen;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>The exact PSD test: accepts Gram matrices, rejects with a verified witness, agrees with principal minors.</summary>
public class ExactPositivityTests
{
    private static Rational Form(M h, M v)
    {
        var value = (v.Adjoint() * h * v)[0, 0];
        Assert.True(value.IsReal);
        return value.Re;
    }

    private static void AssertRejectedWithWitness(M h)
    {
        var check = ExactPositivity.Check(h);
        Assert.False(check.IsPsd, $"accepted a matrix that is not PSD:\n{h}");
        Assert.NotNull(check.Witness);
        var value = Form(h, check.Witness!);
        Assert.True(value.Sign < 0, $"witness gives v^dagger H v = {value}");
        Assert.Equal(value, check.WitnessValue);
    }

    /// <summary>Every principal minor is >= 0: the PSD criterion by determinants, independent of the elimination.</summary>
    private static bool AllPrincipalMinorsNonNegative(M h)
    {
        int n = h.Rows;
        for (int mask = 1; mask < 1 << n; mask++)
        {
            var index = Enumerable.Range(0, n).Where(k => (mask >> k & 1) == 1).ToArray();
            var minor = ExactLinearAlgebra.Determinant(M.Create(index.Length, index.Length, (r, c) => h[index[r], index[c]]));
            if (minor.Re.Sign < 0) return false;
        }
        return true;
    }

    [Fact]
    public void GramMatricesArePositiveSemidefinite() => PropertyConfig.Check(Prop.ForAll(
        Gen.Choose(1, 6).SelectMany(ExactGenerators.PositiveSemidefinite).ToArbitrary(),
        p =>
        {
            var check = ExactPositivity.Check(p);
            Assert.True(check.IsPsd, check.Reason);
            Assert.Null(check.Witness);
        }), maxTest: 150);

    [Fact]
    public void DensityMatricesArePositiveSemidefiniteWithUnitTrace() => PropertyConfig.Check(Prop.ForAll(
        Gen.Choose(1, 4).SelectMany(ExactGenerators.DensityMatrix).ToArbitrary(),
        rho =>
        {
            Assert.True(ExactPositivity.IsPositiveSemidefinite(rho));
            Assert.Equal(ComplexRational.One, rho.Trace());
        }), maxTest: 100);

    /// <summary>
    /// P - c |v&gt;&lt;v| with c = (tr P + 1) / (v^dagger v) is not PSD, since v^dagger P v &lt;= tr(P) v^dagger v:
    /// the form at v is at most -(v^dagger v) &lt; 0.
    /// </summary>
    [Fact]
    public void SubtractingALargeProjectorIsDetectedWithAWitness() => PropertyConfig.Check(Prop.ForAll(
        Gen.Choose(1, 6).SelectMany(n => Gen.Zip(ExactGenerators.PositiveSemidefinite(n), ExactGenerators.NonZeroVector(n))).ToArbitrary(),
        t =>
        {
            var (p, v) = t;
            var norm = (v.Adjoint() * v)[0, 0];
            var c = (p.Trace() + ComplexRational.One) / norm;
            var h = p - c * (v * v.Adjoint());
            AssertRejectedWithWitness(h);
        }), maxTest: 150);

    [Fact]
    public void VerdictAgreesWithPrincipalMinorsOnRandomHermitianMatrices()
    {
        int psd = 0, notPsd = 0;
        var gen = Gen.Choose(1, 4).SelectMany(n => Gen.OneOf([ExactGenerators.Hermitian(n), ExactGenerators.PositiveSemidefinite(n)]));
        PropertyConfig.Check(Prop.ForAll(gen.ToArbitrary(), h =>
        {
            bool expected = AllPrincipalMinorsNonNegative(h);
            var check = ExactPositivity.Check(h);
            Assert.Equal(expected, check.IsPsd);
            if (expected) psd++;
            else
            {
                notPsd++;
                Assert.True(Form(h, check.Witness!).Sign < 0);
            }
        }), maxTest: 300);
        // Both verdicts must have been exercised for the comparison to mean anything.
        Assert.True(psd >= 20 && notPsd >= 20, $"PSD cases {psd}, non-PSD cases {notPsd}");
    }

    [Fact]
    public void KnownCases()
    {
        var i = ComplexRational.I;
        AssertRejectedWithWitness(M.Diagonal(1, new Rational(-1, 1000)));
        AssertRejectedWithWitness(M.FromRows([0, 1], [1, 0]));              // zero pivot, non-zero row
        AssertRejectedWithWitness(M.FromRows([0, i], [-i, 5]));             // zero pivot, complex coupling
        AssertRejectedWithWitness(M.FromRows([1, 2], [2, 1]));              // positive pivots, negative Schur complement
        AssertRejectedWithWitness(M.FromRows([1, 1, 0], [1, 1, 1], [0, 1, 1])); // zero pivot after elimination
        Assert.True(ExactPositivity.IsPositiveSemidefinite(M.FromRows([0, 0], [0, 1])));
        Assert.True(ExactPositivity.IsPositiveSemidefinite(M.FromRows([1, 1], [1, 1])));           // rank 1
        Assert.True(ExactPositivity.IsPositiveSemidefinite(M.FromRows([1, i], [-i, 1])));          // rank 1, complex
        Assert.True(ExactPositivity.IsPositiveSemidefinite(M.Projector(1, i, 0, -1)));             // rank 1 in dim 4
        Assert.True(ExactPositivity.IsPositiveSemidefinite(M.Zero(3, 3)));
        Assert.False(ExactPositivity.IsPositiveSemidefinite(-M.Projector(0, 0, 1)));
    }

    [Fact]
    public void NonHermitianInputIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ExactPositivity.Check(M.FromRows([1, 2], [3, 4])));
        Assert.Contains("Hermitian", e.Message);
        Assert.Throws<ArgumentException>(() => ExactPositivity.Check(M.FromRows([1, 2, 3])));
        Assert.Throws<ArgumentException>(() => ExactPositivity.Check(M.Diagonal(ComplexRational.I)));
    }
}
