using System.Globalization;
using System.Numerics;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Rational: normal form, field axioms, correctly rounded conversion to double, parsing.</summary>
public class RationalPropertiesTests
{
    private static readonly FsCheck.Arbitrary<Rational> Rationals = ExactGenerators.Rational.ToArbitrary();
    private static readonly FsCheck.Arbitrary<(Rational, Rational)> Pairs =
        FsCheck.Fluent.Gen.Zip(ExactGenerators.Rational, ExactGenerators.Rational).ToArbitrary();
    private static readonly FsCheck.Arbitrary<(Rational, Rational, Rational)> Triples =
        FsCheck.Fluent.Gen.Zip(ExactGenerators.Rational, ExactGenerators.Rational)
            .SelectMany(_ => ExactGenerators.Rational, (t, c) => (t.Item1, t.Item2, c)).ToArbitrary();

    private static void AssertNormalised(Rational r)
    {
        Assert.True(r.Denominator.Sign > 0, $"{r}: denominator not positive");
        Assert.True(BigInteger.GreatestCommonDivisor(r.Numerator, r.Denominator).IsOne, $"{r}: not in lowest terms");
        // The public constructor must agree with the stored form (so equality is structural).
        Assert.Equal(r, new Rational(r.Numerator * 6, r.Denominator * 6));
    }

    [Fact]
    public void ResultsOfEveryOperationAreNormalised() => PropertyConfig.Check(Prop.ForAll(Pairs, t =>
    {
        var (a, b) = t;
        AssertNormalised(a + b);
        AssertNormalised(a - b);
        AssertNormalised(a * b);
        AssertNormalised(-a);
        AssertNormalised(a.Abs());
        AssertNormalised(a.Pow(3));
        if (!b.IsZero)
        {
            AssertNormalised(a / b);
            AssertNormalised(b.Reciprocal());
            AssertNormalised(b.Pow(-2));
        }
    }), maxTest: 300);

    [Fact]
    public void FieldAxiomsHold() => PropertyConfig.Check(Prop.ForAll(Triples, t =>
    {
        var (a, b, c) = t;
        Assert.Equal((a + b) + c, a + (b + c));
        Assert.Equal((a * b) * c, a * (b * c));
        Assert.Equal(a + b, b + a);
        Assert.Equal(a * b, b * a);
        Assert.Equal(a * (b + c), a * b + a * c);
        Assert.Equal(a, a + Rational.Zero);
        Assert.Equal(a, a * Rational.One);
        Assert.Equal(Rational.Zero, a + (-a));
        Assert.Equal(a - b, a + (-b));
        if (!a.IsZero) Assert.Equal(Rational.One, a * a.Reciprocal());
        if (!b.IsZero) Assert.Equal(a, a / b * b);
        // Order is compatible with addition and with multiplication by positives.
        if (a < b) Assert.True(a + c < b + c);
        if (a < b && c.Sign > 0) Assert.True(a * c < b * c);
        Assert.Equal(a.CompareTo(b) == 0, a == b);
    }), maxTest: 300);

    [Fact]
    public void FromDoubleThenToDoubleIsTheIdentityIncludingSubnormals() =>
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.FiniteDouble.ToArbitrary(), x =>
        {
            var r = Rational.FromDouble(x);
            Assert.Equal(BitConverter.DoubleToInt64Bits(x == 0 ? 0.0 : x), BitConverter.DoubleToInt64Bits(r.ToDouble()));
            // The exact value agrees with .NET's exact decimal expansion ("R" round-trips, G17 is exact enough).
            Assert.Equal(x, double.Parse(x.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }), maxTest: 2000);

    /// <summary>
    /// ToDouble is the correctly rounded double: no representable double is nearer to r, and on a tie the result
    /// has an even significand. Decided exactly, with the neighbours' rational values.
    /// </summary>
    [Fact]
    public void ToDoubleIsCorrectlyRounded()
    {
        var gen = FsCheck.Fluent.Gen.Frequency(
        [
            (3, ExactGenerators.Rational),
            // Rationals between two adjacent doubles, at and around their midpoint, subnormal binades included.
            (5, ExactGenerators.FiniteDouble.Where(x => Math.Abs(x) < double.MaxValue)
                .SelectMany(_ => FsCheck.Fluent.Gen.Choose(-4, 4), (x, k) =>
                {
                    var lo = Rational.FromDouble(x);
                    var hi = Rational.FromDouble(Math.BitIncrement(x));
                    return lo + (hi - lo) * new Rational(4 + k, 8) + (k == 1 ? (hi - lo) / new Rational(BigInteger.Pow(10, 30)) : Rational.Zero);
                })),
        ]);
        PropertyConfig.Check(Prop.ForAll(gen.ToArbitrary(), r =>
        {
            double d = r.ToDouble();
            Assert.True(double.IsFinite(d), $"{r} gave {d}");
            var error = (Rational.FromDouble(d) - r).Abs();
            foreach (var neighbour in new[] { Math.BitDecrement(d), Math.BitIncrement(d) })
            {
                if (!double.IsFinite(neighbour)) continue;
                var other = (Rational.FromDouble(neighbour) - r).Abs();
                Assert.True(error <= other, $"{r}: {d:R} is farther than {neighbour:R}");
                if (error == other)
                    Assert.True((BitConverter.DoubleToInt64Bits(d) & 1) == 0, $"{r}: tie not rounded to even ({d:R})");
            }
        }), maxTest: 2000);
    }

