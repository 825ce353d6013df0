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

    /// <summary>Both parts divided by a rational integer that divides them exactly.</summary>
    public GaussianInteger DivideExactly(BigInteger divisor) => new(Re / divisor, Im / divisor);

    public ComplexRational ToComplexRational() => new(new Rational(Re), new Rational(Im));

    /// <summary>The Gaussian integer L z, where L is a common multiple of the denominators of z's parts.</summary>
    public static GaussianInteger Scaled(ComplexRational z, BigInteger commonDenominator) =>
        new(z.Re.Numerator * (commonDenominator / z.Re.Denominator), z.Im.Numerator * (commonDenominator / z.Im.Denominator));
}
