using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// Deterministic edge cases of BigComplex (precision of mixed operands, exact operands, division, modulus, argument on
/// the axes and in each quadrant, exponential, formatting) and argument validation of the HighPrecision conversions.
/// </summary>
public class BigComplexEdgeCaseTests
{
    private static BigReal R(int n, int d, int digits) => BigReal.FromRational(new Rational(n, d), digits);

    private static void AssertClose(BigReal expected, BigReal actual, int digits)
    {
        var tol = BigReal.Parse($"1e-{digits - 1}", digits);
        var err = (actual - expected).Abs();
        Assert.True(err <= expected.Abs() * tol, $"expected {expected.ToString(digits)}, got {actual.ToString(digits)}");
    }

    [Fact]
    public void DigitsIsThatOfTheLessPrecisePartAndProductsUseTheSmallerPrecision()
    {
        var a = new BigComplex(R(1, 3, 30), R(2, 3, 50));
        Assert.Equal(30, a.Digits);
        Assert.Equal(30, new BigComplex(R(1, 3, 50), R(2, 3, 30)).Digits);
        var b = new BigComplex(R(1, 7, 50), R(3, 7, 50));
        var p = new BigComplex(R(1, 3, 30), R(2, 3, 30)) * b;
        Assert.Equal(30, p.Re.Digits);
        Assert.Equal(30, p.Im.Digits);
        // (1/3 + 2i/3)(1/7 + 3i/7) = (1 - 6)/21 + i (3 + 2)/21, each part correctly rounded from the exact operands.
        var exactA = new Rational(1, 3); var exactB = new Rational(1, 7);
        Assert.Equal(BigReal.FromRational(R(1, 3, 30).ToRational() * R(1, 7, 50).ToRational() - R(2, 3, 30).ToRational() * R(3, 7, 50).ToRational(), 30), p.Re);
        Assert.True(exactA != exactB);
    }

    [Fact]
    public void RealTimesComplexScalesBothParts()
    {
        var z = new BigComplex(3, -5);
        var s = (BigReal)2 * z;
        Assert.Equal(new BigComplex(6, -10), s);
        var t = R(1, 3, 20) * new BigComplex(3, 6);
        AssertClose(BigReal.One, t.Re, 20);
        AssertClose((BigReal)2, t.Im, 20);
    }

    [Fact]
    public void DivisionHandlesRealAndComplexDivisorsAndZero()
    {
        var z = new BigComplex(6, 4) / 2;
        Assert.Equal(new BigComplex(3, 2), z);
        Assert.Equal(Precision.DefaultDigits, z.Digits);
        // Exact operands: (1 + 0i) / (1 + i) = (1 - i)/2, evaluated at the default precision.
        var w = BigComplex.One / new BigComplex(1, 1);
        Assert.Equal(new BigComplex(BigReal.One.ScaleByPowerOfTwo(-1), -BigReal.One.ScaleByPowerOfTwo(-1)), w);
        Assert.Equal(Precision.DefaultDigits, w.Digits);
        // (3 + 4i) / (1 + 2i) = (11 - 2i)/5 at 20 digits.
        var q = new BigComplex(R(3, 1, 20), R(4, 1, 20)) / new BigComplex(R(1, 1, 20), R(2, 1, 20));
        Assert.Equal(BigReal.FromRational(new Rational(11, 5), 20), q.Re);
        Assert.Equal(BigReal.FromRational(new Rational(-2, 5), 20), q.Im);
        Assert.Equal(20, q.Digits);
        var ex = Assert.Throws<DivideByZeroException>(() => BigComplex.One / BigComplex.Zero);
        Assert.Contains("zero", ex.Message);
    }

    [Fact]
    public void NormSquaredKeepsPrecision()
    {
        var z = new BigComplex(R(1, 3, 20), R(1, 3, 20));
        Assert.Equal(20, z.NormSquared.Digits);
        Assert.True(new BigComplex(3, 4).NormSquared.IsExact);
        Assert.Equal((BigReal)25, new BigComplex(3, 4).NormSquared);
    }

    [Fact]
    public void AbsOfExactLowAndOrdinaryPrecisionValues()
    {
        var exact = new BigComplex(3, 4).Abs();
        Assert.Equal((BigReal)5, exact);
        Assert.Equal(Precision.DefaultDigits, exact.Digits);
        var one = new BigComplex(BigReal.FromInteger(3, 1), BigReal.FromInteger(4, 1)).Abs();
        Assert.Equal((BigReal)5, one);
        Assert.Equal(1, one.Digits);
        var z = new BigComplex(R(1, 1, 30), R(1, 1, 30)).Abs();
        Assert.Equal(30, z.Digits);
        Assert.Equal(((BigReal)2).Sqrt().WithDigits(30), z);
        Assert.Equal((BigReal)3, new BigComplex(0, -3).Abs());
        Assert.Equal((BigReal)3, new BigComplex(-3, 0).Abs());
        // Large and small exponents: |2^600 (3 + 4i)| = 5 2^600.
        var big = new BigComplex(BigReal.FromInteger(3, 30).ScaleByPowerOfTwo(600), BigReal.FromInteger(4, 30).ScaleByPowerOfTwo(600));
        Assert.Equal(BigReal.FromInteger(5, 30).ScaleByPowerOfTwo(600), big.Abs());
    }

