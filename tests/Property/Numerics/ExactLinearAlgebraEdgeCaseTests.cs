using QTherm.Reference.Numerics;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Exact solve, null space, rank, determinant and inverse on singular, rectangular and complex inputs.</summary>
public class ExactLinearAlgebraEdgeCaseTests
{
    private static ComplexRational Q(int p, int q) => new(new Rational(p, q));
    private static ComplexRational Z(Rational re, Rational im) => new(re, im);

    private static void AssertEqual(M expected, M actual)
    {
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.Cols, actual.Cols);
        for (int i = 0; i < expected.Rows; i++)
            for (int j = 0; j < expected.Cols; j++)
                Assert.True(expected[i, j] == actual[i, j], $"entry ({i}, {j}): expected {expected[i, j]}, got {actual[i, j]}");
    }

    [Fact]
    public void NullArgumentsAreRejectedByName()
    {
        var a = M.Identity(2);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => ExactLinearAlgebra.Solve(null!, a)).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => ExactLinearAlgebra.Solve(a, null!)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => ExactLinearAlgebra.NullSpace(null!)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => ExactLinearAlgebra.Rank(null!)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => ExactLinearAlgebra.Determinant(null!)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => ExactLinearAlgebra.Inverse(null!)).ParamName);
    }

    [Fact]
    public void NonSquareDeterminantAndInverseAreRejectedWithTheShape()
    {
        var a = M.FromRows([1, 2, 3], [4, 5, 6]);
        var det = Assert.Throws<ArgumentException>(() => ExactLinearAlgebra.Determinant(a));
        Assert.Equal("a", det.ParamName);
        Assert.Contains("2x3", det.Message);
        var inv = Assert.Throws<ArgumentException>(() => ExactLinearAlgebra.Inverse(a));
        Assert.Equal("a", inv.ParamName);
        Assert.Contains("2x3", inv.Message);
        Assert.Contains("inverse", inv.Message);
    }

    [Fact]
    public void SingularSystemsNameTheRankAndNullSpaceDimension()
    {
        // Rank 1 in a 3x3 matrix: null space of dimension 2; b = A (1,1,1) is consistent but not unique.
        var a = M.FromRows([1, 2, 3], [2, 4, 6], [-1, -2, -3]);
        var b = a * M.Column(1, 1, 1);
        var e = Assert.Throws<InvalidOperationException>(() => ExactLinearAlgebra.Solve(a, b));
        Assert.Contains("rank 1", e.Message);
        Assert.Contains("null space has dimension 2", e.Message);
        var inv = Assert.Throws<InvalidOperationException>(() => ExactLinearAlgebra.Inverse(a));
        Assert.Contains("rank 1", inv.Message);
        Assert.Contains("3x3", inv.Message);
        Assert.Equal(ComplexRational.Zero, ExactLinearAlgebra.Determinant(a));
    }

    [Fact]
    public void NullSpaceOfARankDeficientRectangularMatrixIsTheReducedEchelonBasis()
    {
        // Column 0 is a pivot column whose row has zeros in the free columns 1 and 3.
        var a = M.FromRows([2, 0, 0, 0], [0, 0, 1, Z(0, 1)], [4, 0, 2, Z(0, 2)]);
        var basis = ExactLinearAlgebra.NullSpace(a);
        Assert.Equal(2, basis.Count);
        Assert.Equal(2, ExactLinearAlgebra.Rank(a));
        AssertEqual(M.Column(0, 1, 0, 0), basis[0]);
        AssertEqual(M.Column(0, 0, Z(0, -1), 1), basis[1]);
        foreach (var v in basis) AssertEqual(M.Create(3, 1, (_, _) => ComplexRational.Zero), a * v);
    }

    [Fact]
    public void RowsWithCoprimeDenominatorsInRealAndImaginaryPartsSolveExactly()
    {
        // Entries such as 1/2 + i/3 and 1/5 need the lcm 30 of all denominators in the row.
        var a = M.FromRows(
            [Z(new Rational(1, 2), new Rational(1, 3)), Q(1, 5), Q(2, 7)],
            [Q(1, 3), Z(new Rational(3, 4), new Rational(-1, 5)), Q(1, 11)],
            [Q(5, 6), Q(1, 9), Z(Rational.Zero, new Rational(7, 13))]);
        var x = M.Column(Q(1, 2), Z(new Rational(2, 3), Rational.One), Q(-3, 4));
        var b = a * x;
        AssertEqual(x, ExactLinearAlgebra.Solve(a, b));
        AssertEqual(M.Identity(3), a * ExactLinearAlgebra.Inverse(a));
        Assert.Equal(3, ExactLinearAlgebra.Rank(a));
        Assert.Empty(ExactLinearAlgebra.NullSpace(a));
    }

    [Fact]
    public void DeterminantSignFollowsTheRowPermutation()
    {
        // A 3-cycle (even) and a transposition (odd) of the rows of diag(2, 3, 5).
        var cycle = M.FromRows([0, 3, 0], [0, 0, 5], [2, 0, 0]);
        Assert.Equal(new ComplexRational(30), ExactLinearAlgebra.Determinant(cycle));
        var swap = M.FromRows([0, 3, 0], [2, 0, 0], [0, 0, 5]);
        Assert.Equal(new ComplexRational(-30), ExactLinearAlgebra.Determinant(swap));
    }
}
