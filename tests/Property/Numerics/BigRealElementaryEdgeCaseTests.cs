using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// Elementary functions of BigReal at the edges of their argument reduction: digits from 1 to 60, arguments next to
/// 1, next to multiples of pi/2, beyond 2^w, exact zeros and ones, the domain and range errors, and an exact
/// rounding midpoint that only Ziv's test resolves.
/// </summary>
public class BigRealElementaryEdgeCaseTests
{
    private static readonly int[] DigitsSweep = [1, 7, 20, 50];

    // Correct rounding at d digits: f(x) must equal f evaluated at d + 40 digits on the same stored x, rounded to d
    // digits (they differ only if the wide value lies within 10^-(d+40) of a rounding midpoint). The digits label of
    // the result must be d.
    private static void AssertCorrectlyRounded(Func<BigReal, BigReal> f, BigReal x, int d)
    {
        var narrow = f(x.WithDigits(d));
        var wide = f(x.WithDigits(d + 40)).WithDigits(d);
        Assert.Equal(d, narrow.Digits);
        if (wide != narrow) Assert.Fail($"x = {x.ToString(d + 5)}, d = {d}: {narrow.ToString(d + 3)} vs {wide.ToString(d + 3)}");
    }

    private static BigReal Exact(string text) => BigReal.Parse(text, 60).WithDigits(int.MaxValue);

