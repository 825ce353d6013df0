using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The density-matrix check on hand-made matrices: each failed property is reported on its own, the most negative
/// principal minor is the true one (not the determinant, not a diagonal entry), the determinant's Laplace expansion
/// on a known 3x3, and the size limit n &lt;= 8.
/// </summary>
public sealed class DensityMatrixValidityTests
{
    private static readonly ExactScalars Exact = new();

    private static Matrix<ComplexRational> Diag(params string[] d) =>
        Matrix<ComplexRational>.Diagonal(d.Select(x => (ComplexRational)Rational.Parse(x)).ToArray());

    [Fact]
    public void ValidOnlyWhenAllThreePropertiesHold()
    {
        Assert.True(new DensityMatrixValidity(true, true, true, BigReal.Zero, BigReal.Zero).IsValid);
        Assert.False(new DensityMatrixValidity(true, false, false, BigReal.Zero, BigReal.Zero).IsValid);
        Assert.False(new DensityMatrixValidity(false, true, true, BigReal.Zero, BigReal.Zero).IsValid);
        Assert.False(new DensityMatrixValidity(true, true, false, BigReal.Zero, BigReal.Zero).IsValid);
    }

    [Fact]
    public void NonHermitianMatrixIsFlagged()
    {
        var rho = Matrix<ComplexRational>.FromRows([Rational.Half, 0], [new Rational(1, 4), Rational.Half]);
        var v = DensityMatrixValidity.Of(rho, Exact);
        Assert.False(v.IsHermitian);
        Assert.True(v.HasUnitTrace);
        Assert.True(DensityMatrixValidity.Of(Diag("1/4", "3/4"), Exact).IsHermitian);
    }

    [Fact]
    public void TraceDeviationIsTraceMinusOne()
    {
        var v = DensityMatrixValidity.Of(Diag("1", "1/2"), Exact);
        Assert.False(v.HasUnitTrace);
        Assert.Equal(BigReal.FromRational(Rational.Half, Exact.Digits), v.TraceDeviation);
        Assert.True(DensityMatrixValidity.Of(Diag("1/3", "2/3"), Exact).TraceDeviation.IsZero);
    }

    [Fact]
    public void MostNegativeMinorIsFoundAmongAllPrincipalMinors()
    {
        // Minors of diag(2, -1/2, -1/2): 2, -1/2, -1/2, -1, -1, 1/4, 1/2 (the determinant); the most negative is -1.
        var v = DensityMatrixValidity.Of(Diag("2", "-1/2", "-1/2"), Exact);
        Assert.Equal(BigReal.FromInteger(-1, Exact.Digits), v.MostNegativeMinor);
        Assert.False(v.IsPositiveSemidefinite);
        var psd = DensityMatrixValidity.Of(Diag("1/2", "1/2", "0"), Exact);
        Assert.True(psd.IsPositiveSemidefinite);
        Assert.True(psd.MostNegativeMinor.IsZero);
    }

    [Fact]
    public void NegativeMinorBelowTheWorkingPrecisionCountsAsPositive()
    {
        var scalars = new HighPrecisionScalars(40);
        var rho = Matrix<BigComplex>.Diagonal(BigComplex.One, BigComplex.FromReal(BigReal.Parse("-1e-45", 40)));
        var v = DensityMatrixValidity.Of(rho, scalars);
        Assert.True(v.IsPositiveSemidefinite);
        Assert.True(v.MostNegativeMinor.Sign < 0);
        var clearlyNegative = Matrix<BigComplex>.Diagonal(BigComplex.One, BigComplex.FromReal(BigReal.Parse("-1e-20", 40)));
        Assert.False(DensityMatrixValidity.Of(clearlyNegative, scalars).IsPositiveSemidefinite);
    }

    [Fact]
    public void DeterminantOfAKnownThreeByThree()
    {
        var m = Matrix<ComplexRational>.FromRows([1, 2, 3], [4, 5, 6], [7, 8, 10]);
        Assert.Equal(new ComplexRational(-3), DensityMatrixValidity.Determinant(m));
        var firstZero = Matrix<ComplexRational>.FromRows([0, 2, 3], [4, 5, 6], [7, 8, 10]);
        Assert.Equal(new ComplexRational(-5), DensityMatrixValidity.Determinant(firstZero));
    }

    [Fact]
    public void OnlySquareMatricesUpToEightByEight()
    {
        var eight = Diag("1/8", "1/8", "1/8", "1/8", "1/8", "1/8", "1/8", "1/8");
        Assert.True(DensityMatrixValidity.Of(eight, Exact).IsValid);
        var nine = Diag("1/9", "1/9", "1/9", "1/9", "1/9", "1/9", "1/9", "1/9", "1/9");
        var e = Assert.Throws<ArgumentException>(() => DensityMatrixValidity.Of(nine, Exact));
        Assert.Equal("rho", e.ParamName);
        Assert.Contains("n <= 8", e.Message);
        var rect = Matrix<ComplexRational>.Create(2, 3, (_, _) => ComplexRational.Zero);
        Assert.Throws<ArgumentException>(() => DensityMatrixValidity.Of(rect, Exact));
    }
}
