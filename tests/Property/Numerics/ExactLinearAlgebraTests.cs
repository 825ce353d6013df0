using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using Gen = FsCheck.Fluent.Gen;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Exact solve, null space, rank, determinant and inverse, checked against their defining equations.</summary>
public class ExactLinearAlgebraTests
{
    private static bool IsZero(M m) => m.AsSpan().ToArray().All(z => z.IsZero);

    /// <summary>A rows x cols matrix of rank at most r: B C with B rows x r and C r x cols.</summary>
    private static FsCheck.Gen<M> LowRank(int maxDim) =>
        Gen.ArrayOf(Gen.Choose(1, maxDim), 3).SelectMany(d =>
            Gen.Zip(ExactGenerators.Matrix(d[0], d[1]), ExactGenerators.Matrix(d[1], d[2])).Select(t => t.Item1 * t.Item2));

    /// <summary>Matrices of any rank: plain random ones (often full rank) and low-rank products.</summary>
    private static FsCheck.Gen<M> AnyMatrix(int maxDim) => Gen.OneOf(
    [
        Gen.ArrayOf(Gen.Choose(1, maxDim), 2).SelectMany(d => ExactGenerators.Matrix(d[0], d[1])),
        LowRank(maxDim),
    ]);

    /// <summary>Determinant by Laplace expansion along the first row: an independent method for small n.</summary>
    private static ComplexRational Laplace(M a)
    {
        int n = a.Rows;
        if (n == 1) return a[0, 0];
        var det = ComplexRational.Zero;
        for (int j = 0; j < n; j++)
        {
            if (a[0, j].IsZero) continue;
            var minor = M.Create(n - 1, n - 1, (r, c) => a[r + 1, c < j ? c : c + 1]);
            var term = a[0, j] * Laplace(minor);
            det = j % 2 == 0 ? det + term : det - term;
        }
        return det;
    }

    [Fact]
    public void SolveSatisfiesTheSystemOrReportsSingularity() => PropertyConfig.Check(Prop.ForAll(
        Gen.Choose(1, 5).SelectMany(n => Gen.Zip(ExactGenerators.Matrix(n, n), Gen.Choose(1, 2).SelectMany(k => ExactGenerators.Matrix(n, k)))).ToArbitrary(),
        t =>
        {
            var (a, b) = t;
            if (ExactLinearAlgebra.Rank(a) == a.Cols)
            {
                var x = ExactLinearAlgebra.Solve(a, b);
                Assert.Equal(b, a * x);
                Assert.Equal(ExactLinearAlgebra.Inverse(a) * b, x);
            }
            else
            {
                Assert.Throws<InvalidOperationException>(() => ExactLinearAlgebra.Solve(a, b));
            }
        }), maxTest: 150);

    [Fact]
    public void SolveRecoversAKnownSolutionOfAnOverdeterminedConsistentSystem() => PropertyConfig.Check(Prop.ForAll(
        Gen.Choose(1, 4).SelectMany(m => Gen.Zip(ExactGenerators.Matrix(m + 2, m), ExactGenerators.Matrix(m, 1))).ToArbitrary(),
        t =>
        {
            var (a, x) = t;
            var b = a * x;
            if (ExactLinearAlgebra.Rank(a) == a.Cols) Assert.Equal(x, ExactLinearAlgebra.Solve(a, b));
            else Assert.Contains("singular", Assert.Throws<InvalidOperationException>(() => ExactLinearAlgebra.Solve(a, b)).Message);
        }), maxTest: 100);

    [Fact]
    public void NullSpaceVectorsAreAnnihilatedIndependentAndCountNMinusRank() => PropertyConfig.Check(Prop.ForAll(
        AnyMatrix(6).ToArbitrary(),
        a =>
        {
            var basis = ExactLinearAlgebra.NullSpace(a);
            int rank = ExactLinearAlgebra.Rank(a);
            Assert.Equal(a.Cols - rank, basis.Count);
            foreach (var v in basis)
            {
                Assert.Equal(a.Cols, v.Rows);
                Assert.True(IsZero(a * v), $"A v != 0 for v = {v}");
            }
            if (basis.Count > 0)
            {
                var stacked = M.Create(a.Cols, basis.Count, (i, k) => basis[k][i, 0]);
                Assert.Equal(basis.Count, ExactLinearAlgebra.Rank(stacked));
            }
            // Rank is invariant under transposition and conjugation, and bounded by the shape.
            Assert.Equal(rank, ExactLinearAlgebra.Rank(a.Adjoint()));
            Assert.True(rank <= Math.Min(a.Rows, a.Cols));
        }), maxTest: 150);