    [Fact]
    public void ConstantsRejectAnInvalidPrecisionNamingDigits()
    {
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.Pi(0)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.Ln2(-1)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.E(0)).ParamName);
        // digits = 1: 12 significant bits (Precision.BitsFor), pi = 3.1416015625 = 3217 / 2^10.
        Assert.Equal(new Rational(3217, 1024), BigReal.Pi(1).ToRational());
    }

    [Fact]
    public void ExactArgumentsGiveTheDefaultPrecisionAndInexactOnesKeepTheirs()
    {
        BigReal two = 2;
        Assert.Equal(Precision.DefaultDigits, two.Log().Digits);
        Assert.Equal(BigReal.Ln2(Precision.DefaultDigits), two.Log());
        Assert.Equal(BigReal.E(Precision.DefaultDigits), BigReal.One.Exp());
        Assert.Equal(BigReal.One.WithDigits(Precision.DefaultDigits), BigReal.Zero.Exp());
        Assert.Equal(Precision.DefaultDigits, BigReal.Zero.Exp().Digits);
        var one20 = BigReal.One.WithDigits(20);
        Assert.Equal(BigReal.E(20), one20.Exp());
        Assert.Equal(20, one20.Exp().Digits);
        Assert.True(one20.Log().IsZero);
        Assert.Equal(20, one20.Log().Digits);
        Assert.Equal(20, BigReal.Zero.WithDigits(20).Cos().Digits);
        // Atan2 and Pow of exact operands: the default precision; mixed: the smaller one.
        Assert.Equal(BigReal.Pi(Precision.DefaultDigits).ScaleByPowerOfTwo(-2), BigReal.Atan2(BigReal.One, BigReal.One));
        Assert.Equal(12, BigReal.Atan2(BigReal.One.WithDigits(30), BigReal.One.WithDigits(12)).Digits);
        Assert.Equal(BigReal.Pi(12).ScaleByPowerOfTwo(-2), BigReal.Atan2(BigReal.One.WithDigits(30), BigReal.One.WithDigits(12)));
        var half = BigReal.One.ScaleByPowerOfTwo(-1);
        Assert.Equal(BigReal.FromInteger(2, Precision.DefaultDigits).Sqrt(), ((BigReal)2).Pow(half));
        Assert.Equal(BigReal.FromInteger(2, 9).Sqrt(), BigReal.FromInteger(2, 9).Pow(half.WithDigits(40)));
        Assert.Equal(9, BigReal.FromInteger(2, 40).Pow(half.WithDigits(9)).Digits);
    }

    [Fact]
    public void LogAndExpRejectArgumentsOutsideTheirDomainNamingTheParameter()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.Zero.WithDigits(10).Log()).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromInteger(-3, 10).Log()).ParamName);
        var overflow = Assert.Throws<OverflowException>(() => BigReal.Parse("3e9", 10).Exp());
        Assert.Contains("value", overflow.Message);
        Assert.Contains("1e9", overflow.Message);
        Assert.Contains("value", Assert.Throws<OverflowException>(() => BigReal.Parse("-3e9", 10).Exp()).Message);
        // 2^29 <= 6e8 < 2^30: inside the range, e^(6e8) ~ 2^(8.66e8).
        var x = BigReal.Parse("6e8", 10);
        AssertCorrectlyRounded(v => v.Exp(), x, 10);
        AssertCorrectlyRounded(v => v.Exp(), -x, 10);
        Assert.Equal(BigReal.One.WithDigits(10), (x.Exp() * (-x).Exp()).WithDigits(8).WithDigits(10));
    }

    [Fact]
    public void ExpAndLogAreCorrectlyRoundedAcrossPrecisions()
    {
        string[] expArguments = ["1e-25", "0.3", "-0.5", "0.75", "10", "-37.25", "1000.5", "123456.789", "-700000.125"];
        string[] logArguments = ["0.7", "0.71", "1.4", "1.42", "3", "0.5", "1e-40", "1e300", "123456.789", "65537"];
        foreach (int d in DigitsSweep)
        {
            foreach (var s in expArguments) AssertCorrectlyRounded(v => v.Exp(), BigReal.Parse(s, d), d);
            foreach (var s in logArguments) AssertCorrectlyRounded(v => v.Log(), BigReal.Parse(s, d), d);
            // The two neighbours of 1: log(1 +- u) = +-u - u^2/2 +- ..., which must keep full relative precision.
            int p = Precision.BitsFor(d);
            var above = BigReal.One + BigReal.One.ScaleByPowerOfTwo(-(p - 1));
            var below = BigReal.One - BigReal.One.ScaleByPowerOfTwo(-p);
            AssertCorrectlyRounded(v => v.Log(), above, d);
            AssertCorrectlyRounded(v => v.Log(), below, d);
            Assert.Equal(-BigReal.One.ScaleByPowerOfTwo(-p).WithDigits(d), below.WithDigits(d).Log());
            // log 2^k = k ln 2 with no kernel term.
            Assert.Equal((-3 * BigReal.Ln2(d + 40)).WithDigits(d), BigReal.One.ScaleByPowerOfTwo(-3).WithDigits(d).Log());
        }
        // log(1 - h) = -(h + h^2/2 + h^3/3 + ...) for h = 1e-30 as stored.
        var oneMinus = BigReal.One - BigReal.Parse("1e-30", 50);
        var h = BigReal.One - oneMinus;
        var series = -(h + h * h / 2 + h * h * h / 3);
        Assert.True(Ulp.RelativeError(oneMinus.Log(), series) < Ulp.Tenth(48));
    }

    [Fact]
    public void SineAndCosineAreCorrectlyRoundedThroughEveryReductionBranch()
    {
        string[] arguments = ["1e-20", "0.5", "-0.999", "1.5", "-2.5", "3", "4.75", "-6.5", "100", "12345.678", "1e15"];
        foreach (int d in DigitsSweep)
        {
            foreach (var s in arguments)
            {
                AssertCorrectlyRounded(v => v.Sin(), BigReal.Parse(s, d), d);
                AssertCorrectlyRounded(v => v.Cos(), BigReal.Parse(s, d), d);
            }
            // Next to multiples of pi/2 the reduction cancels about p bits and must repeat with more bits of pi.
            var pi = BigReal.Pi(d);
            foreach (var x in new[] { pi, pi.ScaleByPowerOfTwo(-1), -pi, 3 * pi.ScaleByPowerOfTwo(-1), BigReal.Pi(d + 40).WithDigits(d) * 1000 })
            {
                AssertCorrectlyRounded(v => v.Sin(), x.WithDigits(d), d);
                AssertCorrectlyRounded(v => v.Cos(), x.WithDigits(d), d);
            }
        }
        // The quadrants: sin and cos of +-1 and +-1 + k pi/2 through sin(x + pi/2) = cos x etc. (independent reduction).
        var one = BigReal.One.WithDigits(30);
        Assert.Equal(one.Sin(), (-one).Sin() * -1);
        Assert.Equal(one.Cos(), (-one).Cos());
        var halfPi = BigReal.Pi(90).ScaleByPowerOfTwo(-1);
        Assert.True(Ulp.RelativeError((one.WithDigits(90) + halfPi).WithDigits(30).Sin(), one.Cos()) < Ulp.Tenth(28));
        Assert.True(Ulp.RelativeError((one.WithDigits(90) + 2 * halfPi).WithDigits(30).Sin(), -one.Sin()) < Ulp.Tenth(28));
        Assert.True(Ulp.RelativeError((one.WithDigits(90) + 3 * halfPi).WithDigits(30).Cos(), one.Sin()) < Ulp.Tenth(28));
    }

    [Fact]
    public void TanhIsCorrectlyRoundedAndSaturates()
    {
        string[] arguments = ["1e-25", "-0.001", "0.5", "1.5", "-3", "20", "-40.5"];
        foreach (int d in DigitsSweep)
        foreach (var s in arguments)
            AssertCorrectlyRounded(v => v.Tanh(), BigReal.Parse(s, d), d);
        // Past the saturation threshold (w + 6) ln2 / 2 the result is +-1 to every digit.
        Assert.Equal(BigReal.One.WithDigits(10), BigReal.FromInteger(60, 10).Tanh());
        Assert.Equal(-BigReal.One.WithDigits(10), BigReal.FromInteger(-60, 10).Tanh());
        // 1 - tanh 30 = 2 e^-60 / (1 + e^-60) ~ 1.75e-26: visible at 40 digits.
        var t = BigReal.FromInteger(30, 40).Tanh();
        var expected = 1 - 2 / (BigReal.FromInteger(60, 80).Exp() + 1);
        Assert.True(Ulp.RelativeError(t, expected.WithDigits(40)) < Ulp.Tenth(39));
        Assert.True(t < BigReal.One);
    }

    [Fact]
    public void AtanAndAtan2AreCorrectlyRoundedOnBothSidesOfOne()
    {
        string[] arguments = ["1e-30", "0.5", "-0.75", "1", "-1", "1.5", "2", "-3", "1e40"];
        foreach (int d in DigitsSweep)
        foreach (var s in arguments)
            AssertCorrectlyRounded(v => v.Atan(), BigReal.Parse(s, d), d);
        foreach (int d in DigitsSweep)
        {
            var pi = BigReal.Pi(d + 40);
            Assert.Equal(pi.ScaleByPowerOfTwo(-2).WithDigits(d), BigReal.One.WithDigits(d).Atan());
            Assert.Equal(-pi.ScaleByPowerOfTwo(-2).WithDigits(d), (-BigReal.One).WithDigits(d).Atan());
            // atan 2 = pi/2 - atan(1/2).
            Assert.Equal((pi.ScaleByPowerOfTwo(-1) - BigReal.Parse("0.5", d + 40).Atan()).WithDigits(d), BigReal.FromInteger(2, d).Atan());
        }
        // Beyond 2^(w+30) the reciprocal vanishes in fixed point and the result is pi/2 (digits 1: w = 36, 2^66).
        foreach (int k in new[] { 66, 67, 200 })
        {
            Assert.Equal(BigReal.Pi(1).ScaleByPowerOfTwo(-1), BigReal.One.ScaleByPowerOfTwo(k).WithDigits(1).Atan());
            Assert.Equal(-BigReal.Pi(1).ScaleByPowerOfTwo(-1), (-BigReal.One.ScaleByPowerOfTwo(k)).WithDigits(1).Atan());
        }
        // Atan2 in each quadrant against atan(y/x) +- pi with the quotient formed at 40 extra digits.
        foreach (int d in DigitsSweep)
        {
            var pi = BigReal.Pi(d + 40);
            foreach (var (ys, xs) in new[] { ("1", "3"), ("-2", "0.5"), ("1e-20", "-7"), ("-3", "-1e-3"), ("5", "-2"), ("-1e30", "3") })
            {
                var y = BigReal.Parse(ys, d);
                var x = BigReal.Parse(xs, d);
                var q = (y.WithDigits(d + 40) / x.WithDigits(d + 40)).Atan();
                var reference = x.Sign > 0 ? q : y.Sign >= 0 ? q + pi : q - pi;
                Assert.Equal(reference.WithDigits(d), BigReal.Atan2(y, x));
            }
            var unit = BigReal.One.WithDigits(d);
            var zero = BigReal.Zero.WithDigits(d);
            Assert.Equal(pi.WithDigits(d), BigReal.Atan2(zero, -unit));
            Assert.Equal(pi.ScaleByPowerOfTwo(-1).WithDigits(d), BigReal.Atan2(unit, zero));
            Assert.Equal(-pi.ScaleByPowerOfTwo(-1).WithDigits(d), BigReal.Atan2(-unit, zero));
        }
    }

    [Fact]
    public void IntegerPowersHandleZeroExactAndNegativeExponents()
    {
        Assert.True(BigReal.FromInteger(7, 20).Pow(0).IsExact == false);
        Assert.Equal(20, BigReal.FromInteger(7, 20).Pow(0).Digits);
        Assert.Equal(BigReal.One.WithDigits(20), BigReal.FromInteger(7, 20).Pow(0));
        Assert.True(((BigReal)7).Pow(0).IsExact);
        Assert.Equal(BigReal.One, ((BigReal)7).Pow(0));
        Assert.Equal(BigReal.One.WithDigits(20), BigReal.Zero.WithDigits(20).Pow(0));
        var zero = BigReal.Zero.WithDigits(20);
        Assert.True(zero.Pow(3).IsZero);
        Assert.Contains("-2", Assert.Throws<DivideByZeroException>(() => zero.Pow(-2)).Message);
        // Exact powers stay exact: (3/2)^40 = 3^40 / 2^40, and (1/2)^3 = 1/8.
        var threeHalves = ((BigReal)3).ScaleByPowerOfTwo(-1);
        var p = threeHalves.Pow(40);
        Assert.True(p.IsExact);
        Assert.Equal(new Rational(BigInteger.Pow(3, 40), BigInteger.Pow(2, 40)), p.ToRational());
        Assert.Equal(new Rational(1, 8), BigReal.One.ScaleByPowerOfTwo(-1).Pow(3).ToRational());
        Assert.Equal(new Rational(-27), ((BigReal)(-3)).Pow(3).ToRational());
        // Inexact powers: correctly rounded against the exact rational power.
        foreach (int d in DigitsSweep)
        foreach (var n in new[] { 1, 2, 3, 7, 100, 1000, -1, -2, -5, -999 })
        {
            var x = BigReal.Parse("1.0123456789012345678901234567890123456789012345678901234567", d);
            var exact = x.ToRational().Pow(n);
            Assert.Equal(BigReal.FromRational(exact, d), x.Pow(n));
        }
        // A billionth power: 1 + 2^-20 has an exact rational power far too large to form; compare with exp(n log x).
        var near1 = (BigReal.One + BigReal.One.ScaleByPowerOfTwo(-20)).WithDigits(15);
        var big = near1.Pow(1_000_000_000);
        var viaLog = (near1.WithDigits(60).Log() * 1_000_000_000).Exp().WithDigits(15);
        Assert.Equal(viaLog, big);
        Assert.Equal((-(near1.WithDigits(60).Log() * 1_000_000_000)).Exp().WithDigits(15), near1.Pow(-1_000_000_000));
    }

    [Fact]
    public void ZivsTestRoundsAValueOneUnitAboveAMidpointUpward()
    {
        // x = 5 2^39 + 1 has 42 bits (digits 10); x^2 = 25 2^78 + 5 2^40 + 1 lies one unit above the midpoint between
        // two 42-bit numbers whose lower neighbour is even. The first working precision rounds x^2 onto the midpoint
        // (half to even would then round down); Ziv's test must push on until the +1 decides: round up.
        var m = 5 * (BigInteger.One << 39) + 1;
        var x = BigReal.FromInteger(m, 10);
        var expected = BigReal.FromInteger(m * m, 10);
        Assert.Equal(expected, x.Pow(2));
        Assert.Equal(expected, x.Pow(BigReal.FromInteger(2, 10)));
        Assert.True(expected.ToRational() > new Rational(m * m));
        // x = 5 2^39 - 3: x^2 lies 9 units above such a midpoint (still below the 2^5 units the first pass drops).
        var m2 = 5 * (BigInteger.One << 39) - 3;
        var above = BigReal.FromInteger(m2 * m2, 10);
        Assert.Equal(above, BigReal.FromInteger(m2, 10).Pow(2));
        Assert.True(above.ToRational() > new Rational(m2 * m2));
    }

    [Fact]
    public void RealPowersCoverZeroNegativeIntegerAndHugeExponents()
    {
        var half = BigReal.Parse("0.5", 20);
        var zero = BigReal.Zero.WithDigits(20);
        Assert.True(zero.Pow(half).IsZero);
        Assert.Equal(20, zero.Pow(half).Digits);
        Assert.Contains("negative power", Assert.Throws<DivideByZeroException>(() => zero.Pow(-half)).Message);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromInteger(-8, 20).Pow(half));
        Assert.Equal("value", negative.ParamName);
        Assert.Contains("integer exponent", negative.Message);
        Assert.Equal(BigReal.FromInteger(16, 20), BigReal.FromInteger(2, 20).Pow(BigReal.FromInteger(4, 20)));
        Assert.Equal(BigReal.One.WithDigits(20), BigReal.FromInteger(5, 20).Pow(BigReal.Zero));
        // y = 2^30 is an integer: (-1)^(2^30) = 1 (a non-integer path would reject the negative base).
        Assert.Equal(BigReal.One.WithDigits(20), BigReal.FromInteger(-1, 20).Pow(BigReal.One.ScaleByPowerOfTwo(30).WithDigits(20)));
        // |y log x| too large for the exponent range.
        var overflow = Assert.Throws<OverflowException>(() => BigReal.FromInteger(10, 20).Pow(BigReal.Parse("1e9", 20) + half));
        Assert.Contains("outside", overflow.Message);
        Assert.Contains("y log x", Assert.Throws<OverflowException>(() => BigReal.FromInteger(1 << 20, 20).Pow(BigReal.Parse("80000000.5", 20))).Message);
        // Non-integer powers with large |y log x| are correctly rounded.
        foreach (int d in DigitsSweep)
        foreach (var (xs, ys) in new[] { ("3", "100000000.5"), ("0.001", "-1234567.25"), ("1e-300", "0.75"), ("7.5", "-0.3"), ("1e20", "1000.5") })
            AssertCorrectlyRounded(v => v.Pow(BigReal.Parse(ys, 80)), BigReal.Parse(xs, d), d);
    }
}
