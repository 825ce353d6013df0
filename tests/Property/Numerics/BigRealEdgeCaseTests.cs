using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// Deterministic edge cases of BigReal: halfway ties (round half to even), precision propagation between exact and
/// inexact operands, argument validation, exponent limits, double conversion at ties/subnormals, and string formats.
/// </summary>
public class BigRealEdgeCaseTests
{
    // 5 digits -> p = ceil(5 log2 10) + 8 = 25 bits; 2^25 + 1 has 26 bits and lies exactly halfway between the
    // 25-bit neighbours 2^25 and 2^25 + 2, so half-to-even must give 2^25.
    private static readonly BigInteger Tie = (BigInteger.One << 25) + 1;
    private static readonly BigInteger TieUp = (BigInteger.One << 25) + 3; // halfway between 2^25+2 and 2^25+4 -> 2^25+4

    private static BigReal PowerOfTwo(int n) => BigReal.One.ScaleByPowerOfTwo(n);

    [Fact]
    public void BitsForFollowsTheStatedRule()
    {
        Assert.Equal(12, Precision.BitsFor(1));   // ceil(3.32) + 8
        Assert.Equal(25, Precision.BitsFor(5));   // ceil(16.6) + 8
        Assert.Equal(175, Precision.BitsFor(50)); // ceil(166.1) + 8
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => Precision.BitsFor(0)).ParamName);
    }

    [Fact]
    public void RequireValidAcceptsExactlyOneToMaxDigits()
    {
        Precision.RequireValid(1, "d");
        Precision.RequireValid(Precision.MaxDigits, "d");
        var low = Assert.Throws<ArgumentOutOfRangeException>(() => Precision.RequireValid(0, "d"));
        Assert.Equal("d", low.ParamName);
        Assert.Contains("100000", low.Message);
        Assert.Equal("d", Assert.Throws<ArgumentOutOfRangeException>(() => Precision.RequireValid(Precision.MaxDigits + 1, "d")).ParamName);
    }

    [Fact]
    public void FactoriesRejectInvalidPrecisionIncludingTheExactMarker()
    {
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromInteger(5, int.MaxValue)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromInteger(5, 0)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromRational(Rational.Zero, 0)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromRational(Rational.Zero, int.MaxValue)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromDouble(0.0, 0)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromDouble(1.0, int.MaxValue)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.Parse("x", 0)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.One.WithDigits(0)).ParamName);
        var inf = Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromDouble(double.PositiveInfinity, 10));
        Assert.Equal("value", inf.ParamName);
        Assert.Contains("finite", inf.Message);
        var bad = Assert.Throws<FormatException>(() => BigReal.Parse("1.2.3", 10));
        Assert.Contains("1.2.3", bad.Message);
    }

    [Fact]
    public void ConstructionRoundsHalfwayCasesToEven()
    {
        Assert.Equal(new Rational(BigInteger.One << 25), BigReal.FromInteger(Tie, 5).ToRational());
        Assert.Equal(new Rational((BigInteger.One << 25) + 4), BigReal.FromInteger(TieUp, 5).ToRational());
        Assert.Equal(new Rational(BigInteger.One << 25), BigReal.FromDouble((double)Tie, 5).ToRational());
        Assert.Equal(new Rational(-(BigInteger.One << 25)), BigReal.FromDouble(-(double)Tie, 5).ToRational());
        Assert.Equal(new Rational(BigInteger.One << 25), BigReal.FromRational(new Rational(Tie), 5).ToRational());
        Assert.Equal(new Rational(BigInteger.One << 25), BigReal.Parse(Tie.ToString(), 5).ToRational());
        // The exact value stored at higher precision, re-rounded: tie to even again.
        Assert.Equal(new Rational(BigInteger.One << 25), BigReal.FromInteger(Tie, 50).WithDigits(5).ToRational());
    }

    [Fact]
    public void FromDoubleIsExactForSubnormalsAndNegativeZero()
    {
        var tiny = BigReal.FromDouble(double.Epsilon, 20);
        Assert.Equal(PowerOfTwo(-1074), tiny);
        Assert.Equal(double.Epsilon, tiny.ToDouble());
        var sub = BigReal.FromDouble(-3 * double.Epsilon, 20);
        Assert.Equal(-(PowerOfTwo(-1074) * 3), sub);
        Assert.Equal(PowerOfTwo(-1022), BigReal.FromDouble(2.2250738585072014e-308, 20));
        Assert.Equal(double.MaxValue, BigReal.FromDouble(double.MaxValue, 20).ToDouble());
        var nz = BigReal.FromDouble(-0.0, 7);
        Assert.True(nz.IsZero);
        Assert.Equal(7, nz.Digits);
        Assert.Equal(0.0, nz.ToDouble());
    }

    [Fact]
    public void ToDoubleRoundsTiesToEvenAndUnderflowsGradually()
    {
        var one = BigReal.One;
        Assert.Equal(1.0, (one + PowerOfTwo(-53)).ToDouble());                              // tie -> even 1
        Assert.Equal(1.0 + 4 * Math.Pow(2, -53), (one + PowerOfTwo(-53) * 3).ToDouble());   // tie -> even 1 + 2^-51
        Assert.Equal(1.0 + Math.Pow(2, -52), (one + PowerOfTwo(-53) + PowerOfTwo(-120)).ToDouble()); // above tie
        Assert.Equal(-1.0, (-(one + PowerOfTwo(-53))).ToDouble());
        Assert.Equal(0.0, PowerOfTwo(-1075).ToDouble());                                   // tie with 0 -> 0
        Assert.Equal(2 * double.Epsilon, (PowerOfTwo(-1075) * 3).ToDouble());              // tie -> even 2^-1073
        Assert.Equal(double.Epsilon, (PowerOfTwo(-1075) + PowerOfTwo(-1200)).ToDouble());
        Assert.Equal(0.0, PowerOfTwo(-1200).ToDouble());
        Assert.Equal(double.PositiveInfinity, PowerOfTwo(1100).ToDouble());
        Assert.Equal(double.NegativeInfinity, (-PowerOfTwo(1024)).ToDouble());
        Assert.Equal(Math.Pow(2, 1023), PowerOfTwo(1023).ToDouble());
    }

    [Fact]
    public void BinaryExponentLimitsAreExactlyPlusMinusTwoToThe30()
    {
        int max = int.MaxValue / 2, min = int.MinValue / 2;
        Assert.Equal(BigReal.One, PowerOfTwo(max).ScaleByPowerOfTwo(-max));
        Assert.Equal(BigReal.One, PowerOfTwo(min).ScaleByPowerOfTwo(-min));
        var over = Assert.Throws<OverflowException>(() => PowerOfTwo(max + 1));
        Assert.Contains((max + 1).ToString(), over.Message);
        Assert.Throws<OverflowException>(() => PowerOfTwo(min - 1));
        // Scaling zero never overflows.
        Assert.True(BigReal.Zero.ScaleByPowerOfTwo(int.MaxValue).IsZero);
        Assert.True(BigReal.FromInteger(0, 9).ScaleByPowerOfTwo(int.MinValue).IsZero);
    }

    [Fact]
    public void ExactSumsAlignBothExponents()
    {
        BigReal twelve = 12, quarter = PowerOfTwo(-2), fortyEight = 48;
        Assert.Equal(new Rational(49, 4), (twelve + quarter).ToRational());
        Assert.Equal(new Rational(49, 4), (quarter + twelve).ToRational());
        Assert.Equal(new Rational(47, 4), (twelve - quarter).ToRational());
        Assert.Equal(new Rational(60), (twelve + fortyEight).ToRational());
        Assert.Equal(new Rational(-36), (twelve - fortyEight).ToRational());
        Assert.True((twelve + quarter).IsExact);
        Assert.Equal(new Rational(3, 4), (BigReal.Zero + PowerOfTwo(-2) * 3).ToRational());
        Assert.Equal(new Rational(-3, 4), ((BigReal)(-3) / 4).ToRational());
        Assert.True(((BigReal)(-3) / 4).IsExact);
        Assert.Equal(new Rational(-12), (twelve / -1).ToRational());
    }

    [Fact]
    public void AddingAZeroOfLowerPrecisionRoundsTheOtherOperandHalfToEven()
    {
        var zero5 = BigReal.FromInteger(0, 5);
        var tie50 = BigReal.FromInteger(Tie, 50);
        var expected = new Rational(BigInteger.One << 25);
        Assert.Equal(expected, (zero5 + tie50).ToRational());
        Assert.Equal(expected, (tie50 + zero5).ToRational());
        Assert.Equal(expected, (tie50 - zero5).ToRational());
        Assert.Equal(5, (tie50 + zero5).Digits);
    }

    [Fact]
    public void AMuchSmallerAddendDecidesTheRoundingOfAMorePreciseOperand()
    {
        // big = 2^24 + 1/2 - 2^-300 (100 digits), small = 2^-5 (5 digits): the exact sum 2^24 + 1/2 + 2^-5 - 2^-300
        // lies above the halfway point 2^24 + 1/2 of 25-bit numbers, so the sum at 5 digits is 2^24 + 1.
        var big = BigReal.FromRational(new Rational(BigInteger.One << 24) + new Rational(1, 2)
            - new Rational(BigInteger.One, BigInteger.One << 300), 100);
        var small = BigReal.FromRational(new Rational(1, 32), 5);
        Assert.Equal(new Rational((BigInteger.One << 24) + 1), (big + small).ToRational());
        Assert.Equal(new Rational((BigInteger.One << 24) + 1), (small + big).ToRational());
        // Opposite sign: 2^24 + 1/2 + 2^-300 - 2^-5 lies below halfway -> 2^24.
        var big2 = BigReal.FromRational(new Rational(BigInteger.One << 24) + new Rational(1, 2)
            + new Rational(BigInteger.One, BigInteger.One << 300), 100);
        Assert.Equal(new Rational(BigInteger.One << 24), (big2 - small).ToRational());
        Assert.Equal(new Rational(-(BigInteger.One << 24)), (small - big2).ToRational());
        // Same-precision far-apart operands still round correctly.
        var a = BigReal.FromInteger(Tie, 50).WithDigits(5) + BigReal.FromRational(new Rational(1, 1 << 20), 5);
        Assert.Equal(new Rational(BigInteger.One << 25), a.ToRational());
    }

    [Fact]
    public void QuotientsCarryTheSmallerPrecisionAndZeroKeepsIt()
    {
        var q = BigReal.FromInteger(0, 30) / BigReal.FromInteger(3, 40);
        Assert.True(q.IsZero);
        Assert.Equal(30, q.Digits);
        var e = BigReal.Zero / 3;
        Assert.True(e.IsZero);
        Assert.Equal(Precision.DefaultDigits, e.Digits);
        Assert.Equal(BigReal.FromRational(new Rational(1, 3), 50), (BigReal)1 / 3);
    }

    [Fact]
    public void SquareRootsOfPerfectSquaresStayExactAndPrecisionIsKept()
    {
        var two = ((BigReal)4).Sqrt();
        Assert.True(two.IsExact);
        Assert.Equal((BigReal)2, two);
        Assert.Equal(new Rational(3, 2), (((BigReal)9) / 4).Sqrt().ToRational());
        var inexact = BigReal.FromInteger(4, 10).Sqrt();
        Assert.Equal(10, inexact.Digits);
        Assert.Equal((BigReal)2, inexact);
        var root2 = ((BigReal)2).Sqrt();
        Assert.Equal(Precision.DefaultDigits, root2.Digits);
        Assert.Equal("1.4142135623730950488016887242096980785696718753769", root2.ToString().Replace("e+0", ""));
        var neg = Assert.Throws<ArgumentOutOfRangeException>(() => ((BigReal)(-1)).Sqrt());
        Assert.Contains("Sqrt", neg.Message);
    }

    [Fact]
    public void SquareRootOfALongExactMantissaWithOddExponent()
    {
        // 2 * 3^300: exact, odd mantissa of 476 bits (longer than the working 2(p+2) bits) and binary exponent 1.
        var x = (BigReal)2 * BigReal.FromInteger(BigInteger.Pow(3, 300), 200).WithDigits(int.MaxValue);
        Assert.True(x.IsExact);
        var r = x.Sqrt();
        var expected = BigReal.FromInteger(BigInteger.Pow(3, 150), 50) * ((BigReal)2).Sqrt();
        var rel = ((r - expected) / expected).Abs();
        Assert.True(rel < BigReal.Parse("1e-49", 50), $"relative error {rel.ToString(5)}");
    }

    [Fact]
    public void ComparisonsAndEqualityIgnorePrecisionLabels()
    {
        var a = BigReal.FromRational(new Rational(3, 4), 30);
        var b = BigReal.FromRational(new Rational(3, 4), 60);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.False(a < b);
        Assert.False(a > b);
        Assert.True(a <= b);
        Assert.True(a >= b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(30, BigReal.Min(a, b).Digits);
        Assert.Equal(60, BigReal.Min(b, a).Digits);
        Assert.Equal(30, BigReal.Max(a, b).Digits);
        Assert.Equal(60, BigReal.Max(b, a).Digits);
        Assert.Equal((BigReal)1, BigReal.Min(2, 1));
        Assert.Equal((BigReal)2, BigReal.Max(1, 2));
        Assert.True((BigReal)1 != (BigReal)2);   // same mantissa 1, different exponents
        Assert.False(((BigReal)1).Equals((BigReal)2));
        Assert.True(BigReal.FromInteger(0, 5) == BigReal.Zero);
        Assert.Equal(BigReal.Zero.GetHashCode(), BigReal.FromInteger(0, 5).GetHashCode());
        var hashes = Enumerable.Range(1, 20).Select(i => ((BigReal)i).GetHashCode()).Distinct().Count();
        Assert.True(hashes > 1);
        Assert.True(PowerOfTwo(-3) < PowerOfTwo(-2));
        Assert.True(-PowerOfTwo(-3) > -PowerOfTwo(-2));
        Assert.True((BigReal)(-3) < 2);
    }

    [Fact]
    public void ToStringFormatsZeroExactAndPowersOfTen()
    {
        Assert.Equal("0e+0", BigReal.Zero.ToString(1));
        Assert.Equal("0.00e+0", BigReal.Zero.ToString(3));
        Assert.Equal("0", BigReal.Zero.ToString());
        Assert.Equal("1.2e+1", ((BigReal)12).ToString());
        Assert.Equal("-1.25e-1", (-PowerOfTwo(-3)).ToString());
        Assert.Equal("3e+0", ((BigReal)3).ToString());
        Assert.Equal("1.2e+1", ((BigReal)12).ToString(2));
        Assert.Equal("-2e+0", ((BigReal)(-25) / 10).ToString(1));   // -2.5 -> half to even -2
        Assert.Equal("4e+0", BigReal.Parse("3.5", 20).ToString(1));  // 3.5 -> 4
        Assert.Equal("1.0e+1", BigReal.Parse("9.96", 20).ToString(2));
        for (int n = 1; n <= 40; n++)
        {
            Assert.Equal($"1.00e+{n}", BigReal.FromInteger(BigInteger.Pow(10, n), 60).WithDigits(int.MaxValue).ToString(3));
            Assert.Equal($"1.00e-{n}", BigReal.FromRational(new Rational(BigInteger.One, BigInteger.Pow(10, n)), 60).ToString(3));
        }
        Assert.Equal("significantDigits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.One.ToString(0)).ParamName);
    }
}
