using System.Numerics;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>BigComplex arithmetic against exact ComplexRational arithmetic, and polar/exponential identities.</summary>
public class BigComplexTests
{
    private const int Digits = Precision.DefaultDigits;

    // Each part of a product is correctly rounded (exact equality below). Quotient, modulus and exponential are within
    // one or two roundings of 2^-p < 10^-d/256 each, relative to the modulus; 10^-(d-1) allows for a few such steps.
    private static readonly double Tolerance = Ulp.Tenth(Digits - 1);

    private static FsCheck.Gen<BigComplex> Complex(int eMax) =>
        Gen.Zip(NumericGenerators.Real(Digits, eMax), NumericGenerators.Real(Digits, eMax)).Select(t => new BigComplex(t.Item1, t.Item2));

    private static ComplexRational Exact(BigComplex z) => new(z.Re.ToRational(), z.Im.ToRational());

    private static double ModulusError(BigComplex computed, ComplexRational exact) =>
        Math.Sqrt(((Exact(computed) - exact).NormSquared / exact.NormSquared).ToDouble());

    [Fact]
    public void ProductsAreCorrectlyRoundedPartByPartAndQuotientsAreAccurate()
    {
        PropertyConfig.Check(Gen.Zip(Complex(60), Complex(60)).ToArbitrary(), p =>
        {
            var (a, b) = p;
            var product = Exact(a) * Exact(b);
            return a * b == BigComplex.FromRational(product, Digits)
                && ModulusError(a / b, Exact(a) / Exact(b)) < Tolerance
                && a + b == BigComplex.FromRational(Exact(a) + Exact(b), Digits);
        }, maxTest: 100, seed: 501);
    }

    [Fact]
    public void ModulusArgumentAndPolarFormAreConsistent()
    {
        PropertyConfig.Check(Complex(40).ToArbitrary(), z =>
        {
            var abs = z.Abs();
            // |z|^2 from the exact parts.
            var exactNorm = Exact(z).NormSquared;
            bool modulus = Math.Abs((abs.ToRational().Pow(2) / exactNorm).ToDouble() - 1) < Tolerance;
            var back = BigComplex.FromPolar(abs, z.Arg());
            return modulus && ModulusError(back, Exact(z)) < Tolerance && z.NormSquared == BigReal.FromRational(exactNorm, Digits);
        }, maxTest: 60, seed: 502);
        var minusOne = new BigComplex(BigReal.Zero, BigReal.Pi(Digits)).Exp();
        Assert.True(Math.Abs((minusOne.Re + 1).ToDouble()) < Tolerance && Math.Abs(minusOne.Im.ToDouble()) < Tolerance);
        Assert.Equal(BigReal.Pi(Digits), new BigComplex(BigReal.FromInteger(-3, Digits), BigReal.Zero).Arg());
        // No exponent overflow in the squares (binary exponents must stay below 2^30): |(3, 4) 2^600000000| = 5 2^600000000.
        var huge = new BigComplex(BigReal.FromInteger(3, Digits).ScaleByPowerOfTwo(600_000_000), BigReal.FromInteger(4, Digits).ScaleByPowerOfTwo(600_000_000));
        Assert.Equal(BigReal.FromInteger(5, Digits).ScaleByPowerOfTwo(600_000_000), huge.Abs());
    }

    [Fact]
    public void ExponentialIsAHomomorphism()
    {
        PropertyConfig.Check(Gen.Zip(Complex(3), Complex(3)).ToArbitrary(), p =>
        {
            var (a, b) = p;
            var lhs = (a + b).Exp();
            return ModulusError(a.Exp() * b.Exp(), Exact(lhs)) < Tolerance * 10;
        }, maxTest: 40, seed: 503);
    }

    [Fact]
    public void ConversionsAndConstants()
    {
        var z = new ComplexRational(new Rational(1, 3), new Rational(-2, 7));
        var big = BigComplex.FromRational(z, Digits);
        Assert.Equal(BigReal.FromRational(new Rational(1, 3), Digits), big.Re);
        Assert.Equal(BigReal.FromRational(new Rational(-2, 7), Digits), big.Im);
        Assert.Equal(Digits, big.Digits);
        Assert.Equal(int.MaxValue, BigComplex.I.Digits);
        Assert.Equal(-BigComplex.One, BigComplex.I * BigComplex.I);
        Assert.Equal(big.Re, BigComplex.FromReal(big.Re).Re);
        Assert.True(BigComplex.FromReal(big.Re).Im.IsZero);
        Assert.Equal(new BigComplex(big.Re, -big.Im), big.Conjugate());
        Assert.Equal(new Complex(1.0 / 3, -2.0 / 7), big.ToComplex());
        Assert.Throws<DivideByZeroException>(() => big / BigComplex.Zero);
    }
}
