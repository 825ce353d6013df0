using System.Numerics;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// Correct rounding of BigReal arithmetic and conversions, checked exactly against Rational arithmetic: a correctly
/// rounded result equals FromRational(exact result), which is itself checked to lie within half an ulp.
/// </summary>
public class BigRealArithmeticTests
{
    private const int Digits = Precision.DefaultDigits;

    [Fact]
    public void FromRationalIsWithinHalfAnUlpAndNoNeighbourIsCloser()
    {
        PropertyConfig.Check(NumericGenerators.ScaledRational(300).ToArbitrary(), q =>
        {
            var x = BigReal.FromRational(q, Digits);
            var error = (x.ToRational() - q).Abs();
            var ulp = Ulp.Of(x.ToRational(), Digits);
            return error <= ulp * Rational.Half && x.Digits == Digits;
        }, maxTest: 200, seed: 20261123);
    }

    [Fact]
    public void SumsProductsAndQuotientsAreCorrectlyRounded()
    {
        // Operands with exponents up to 2^±400 so both the overlapping and the sticky (far-apart) addition paths run.
        var pairs = Gen.Zip(NumericGenerators.Real(Digits, 400), NumericGenerators.Real(Digits, 400));
        PropertyConfig.Check(pairs.ToArbitrary(), p =>
        {
            var (a, b) = p;
            Rational qa = a.ToRational(), qb = b.ToRational();
            return a + b == BigReal.FromRational(qa + qb, Digits)
                && a - b == BigReal.FromRational(qa - qb, Digits)
                && a * b == BigReal.FromRational(qa * qb, Digits)
                && a / b == BigReal.FromRational(qa / qb, Digits);
        }, maxTest: 300, seed: 7);
    }

    [Fact]
    public void NearlyCancellingSumIsExactAndFarApartSumRoundsToTheLargerOperand()
    {
        var x = BigReal.Parse("1.000000000000000000000000000000000000000000000001", Digits);
        var y = BigReal.Parse("1", Digits);
        Assert.Equal(BigReal.FromRational((x.ToRational() - y.ToRational()), Digits), x - y);
        var tiny = BigReal.Parse("1e-200", Digits);
        Assert.Equal(y, y + tiny);
        Assert.Equal(y, y - tiny);
        // 1 - tiny is just below 1; the nearest 50-digit neighbour below 1 is 1 - 2^-p, farther than 1 itself.
        Assert.True(y - tiny == y);
    }

    [Fact]
    public void TiesRoundToEvenAndStickyBitsBreakTies()
    {
        int p = Precision.BitsFor(Digits);
        var one = BigReal.One.WithDigits(Digits + 10);
        var halfUlp = one.ScaleByPowerOfTwo(-p);           // half an ulp of 1 at p bits (1 has ulp 2^(1-p))
        var ulp = one.ScaleByPowerOfTwo(1 - p);
        // Exact ties: 1 + ulp/2 -> 1 (even); 1 + 3 ulp/2 -> 1 + 2 ulp (even).
        Assert.Equal(BigReal.One, (one + halfUlp).WithDigits(Digits));
        Assert.Equal(one + 2 * ulp, (one + 3 * halfUlp).WithDigits(Digits));
        Assert.Equal(BigReal.One, BigReal.FromRational((one + halfUlp).ToRational(), Digits));
        // A tie plus or minus a far smaller operand (the sticky path of the sum) is no longer a tie.
        var tiny = BigReal.Parse("1e-200", Digits);
        var tie = one + halfUlp;
        Assert.Equal(one + ulp, tie + tiny);
        Assert.Equal(BigReal.One, tie - tiny);
        Assert.Equal(one + ulp, BigReal.FromRational(tie.ToRational() + new Rational(1, System.Numerics.BigInteger.Pow(10, 300)), Digits));
    }

    [Fact]
    public void SqrtIsCorrectlyRounded()
    {
        PropertyConfig.Check(NumericGenerators.ScaledRational(300).Select(q => BigReal.FromRational(q.Abs(), Digits)).ToArbitrary(), x =>
        {
            var r = x.Sqrt();
            var q = r.ToRational();
            var half = Ulp.Of(q, Digits) * Rational.Half;
            var exact = x.ToRational();
            // r - ulp/2 <= sqrt(x) <= r + ulp/2, squared exactly.
            return (q - half).Pow(2) <= exact && exact <= (q + half).Pow(2);
        }, maxTest: 200, seed: 11);
        Assert.Equal(BigReal.FromInteger(3, Digits), BigReal.FromInteger(9, Digits).Sqrt());
    }

    [Fact]
    public void ExactConstantsStayExactAndMixedPrecisionTakesTheSmaller()
    {
        var two = BigReal.One + BigReal.One;
        Assert.Equal(int.MaxValue, two.Digits);
        Assert.Equal(new Rational(2), two.ToRational());
        Assert.Equal(int.MaxValue, BigReal.Zero.Digits);
        Assert.Equal(int.MaxValue, default(BigReal).Digits);
        var a = BigReal.Parse("1.5", 30);
        var b = BigReal.Parse("2.5", 60);
        Assert.Equal(30, (a + b).Digits);
        Assert.Equal(30, (a * b).Digits);
        Assert.Equal(60, (b * BigReal.One).Digits);
        Assert.Equal(BigReal.FromRational(new Rational(1, 3), Precision.DefaultDigits), BigReal.One / 3);
        Assert.Equal(new Rational(1, 4), (BigReal.One / 4).ToRational());
        Assert.Equal(int.MaxValue, (BigReal.One / 4).Digits);
    }

