using System.Numerics;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using QTherm.Tests.Property.Generators;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>Eq. 12's generator: trace preserving, block form invariant, completely positive semigroup.</summary>
public class GeneratorTests
{
    [Fact]
    public void GeneratorIsTracePreservingAndKeepsTheBlockFormInvariant() => PropertyConfig.Check(Prop.ForAll(
        SpintronicGenerators.Parameters.ToArbitrary(), p =>
        {
            var l = MasterEquation.Generator(p);
            var traceFunctional = M.Identity(8).VecColumns().Transpose();
            Assert.True((traceFunctional * l).AsSpan().ToArray().All(z => z.IsZero));
            Assert.True(BlockSubspace.DecouplesFromComplement(l));
            var rho = BlockSubspace.Embed(Enumerable.Range(0, 12).Select(k => new ComplexRational(k + 1, k % 3)).ToArray());
            Assert.True(BlockSubspace.HasBlockForm(MasterEquation.RightHandSide(p, rho)));
        }), maxTest: 25);

    [Fact]
    public void SemigroupIsCompletelyPositiveAndBlockPropagatorMatchesTheFullOne()
    {
        // Small parameters so that the 64x64 exponential stays cheap; both readings of the bosonic rates.
        var p = new SpintronicParameters(-1, 2, new Rational(1, 2), 1, 3, new ComplexRational(1, new Rational(1, 2)),
            new Rational(1, 2), new Rational(1, 4), new Rational(1, 3), new Rational(1, 5), new Rational(1, 7), new Rational(1, 3));
        var tau = new Rational(3, 4);
        const int digits = 20;
        var full = ThermalisingStroke.FullPropagator(p, tau, digits);
        var block = ThermalisingStroke.Of(p, tau, digits).Block;
        var restricted = BlockSubspace.Restrict(full);
        for (int a = 0; a < 12; a++)
            for (int b = 0; b < 12; b++)
                Assert.True((restricted[a, b] - block[a, b]).Abs().ToDouble() < 1e-17, $"entry ({a},{b})");
        // Choi matrix of e^(L tau): C[(i,k),(j,l)] = <k| Phi(|i><j|) |l>; its eigenvalues must be >= 0.
        var d = HighPrecision.ToDouble(full);
        var choi = MathNet.Numerics.LinearAlgebra.Matrix<Complex>.Build.Dense(64, 64, (r, c) =>
        {
            var (i, k) = (r / 8, r % 8);
            var (j, l) = (c / 8, c % 8);
            return d[l * 8 + k, j * 8 + i];
        });
        var eigen = choi.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian).EigenValues;
        Assert.True(eigen.Min(z => z.Real) > -1e-12, $"min Choi eigenvalue {eigen.Min(z => z.Real)}");
        // Trace of the Choi matrix is d = 8 for a trace-preserving map.
        Assert.Equal(8.0, eigen.Sum(z => z.Real), 10);
        // The cycle superoperator equals measurement o propagator.
        var cycle = new EngineCycle(ThermalisingStroke.Of(p, tau, digits)).BlockSuperoperator();
        var composed = HighPrecision.ToBig(MeasurementChannel.Superoperator(), digits) * full;
        var inBlock = Enumerable.Range(0, 12).Select(BlockSubspace.VecIndex).ToHashSet();
        for (int a = 0; a < 64; a++)
            foreach (int b in inBlock)
                Assert.True((cycle[a, b] - composed[a, b]).Abs().ToDouble() < 1e-17, $"cycle map entry ({a},{b})");
    }
}
