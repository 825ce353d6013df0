using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// Elementary functions of BigReal: identities to working precision, correct rounding (agreement with a 30-digit
/// wider evaluation rounded down to the working precision), and large/small arguments.
/// </summary>
public class BigRealFunctionTests
{
    private const int Digits = Precision.DefaultDigits;

    // A correctly rounded p-bit value has relative error <= 2^-p < 10^-d / 256 (Precision.BitsFor). An identity
    // composed of a few such operations, each amplifying by a factor of at most ~|log x| (<= 25 here), stays far
    // inside 10^-(d-2) = 100 10^-d; this tolerance follows from the digits and is not tuned to the results.
    private static readonly double Tolerance = Ulp.Tenth(Digits - 2);

    private static BigReal Wide(BigReal x) => x.WithDigits(Digits + 30);

    [Fact]
    public void ExpOfLogIsIdentityAndLogOfExpIsIdentity()
    {
        PropertyConfig.Check(NumericGenerators.Real(Digits, 30).Select(x => x.Abs()).ToArbitrary(),
            x => Ulp.RelativeError(x.Log().Exp(), x) < Tolerance, maxTest: 60, seed: 101);
        PropertyConfig.Check(NumericGenerators.Real(Digits, 5).ToArbitrary(),
            y => Ulp.RelativeError(y.Exp().Log(), y) < Tolerance, maxTest: 60, seed: 102);
    }

    [Fact]
    public void SineSquaredPlusCosineSquaredIsOne()
    {
        PropertyConfig.Check(NumericGenerators.Real(Digits, 40).ToArbitrary(), x =>
        {
            var s = x.Sin();
            var c = x.Cos();
            return Ulp.RelativeError(s * s + c * c, BigReal.One) < Tolerance;
        }, maxTest: 60, seed: 103);
    }

    [Fact]
    public void FunctionsAreCorrectlyRounded()
    {
        // f at d digits must equal f at d + 30 digits rounded to d digits (which differs only if the wider value lies
        // within 10^-(d+30) of a rounding midpoint, probability ~1e-30 per case).
        PropertyConfig.Check(NumericGenerators.Real(Digits, 6).ToArbitrary(), x =>
            x.Exp() == Wide(x).Exp().WithDigits(Digits)
            && x.Abs().Log() == Wide(x.Abs()).Log().WithDigits(Digits)
            && x.Sin() == Wide(x).Sin().WithDigits(Digits)
            && x.Cos() == Wide(x).Cos().WithDigits(Digits)
            && x.Tanh() == Wide(x).Tanh().WithDigits(Digits)
            && x.Atan() == Wide(x).Atan().WithDigits(Digits)
            && x.Abs().Pow(x) == Wide(x.Abs()).Pow(Wide(x)).WithDigits(Digits)
            && x.Pow(7) == Wide(x).Pow(7).WithDigits(Digits)
            && x.Pow(-3) == Wide(x).Pow(-3).WithDigits(Digits),
            maxTest: 40, seed: 104);
    }

    [Fact]
    public void ExpAndLogAreAccurateForLargeAndSmallArguments()
    {
        var x = BigReal.FromInteger(-200, Digits);
        // e^-200 e^200 = 1 and e^-200 = (e^-1)^200 by an independent binary powering.
        Assert.True(Ulp.RelativeError(x.Exp() * (-x).Exp(), BigReal.One) < Tolerance);
        Assert.True(Ulp.RelativeError(x.Exp(), BigReal.FromInteger(-1, Digits + 10).Exp().Pow(200).WithDigits(Digits)) < Tolerance);
        Assert.Equal(-87, int.Parse(x.Exp().ToString(5).Split('e')[1]));
        // log(1e-40) = -40 log 10, and exp(log(1e-40)) = 1e-40.
        var small = BigReal.Parse("1e-40", Digits);
        Assert.True(Ulp.RelativeError(small.Log(), -40 * BigReal.FromInteger(10, Digits).Log()) < Tolerance);
        Assert.True(Ulp.RelativeError(small.Log().Exp(), small) < Tolerance);
        // Near 1 the logarithm keeps relative precision: log(1 + h) = h - h^2/2 + h^3/3 - ... with h = 1e-30.
        // 1 + 1e-30 is rounded to p bits; h is the exact offset of the stored value (the subtraction is exact).
        var onePlus = BigReal.One + BigReal.Parse("1e-30", Digits);
        var h = onePlus - BigReal.One;
        var series = h - h * h / 2 + h * h * h / 3;
        Assert.True(Ulp.RelativeError(onePlus.Log(), series) < Tolerance);
        Assert.True(Ulp.RelativeError(BigReal.Parse("1e300", Digits).Log(), 300 * BigReal.FromInteger(10, Digits).Log()) < Tolerance);
    }