    [Fact]
    public void RankOfAProductThroughRIsAtMostR() => PropertyConfig.Check(Prop.ForAll(
        Gen.ArrayOf(Gen.Choose(1, 5), 3).SelectMany(d => Gen.Zip(ExactGenerators.Matrix(d[0], d[1]), ExactGenerators.Matrix(d[1], d[2]))).ToArbitrary(),
        t =>
        {
            var (b, c) = t;
            int rank = ExactLinearAlgebra.Rank(b * c);
            Assert.True(rank <= Math.Min(ExactLinearAlgebra.Rank(b), ExactLinearAlgebra.Rank(c)));
        }), maxTest: 100);

    [Fact]
    public void DeterminantAgreesWithLaplaceExpansionAndIsMultiplicative() => PropertyConfig.Check(Prop.ForAll(
        Gen.Choose(1, 4).SelectMany(n => Gen.Zip(ExactGenerators.Matrix(n, n), ExactGenerators.Matrix(n, n))).ToArbitrary(),
        t =>
        {
            var (a, b) = t;
            var det = ExactLinearAlgebra.Determinant(a);
            Assert.Equal(Laplace(a), det);
            Assert.Equal(det * ExactLinearAlgebra.Determinant(b), ExactLinearAlgebra.Determinant(a * b));
            Assert.Equal(det.Conjugate(), ExactLinearAlgebra.Determinant(a.Adjoint()));
            Assert.Equal(det.IsZero, ExactLinearAlgebra.Rank(a) < a.Rows);
        }), maxTest: 150);

    [Fact]
    public void InverseIsATwoSidedInverse() => PropertyConfig.Check(Prop.ForAll(
        ExactGenerators.SquareMatrix(1, 5).ToArbitrary(),
        a =>
        {
            if (ExactLinearAlgebra.Rank(a) < a.Rows)
            {
                Assert.Throws<InvalidOperationException>(() => ExactLinearAlgebra.Inverse(a));
                return;
            }
            var inverse = ExactLinearAlgebra.Inverse(a);
            Assert.Equal(M.Identity(a.Rows), a * inverse);
            Assert.Equal(M.Identity(a.Rows), inverse * a);
            Assert.Equal(ComplexRational.One, ExactLinearAlgebra.Determinant(a) * ExactLinearAlgebra.Determinant(inverse));
        }), maxTest: 100);

    [Fact]
    public void ErrorsNameTheShapes()
    {
        var singular = M.FromRows([1, 2], [2, 4]);
        var inconsistent = Assert.Throws<InvalidOperationException>(() => ExactLinearAlgebra.Solve(singular, M.Column(1, 0)));
        Assert.Contains("2x2", inconsistent.Message);
        Assert.Contains("2x1", inconsistent.Message);
        Assert.Contains("rank 1", inconsistent.Message);
        Assert.Contains("no solution", inconsistent.Message);
        var notUnique = Assert.Throws<InvalidOperationException>(() => ExactLinearAlgebra.Solve(singular, M.Column(1, 2)));
        Assert.Contains("singular", notUnique.Message);
        Assert.Contains("rank 1", notUnique.Message);
        var shape = Assert.Throws<ArgumentException>(() => ExactLinearAlgebra.Solve(singular, M.Column(1, 2, 3)));
        Assert.Contains("3x1", shape.Message);
        Assert.Throws<ArgumentException>(() => ExactLinearAlgebra.Determinant(M.Zero(2, 3)));
        Assert.Throws<InvalidOperationException>(() => ExactLinearAlgebra.Inverse(singular));
    }

    [Fact]
    public void KnownSmallCases()
    {
        var i = ComplexRational.I;
        var a = M.FromRows([2, i], [-i, 3]);
        Assert.Equal(new ComplexRational(5), ExactLinearAlgebra.Determinant(a));
        Assert.Equal(M.FromRows([new Rational(3, 5), -i / 5], [i / 5, new Rational(2, 5)]), ExactLinearAlgebra.Inverse(a));
        var ns = ExactLinearAlgebra.NullSpace(M.FromRows([1, 1, 1]));
        Assert.Equal(2, ns.Count);
        Assert.Equal(M.Column(-1, 1, 0), ns[0]);
        Assert.Equal(M.Column(-1, 0, 1), ns[1]);
        Assert.Equal(0, ExactLinearAlgebra.Rank(M.Zero(3, 2)));
        Assert.Equal(2, ExactLinearAlgebra.NullSpace(M.Zero(3, 2)).Count);
        Assert.Equal(-1, ExactLinearAlgebra.Determinant(M.FromRows([0, 1], [1, 0])).Re.Sign);
    }
}