    [Fact]
    public void DoublesRoundTripExactlyAndToDoubleIsCorrectlyRounded()
    {
        var doubles = Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))
            .Where(double.IsFinite);
        PropertyConfig.Check(doubles.ToArbitrary(), d =>
            // 17 digits = 65 bits >= 53: the double is held exactly.
            BigReal.FromDouble(d, 17).ToDouble().Equals(d) && BigReal.FromDouble(d, 17).ToRational() == (d == 0 ? Rational.Zero : Rational.FromDouble(d)),
            maxTest: 300, seed: 3);
        PropertyConfig.Check(NumericGenerators.ScaledRational(900).ToArbitrary(), q =>
        {
            // The double nearest to the 60-digit value: no other double is closer (checked against its two neighbours).
            var x = BigReal.FromRational(q, 60);
            double d = x.ToDouble();
            var exact = x.ToRational();
            var err = (Rational.FromDouble(d) - exact).Abs();
            return err <= (Rational.FromDouble(Math.BitIncrement(d)) - exact).Abs()
                && err <= (Rational.FromDouble(Math.BitDecrement(d)) - exact).Abs();
        }, maxTest: 300, seed: 5);
        Assert.Equal(double.Epsilon, BigReal.Parse("4.9406564584124654e-324", 30).ToDouble());
        Assert.Equal(0.0, BigReal.Parse("2.4e-324", 30).ToDouble());
        Assert.Equal(double.PositiveInfinity, BigReal.Parse("1e400", 30).ToDouble());
    }

    [Fact]
    public void ToRationalFromRationalAndParseToStringRoundTrip()
    {
        PropertyConfig.Check(NumericGenerators.Real(Digits, 500).ToArbitrary(), x =>
        {
            // p = BitsFor(d) bits need ceil(p log10 2) + 1 decimal digits to round-trip.
            int roundTrip = (int)Math.Ceiling(Precision.BitsFor(Digits) * Math.Log10(2)) + 1;
            return BigReal.FromRational(x.ToRational(), Digits) == x
                && BigReal.Parse(x.ToString(roundTrip), Digits) == x;
        }, maxTest: 200, seed: 13);
    }

    [Fact]
    public void ToStringRoundsHalfToEvenInScientificNotation()
    {
        Assert.Equal("1.2345678901e-3", BigReal.Parse("0.00123456789012345", 30).ToString(11));
        Assert.Equal("1.2e-1", BigReal.Parse("0.125", 30).ToString(2));
        Assert.Equal("3.8e-1", BigReal.Parse("0.375", 30).ToString(2));
        Assert.Equal("2e+0", BigReal.Parse("2.5", 30).ToString(1));
        Assert.Equal("1.0e+1", BigReal.Parse("9.96", 30).ToString(2));
        Assert.Equal("-6.02214076e+23", BigReal.Parse("-6.02214076e23", 30).ToString(9));
        Assert.Equal(Digits, BigReal.Pi(Digits).ToString().Split('e')[0].Replace(".", "").Length);
        Assert.Equal("0.0e+0", BigReal.Zero.ToString(2));
        Assert.Equal("3.75e-1", (BigReal.One * 3 / 8).ToString());
        Assert.Equal("0", new BigReal().ToString());
    }

    [Fact]
    public void ComparisonAndEqualityAreExact()
    {
        var a = BigReal.Parse("0.1", 40);
        var b = BigReal.Parse("0.1", 60);
        Assert.NotEqual(a, b); // different roundings of 1/10
        Assert.Equal(a, b.WithDigits(40));
        Assert.True(BigReal.FromRational(new Rational(1, 3), 50) < BigReal.FromRational(new Rational(1, 3), 60)
            || BigReal.FromRational(new Rational(1, 3), 50) > BigReal.FromRational(new Rational(1, 3), 60));
        Assert.Equal(BigReal.Parse("-2", 20), BigReal.Min(BigReal.Parse("-2", 20), BigReal.Parse("3", 20)));
        Assert.Equal(1, BigReal.Parse("1e-300", 20).Sign);
        Assert.Equal(BigReal.Parse("1e-300", 20), BigReal.Parse("-1e-300", 20).Abs());
    }

    [Fact]
    public void InvalidInputsThrowNamedErrors()
    {
        var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.Parse("-1", Digits).Log());
        Assert.Equal("value", e1.ParamName);
        Assert.Contains("positive", e1.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.Zero.Log());
        var e2 = Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.Parse("-1", Digits).Sqrt());
        Assert.Contains("non-negative", e2.Message);
        var e3 = Assert.Throws<DivideByZeroException>(() => BigReal.One.WithDigits(Digits) / BigReal.Zero);
        Assert.Contains("zero divisor", e3.Message);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromInteger(1, 0)).ParamName);
        Assert.Throws<FormatException>(() => BigReal.Parse("1.2.3", Digits));
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromDouble(double.NaN, Digits)).ParamName);
        Assert.Throws<OverflowException>(() => BigReal.Parse("1e10", Digits).Exp());
    }
}
