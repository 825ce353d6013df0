using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// A Gaussian integer a + b i (a, b in Z): the ring in which <see cref="FractionFreeElimination"/> works, so that
/// exact elimination of complex-rational matrices needs no rational normalisation at every step.
/// </summary>
internal readonly struct GaussianInteger
{
    public BigInteger Re { get; }
    public BigInteger Im { get; }

    public GaussianInteger(BigInteger re, BigInteger im) { Re = re; Im = im; }

    public bool IsZero => Re.IsZero && Im.IsZero;

    public static GaussianInteger operator +(GaussianInteger a, GaussianInteger b) => new(a.Re + b.Re, a.Im + b.Im);
    public static GaussianInteger operator -(GaussianInteger a, GaussianInteger b) => new(a.Re - b.Re, a.Im - b.Im);
    public static GaussianInteger operator -(GaussianInteger a) => new(-a.Re, -a.Im);

    public static GaussianInteger operator *(GaussianInteger a, GaussianInteger b)
    {
        if (a.Im.IsZero && b.Im.IsZero) return new(a.Re * b.Re, BigInteger.Zero);
        return new(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);
    }

    /// <summary>
    /// The quotient by a Gaussian integer that is known to divide this one exactly (as in Bareiss elimination):
    /// a/b = a conj(b) / |b|^2. Throws if the division is not exact, which would mean a broken invariant.
    /// </summary>
    public GaussianInteger DivideExactly(GaussianInteger divisor)
    {
        if (divisor.Im.IsZero) return DivideExactly(divisor.Re);
        var norm = divisor.Re * divisor.Re + divisor.Im * divisor.Im;
        var numerator = this * new GaussianInteger(divisor.Re, -divisor.Im);
        var re = BigInteger.DivRem(numerator.Re, norm, out var r1);
        var im = BigInteger.DivRem(numerator.Im, norm, out var r2);
        if (!r1.IsZero || !r2.IsZero)
            throw new InvalidOperationException($"Internal error: {this} is not divisible by {divisor} in Z[i].");
        return new GaussianInteger(re, im);
    }

    /// <summary>Both parts divided by a rational integer that divides them exactly.</summary>
    public GaussianInteger DivideExactly(BigInteger divisor)
    {
        if (divisor.IsOne) return this;
        var re = BigInteger.DivRem(Re, divisor, out var r1);
        var im = BigInteger.DivRem(Im, divisor, out var r2);
        if (!r1.IsZero || !r2.IsZero)
            throw new InvalidOperationException($"Internal error: {this} is not divisible by {divisor}.");
        return new GaussianInteger(re, im);
    }

    public override string ToString() => $"{Re}{(Im.Sign < 0 ? "-" : "+")}{BigInteger.Abs(Im)}i";

    public ComplexRational ToComplexRational() => new(new Rational(Re), new Rational(Im));

    /// <summary>The Gaussian integer L z, where L is a common multiple of the denominators of z's parts.</summary>
    public static GaussianInteger Scaled(ComplexRational z, BigInteger commonDenominator) =>
        new(z.Re.Numerator * (commonDenominator / z.Re.Denominator), z.Im.Numerator * (commonDenominator / z.Im.Denominator));
}