    [Fact]
    public void SineAndCosineAreAccurateForLargeArgumentsAndNearMultiplesOfPi()
    {
        // sin(1000) against an independent reduction 1000 - 318 pi with pi at 120 digits.
        var x = BigReal.FromInteger(1000, Digits);
        var pi120 = BigReal.Pi(120);
        var reduced = (x.WithDigits(120) - 318 * pi120).WithDigits(Digits + 10);
        Assert.True(Ulp.RelativeError(x.Sin(), reduced.Sin().WithDigits(Digits)) < Tolerance);
        Assert.True(Ulp.RelativeError(x.Cos(), reduced.Cos().WithDigits(Digits)) < Tolerance);
        // sin(1e22): reduce modulo 2 pi with pi at 150 digits (1e22 / 2 pi ~ 1.6e21 needs 22 extra digits).
        var big = BigReal.Parse("1e22", Digits);
        var pi150 = BigReal.Pi(150);
        var k = BigReal.FromInteger(System.Numerics.BigInteger.Parse("1591549430918953357688"), 150); // floor(1e22 / (2 pi))
        var r = big.WithDigits(150) - 2 * k * pi150;
        Assert.True(r.Sign > 0 && r < 2 * pi150);
        Assert.True(Ulp.RelativeError(big.Sin(), r.WithDigits(Digits + 10).Sin().WithDigits(Digits)) < Tolerance);
        // sin of the 50-digit pi is pi - pi_50 (up to its cube), which the reduction must resolve to full relative precision.
        var pi50 = BigReal.Pi(Digits);
        var delta = (pi150 - pi50.WithDigits(150)).WithDigits(Digits);
        Assert.True(Ulp.RelativeError(pi50.Sin(), delta) < Tolerance);
        Assert.True(Ulp.RelativeError(pi50.ScaleByPowerOfTwo(-1).Cos(), (pi150.ScaleByPowerOfTwo(-1) - pi50.ScaleByPowerOfTwo(-1).WithDigits(150)).WithDigits(Digits)) < Tolerance);
    }

    [Fact]
    public void Atan2CoversAllQuadrants()
    {
        var pi = BigReal.Pi(Digits);
        var one = BigReal.One.WithDigits(Digits);
        var zero = BigReal.Zero.WithDigits(Digits);
        Assert.Equal(pi.ScaleByPowerOfTwo(-2), BigReal.Atan2(one, one));
        Assert.Equal(-pi.ScaleByPowerOfTwo(-2), BigReal.Atan2(-one, one));
        Assert.True(Ulp.RelativeError(BigReal.Atan2(one, -one), 3 * pi.WithDigits(Digits + 10) / 4) < Tolerance);
        Assert.True(Ulp.RelativeError(BigReal.Atan2(-one, -one), -3 * pi.WithDigits(Digits + 10) / 4) < Tolerance);
        Assert.Equal(pi, BigReal.Atan2(zero, -one));
        Assert.Equal(pi.ScaleByPowerOfTwo(-1), BigReal.Atan2(one, zero));
        Assert.Equal(-pi.ScaleByPowerOfTwo(-1), BigReal.Atan2(-one, zero));
        Assert.True(BigReal.Atan2(zero, one).IsZero);
        Assert.True(BigReal.Atan2(zero, zero).IsZero);
        // (cos theta, sin theta) recovers theta in every quadrant.
        PropertyConfig.Check(Gen.Choose(-3_141_592, 3_141_592).ToArbitrary(), micro =>
        {
            var theta = BigReal.FromRational(new Rational(micro, 1_000_000), Digits);
            return micro == 0 || Ulp.RelativeError(BigReal.Atan2(theta.Sin(), theta.Cos()), theta) < Tolerance;
        }, maxTest: 40, seed: 105);
    }

    [Fact]
    public void AtanTanhAndPowHandleExtremeArguments()
    {
        var tiny = BigReal.Parse("1e-30", Digits);
        // tanh x = x - x^3/3 + ..., x^3/3 is 1e-60 relative: far below half an ulp, so the result rounds to x itself.
        Assert.Equal(tiny, tiny.Tanh());
        Assert.Equal(tiny, tiny.Atan());
        Assert.Equal(tiny, tiny.Sin());
        Assert.Equal(BigReal.One.WithDigits(Digits), BigReal.FromInteger(100, Digits).Tanh());
        Assert.Equal(-BigReal.One.WithDigits(Digits), BigReal.FromInteger(-100, Digits).Tanh());
        var huge = BigReal.Parse("1e40", Digits);
        Assert.True(Ulp.RelativeError(huge.Atan(), (BigReal.Pi(Digits + 10) / 2 - BigReal.One / huge.WithDigits(Digits + 10)).WithDigits(Digits)) < Tolerance);
        Assert.Equal(BigReal.FromInteger(2, Digits).Sqrt(), BigReal.FromInteger(2, Digits).Pow(BigReal.Parse("0.5", Digits)));
        Assert.Equal(BigReal.FromInteger(-512, Digits), BigReal.FromInteger(-8, Digits).Pow(BigReal.FromInteger(3, Digits)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BigReal.FromInteger(-8, Digits).Pow(BigReal.Parse("0.5", Digits)));
        Assert.Equal(new Rational(1024), BigReal.FromInteger(2, Digits).Pow(10).ToRational());
        // tanh x = (e^2x - 1) / (e^2x + 1) for moderate x.
        PropertyConfig.Check(NumericGenerators.Real(Digits, 4).ToArbitrary(), x =>
        {
            var e2 = (2 * x).Exp();
            return Ulp.RelativeError(x.Tanh(), (e2 - 1) / (e2 + 1)) < Tolerance;
        }, maxTest: 30, seed: 106);
    }
}