    /// <summary>For decimal strings, Parse(s).ToDouble() equals .NET's IEEE-correct double.Parse(s), subnormals included.</summary>
    [Fact]
    public void ParsedDecimalsConvertLikeDoubleParse()
    {
        var gen = FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(-999_999_999, 999_999_999), FsCheck.Fluent.Gen.Choose(0, 999_999_999))
            .SelectMany(_ => FsCheck.Fluent.Gen.Choose(-340, 320), (t, e) => $"{t.Item1}.{t.Item2:D9}1e{e}");
        PropertyConfig.Check(Prop.ForAll(gen.ToArbitrary(), s =>
        {
            double expected = double.Parse(s, CultureInfo.InvariantCulture);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected == 0 ? 0.0 : expected),
                BitConverter.DoubleToInt64Bits(Math.Abs(Rational.Parse(s).ToDouble()) == 0 ? 0.0 : Rational.Parse(s).ToDouble()));
        }), maxTest: 1000);
    }

    [Fact]
    public void ParseRoundTripsToStringAndDecimalForms() => PropertyConfig.Check(Prop.ForAll(Rationals, r =>
    {
        Assert.Equal(r, Rational.Parse(r.ToString()));
        // The decimal form p * 10^-k, written out as a fixed-point string, parses back to p / 10^k.
        var scaled = r.Numerator * 1000;
        Assert.Equal(new Rational(scaled, 1000), Rational.Parse($"{scaled}e-3"));
        Assert.Equal(new Rational(scaled, 1000), Rational.Parse(FixedPoint(scaled, 3)));
    }), maxTest: 300);

    private static string FixedPoint(BigInteger value, int decimals)
    {
        var digits = BigInteger.Abs(value).ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        return (value.Sign < 0 ? "-" : "") + digits[..^decimals] + "." + digits[^decimals..];
    }

    [Theory]
    [InlineData("3/4", 3, 4)]
    [InlineData("-6/8", -3, 4)]
    [InlineData("6/-8", -3, 4)]
    [InlineData("1.5e-3", 3, 2000)]
    [InlineData("-.25", -1, 4)]
    [InlineData("2E2", 200, 1)]
    [InlineData("0/5", 0, 1)]
    public void ParseKnownForms(string text, int p, int q) => Assert.Equal(new Rational(p, q), Rational.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("1/0")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("-")]
    [InlineData(".")]
    public void ParseRejectsMalformedText(string text)
    {
        Assert.False(Rational.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Rational.Parse(text));
    }

    [Fact]
    public void ToDoubleAtTheEdgesOfTheRange()
    {
        Assert.Equal(double.Epsilon, Rational.FromDouble(double.Epsilon).ToDouble());
        // Half the smallest subnormal is a tie and rounds to even (zero); a bit more rounds up.
        var half = Rational.FromDouble(double.Epsilon) / 2;
        Assert.Equal(0.0, half.ToDouble());
        Assert.Equal(double.Epsilon, (half + half / 1000).ToDouble());
        // Three halves of the smallest subnormal is a tie between 1 and 2 ulps: even is 2.
        Assert.Equal(2 * double.Epsilon, (3 * half).ToDouble());
        Assert.Equal(double.MaxValue, Rational.FromDouble(double.MaxValue).ToDouble());
        Assert.Equal(double.PositiveInfinity, (Rational.FromDouble(double.MaxValue) * 2).ToDouble());
        Assert.Equal(double.NegativeInfinity, (Rational.FromDouble(double.MaxValue) * -2).ToDouble());
        Assert.Equal(1.0 / 3.0, new Rational(1, 3).ToDouble());
        Assert.Equal(0.1, Rational.Parse("0.1").ToDouble());
    }
}