    [Fact]
    public void ArgOnTheAxesAndInEachQuadrant()
    {
        const int d = 30;
        var pi = BigReal.Pi(d);
        Assert.True(new BigComplex(R(1, 1, d), R(0, 1, d)).Arg().IsZero);
        AssertClose(pi, new BigComplex(R(-1, 1, d), BigReal.Zero).Arg(), d);
        AssertClose(pi.ScaleByPowerOfTwo(-1), new BigComplex(BigReal.Zero, R(2, 1, d)).Arg(), d);
        AssertClose(-pi.ScaleByPowerOfTwo(-1), new BigComplex(BigReal.Zero, R(-2, 1, d)).Arg(), d);
        AssertClose(pi.ScaleByPowerOfTwo(-2), new BigComplex(R(1, 1, d), R(1, 1, d)).Arg(), d);
        AssertClose(pi * 3 / 4, new BigComplex(R(-1, 1, d), R(1, 1, d)).Arg(), d);
        AssertClose(-pi * 3 / 4, new BigComplex(R(-1, 1, d), R(-1, 1, d)).Arg(), d);
        AssertClose(-pi.ScaleByPowerOfTwo(-2), new BigComplex(R(1, 1, d), R(-1, 1, d)).Arg(), d);
    }

    [Fact]
    public void ExpAndPolarFormKeepPrecisionAndKnownValues()
    {
        const int d = 30;
        var pi = BigReal.Pi(d);
        var e = new BigComplex(R(0, 1, d), pi).Exp();   // e^{i pi} = -1
        AssertClose(-BigReal.One, e.Re, d);
        Assert.True(e.Im.Abs() < BigReal.Parse("1e-28", d));
        Assert.Equal(d, e.Digits);
        var real = new BigComplex(R(1, 1, d), BigReal.Zero).Exp();
        AssertClose(BigReal.E(d), real.Re, d);
        Assert.True(real.Im.IsZero);
        Assert.Equal(d, real.Re.Digits);
        var exact = new BigComplex(0, 1).Exp();        // cos 1 + i sin 1 at the default precision
        Assert.Equal(Precision.DefaultDigits, exact.Digits);
        AssertClose(((BigReal)1).Cos(), exact.Re, 50);
        AssertClose(((BigReal)1).Sin(), exact.Im, 50);
        var polar = BigComplex.FromPolar(R(2, 1, d), pi.ScaleByPowerOfTwo(-1));  // 2i
        Assert.True(polar.Re.Abs() < BigReal.Parse("1e-28", d));
        AssertClose((BigReal)2, polar.Im, d);
    }

    [Fact]
    public void EqualityAndFormatting()
    {
        Assert.True(new BigComplex(1, 2) != new BigComplex(1, 3));
        Assert.True(new BigComplex(1, 2) != new BigComplex(2, 2));
        Assert.False(new BigComplex(1, 2) != new BigComplex(1, 2));
        Assert.False(new BigComplex(1, 2).Equals(new BigComplex(1, 3)));
        Assert.Equal("3e+0", new BigComplex(3, 0).ToString());
        Assert.Equal("(1e+0, -2.5e+0)", new BigComplex(1, BigReal.FromRational(new Rational(-5, 2), 2).WithDigits(int.MaxValue)).ToString());
        Assert.Equal("(1.0e+0, 2.0e+0)", new BigComplex(R(1, 1, 2), R(2, 1, 2)).ToString());
        Assert.Equal("3.00e+0", new BigComplex(3, 0).ToString(3));
        Assert.Equal("(1.00e+0, -2.00e+0)", new BigComplex(1, -2).ToString(3));
    }

    [Fact]
    public void HighPrecisionValidatesArguments()
    {
        Assert.Equal("m", Assert.Throws<ArgumentNullException>(() => HighPrecision.ToBig((Complex[,])null!, 10)).ParamName);
        Assert.Equal("m", Assert.Throws<ArgumentNullException>(() => HighPrecision.ToDouble(null!)).ParamName);
        Assert.Equal("m", Assert.Throws<ArgumentNullException>(() => HighPrecision.MaxAbs(null!)).ParamName);
        Assert.Equal("m", Assert.Throws<ArgumentNullException>(() => HighPrecision.Frobenius(null!)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecision.ToBig(new Complex[,] { { double.NaN } }, 0)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => HighPrecision.ToBig(Matrix<ComplexRational>.Identity(1), 0)).ParamName);
    }

    [Fact]
    public void FrobeniusNormPrecision()
    {
        var exact = Matrix<BigComplex>.FromRows(new[] { new BigComplex(3, 0), new BigComplex(0, 4) });
        var n = HighPrecision.Frobenius(exact);
        Assert.Equal((BigReal)5, n);
        Assert.Equal(Precision.DefaultDigits, n.Digits);
        var m = Matrix<BigComplex>.FromRows(new[] { new BigComplex(R(3, 1, 40), BigReal.Zero), new BigComplex(BigReal.Zero, R(4, 1, 20)) });
        var f = HighPrecision.Frobenius(m);
        Assert.Equal((BigReal)5, f);
        Assert.Equal(20, f.Digits);
        var d = HighPrecision.ToDouble(m);
        Assert.Equal(new Complex(0, 4), d[0, 1]);
        Assert.Equal((BigReal)4, HighPrecision.MaxAbs(m));
    }
}
