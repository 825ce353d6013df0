using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>The exact PSD test at its boundaries: singular PSD, a tiny negative eigenvalue, zero pivots; witness and reason.</summary>
public class ExactPositivityBoundaryTests
{
    private static void AssertColumn(M actual, params ComplexRational[] expected)
    {
        Assert.Equal(expected.Length, actual.Rows);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(expected[i] == actual[i, 0], $"witness entry {i}: expected {expected[i]}, got {actual[i, 0]}");
    }

    [Fact]
    public void RejectsNullAndNonSquareInputByName()
    {
        Assert.Equal("h", Assert.Throws<ArgumentNullException>(() => ExactPositivity.Check(null!)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => ExactPositivity.Check(M.FromRows([1, 0, 0], [0, 1, 0])));
        Assert.Equal("h", e.ParamName);
        Assert.Contains("square", e.Message);
        Assert.Contains("2x3", e.Message);
    }

    [Fact]
    public void SingularPsdMatrixIsAcceptedAndTheReasonCountsThePivots()
    {
        // diag(1, 0, 2) plus a rank-one coupling: pivots 1, 0 (with zero row), 2.
        var h = M.FromRows([1, 0, 1], [0, 0, 0], [1, 0, 3]);
        var check = ExactPositivity.Check(h);
        Assert.True(check.IsPsd);
        Assert.Null(check.Witness);
        Assert.Contains("all 3 pivots", check.Reason);
        Assert.Contains("(2 positive, 1 zero with zero rows)", check.Reason);
    }

    [Fact]
    public void TinyNegativeEigenvalueIsRejectedWithAnExactWitness()
    {
        // [[1, 1], [1, 1 - 10^-40]] has determinant -10^-40 < 0.
        var eps = new Rational(BigInteger.One, BigInteger.Pow(10, 40));
        var h = M.FromRows([1, 1], [1, Rational.One - eps]);
        var check = ExactPositivity.Check(h);
        Assert.False(check.IsPsd);
        AssertColumn(check.Witness!, -1, 1);
        Assert.Equal(-eps, check.WitnessValue);
        Assert.Contains("pivot 1", check.Reason);
        Assert.Contains("< 0", check.Reason);
        Assert.False(ExactPositivity.IsPositiveSemidefinite(h));
        Assert.True(ExactPositivity.IsPositiveSemidefinite(M.FromRows([1, 1], [1, 1])));
    }

    [Fact]
    public void NegativePivotWitnessIsZeroOnLaterCoordinates()
    {
        var check = ExactPositivity.Check(M.Diagonal(1, -1, 1));
        Assert.False(check.IsPsd);
        AssertColumn(check.Witness!, 0, 1, 0);
        Assert.Equal(new Rational(-1), check.WitnessValue);
    }

    [Fact]
    public void ZeroPivotWithNonZeroRowGivesMinusOne()
    {
        // [[0, 1, 0], [1, 0, 0], [0, 0, 1]]: pivot 0 is 0 but entry (0, 1) is 1; w = (-1/2, 1, 0).
        var check = ExactPositivity.Check(M.FromRows([0, 1, 0], [1, 0, 0], [0, 0, 1]));
        Assert.False(check.IsPsd);
        AssertColumn(check.Witness!, new Rational(-1, 2), 1, 0);
        Assert.Equal(new Rational(-1), check.WitnessValue);
        Assert.Contains("pivot 0", check.Reason);
        Assert.Contains("is 0 while entry (0, 1)", check.Reason);
    }
}
