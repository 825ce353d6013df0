using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Rational: argument validation, exact powers, order operators, signed zeros, parsing and printing.</summary>
public class RationalEdgeCaseTests
{
    private static Rational Q(long p, long q) => new(p, q);

    [Fact]
    public void AZeroDenominatorIsRefusedNamingTheNumerator()
    {
        var ex = Assert.Throws<DivideByZeroException>(() => new Rational(7, 0));
        Assert.Contains("denominator", ex.Message);
        Assert.Contains("7", ex.Message);
    }

    [Fact]
    public void DivisionByZeroAndTheReciprocalOfZeroAreRefused()
    {
        var div = Assert.Throws<DivideByZeroException>(() => Q(-3, 5) / Rational.Zero);
        Assert.Contains("-3/5", div.Message);
        var rec = Assert.Throws<DivideByZeroException>(() => Rational.Zero.Reciprocal());
        Assert.Contains("reciprocal", rec.Message);
        Assert.Equal(Q(-5, 3), Q(-3, 5).Reciprocal());
        Assert.Equal(new Rational(-5, 3).Denominator, new BigInteger(3));
    }

    [Fact]
    public void PowersIncludingNegativeAndZeroExponents()
    {
        Assert.Equal(Rational.One, Rational.Zero.Pow(0));
        Assert.Equal(Rational.One, Q(-7, 3).Pow(0));
        Assert.Equal(Rational.Zero, Rational.Zero.Pow(5));
        Assert.Equal(Q(27, 8), Q(2, 3).Pow(-3));
        Assert.Equal(Q(-27, 8), Q(-2, 3).Pow(-3));
        Assert.Equal(Q(16, 81), Q(-3, 2).Pow(-4));
        Assert.Throws<DivideByZeroException>(() => Rational.Zero.Pow(-1));
        // -int.MinValue does not exist: refused up front, naming the parameter and its range.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Rational.Zero.Pow(int.MinValue));
        Assert.Equal("exponent", ex.ParamName);
        Assert.Contains("2^31", ex.Message);
    }

    [Fact]
    public void OrderOperatorsFollowTheirTruthTables()
    {
        Rational[] ordered = [Q(-3, 2), Q(-2, 3), Rational.Zero, Q(1, 3), Q(1, 2), new Rational(2)];
        for (int i = 0; i < ordered.Length; i++)
        for (int j = 0; j < ordered.Length; j++)
        {
            var (a, b) = (ordered[i], ordered[j]);
            Assert.Equal(i < j, a < b);
            Assert.Equal(i > j, a > b);
            Assert.Equal(i <= j, a <= b);
            Assert.Equal(i >= j, a >= b);
            Assert.Equal(i == j, a == b);
            Assert.Equal(i != j, a != b);
            Assert.Equal(Math.Sign(i.CompareTo(j)), Math.Sign(a.CompareTo(b)));
            Assert.Equal(i <= j ? a : b, Rational.Min(a, b));
            Assert.Equal(i >= j ? a : b, Rational.Max(a, b));
        }
    }

    [Fact]
    public void EqualityAndHashAreThoseOfTheNormalForm()
    {
        var a = new Rational(2, -4);
        var b = Q(-1, 2);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)"-1/2"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a != b);
        Assert.Equal(Rational.Zero, new Rational(0, -9));
        Assert.Equal(default(Rational), new Rational(0, 5));
        Assert.Equal(BigInteger.One, default(Rational).Denominator);
        Assert.Equal(-1, b.Sign);
        Assert.True(new Rational(6, 3).IsInteger);
        Assert.False(Rational.Half.IsInteger);
        Assert.Equal(Q(1, 2), Rational.Half);
        Assert.Equal(b, b.Conjugate());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromDoubleRefusesNonFiniteValues(double x)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Rational.FromDouble(x));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("finite", ex.Message);
    }

    [Fact]
    public void FromDoubleGivesTheExactDyadicValue()
    {
        Assert.Equal(Q(-3, 4), Rational.FromDouble(-0.75));
        Assert.Equal(Rational.Zero, Rational.FromDouble(-0.0));
        Assert.Equal(new Rational(BigInteger.One, BigInteger.One << 1074), Rational.FromDouble(double.Epsilon));
        Assert.Equal(new Rational(BigInteger.One << 60), Rational.FromDouble(Math.ScaleB(1, 60)));
        Assert.Equal(new Rational(1L << 52), Rational.FromDouble(Math.ScaleB(1, 52)));
        Assert.Equal(new Rational((1L << 53) - 1), Rational.FromDouble(9007199254740991.0));
    }

    [Fact]
    public void UnderflowGivesAZeroWithTheSignOfTheValue()
    {
        // As for IEEE parsing of "-1e-400": the nearest double is zero, carrying the sign.
        var tiny = new Rational(BigInteger.One, BigInteger.One << 2000);
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.0), BitConverter.DoubleToInt64Bits(tiny.ToDouble()));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits((-tiny).ToDouble()));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(Rational.Parse("-1e-400").ToDouble()));
        // Just below the smallest subnormal's half: also a signed zero, by the rounding path.
        var belowHalfEpsilon = Rational.FromDouble(double.Epsilon) * Q(-3, 8);
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(belowHalfEpsilon.ToDouble()));
        Assert.Equal(-double.Epsilon, (Rational.FromDouble(double.Epsilon) * Q(-5, 8)).ToDouble());
    }

    [Fact]
    public void ParseAcceptsEveryDocumentedForm()
    {
        Assert.Equal(Q(3, 4), Rational.Parse("3/4"));
        Assert.Equal(Q(-3, 4), Rational.Parse("  -6/8 "));
        Assert.Equal(Q(3, 4), Rational.Parse("+3/+4"));
        Assert.Equal(Q(1, 2), Rational.Parse(".5"));
        Assert.Equal(Q(-3, 2000), Rational.Parse("-1.5e-3"));
        Assert.Equal(new Rational(100000), Rational.Parse("1e5"));
        Assert.Equal(new Rational(100000), Rational.Parse("1E+5"));
        Assert.Equal(new Rational(12), Rational.Parse("12."));
        Assert.Equal(new Rational(-42), Rational.Parse("-42"));
        Assert.Equal(Q(1, 8), Rational.Parse("0.125e0"));
        Assert.True(Rational.TryParse("1e100000", out var huge));
        Assert.Equal(new Rational(BigInteger.Pow(10, 100000)), huge);
    }

    [Theory]
    [InlineData("+")]
    [InlineData("e5")]
    [InlineData("E5")]
    [InlineData(".e5")]
    [InlineData("/4")]
    [InlineData("3/")]
    [InlineData("1/2/3")]
    [InlineData("1.5/2")]
    [InlineData("1e1.5")]
    [InlineData("1e100001")]
    [InlineData("1e-100001")]
    [InlineData("   ")]
    public void ParseRefusesMalformedTextQuotingIt(string text)
    {
        Assert.False(Rational.TryParse(text, out var value));
        Assert.Equal(Rational.Zero, value);
        var ex = Assert.Throws<FormatException>(() => Rational.Parse(text));
        Assert.Contains($"'{text}'", ex.Message);
        Assert.False(Rational.TryParse(null, out _));
    }

    [Fact]
    public void ToStringPrintsIntegersWithoutADenominator()
    {
        Assert.Equal("3", new Rational(6, 2).ToString());
        Assert.Equal("-3", new Rational(-3).ToString());
        Assert.Equal("0", default(Rational).ToString());
        Assert.Equal("-3/4", new Rational(6, -8).ToString());
        Assert.Equal("1/2", Rational.Half.ToString());
    }
}
