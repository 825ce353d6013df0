using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>An exact complex number re + i im with rational parts.</summary>
public readonly struct ComplexRational : IField<ComplexRational>
{
    public Rational Re { get; }
    public Rational Im { get; }

    public ComplexRational(Rational re, Rational im) { Re = re; Im = im; }
    public ComplexRational(Rational re) : this(re, Rational.Zero) { }

    public static ComplexRational Zero => default;
    public static ComplexRational One => new(Rational.One);
    public static ComplexRational I => new(Rational.Zero, Rational.One);

    public bool IsZero => Re.IsZero && Im.IsZero;
    public bool IsReal => Im.IsZero;

    public static implicit operator ComplexRational(Rational value) => new(value);
    public static implicit operator ComplexRational(int value) => new(value);

    public static ComplexRational operator +(ComplexRational a, ComplexRational b) => new(a.Re + b.Re, a.Im + b.Im);
    public static ComplexRational operator -(ComplexRational a, ComplexRational b) => new(a.Re - b.Re, a.Im - b.Im);
    public static ComplexRational operator -(ComplexRational a) => new(-a.Re, -a.Im);

    public static ComplexRational operator *(ComplexRational a, ComplexRational b)
    {
        if (a.Im.IsZero && b.Im.IsZero) return new(a.Re * b.Re);
        return new(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);
    }

    public static ComplexRational operator /(ComplexRational a, ComplexRational b)
    {
        if (b.IsZero) throw new DivideByZeroException($"Division of {a} by an exact complex zero.");
        if (b.Im.IsZero) return new(a.Re / b.Re, a.Im / b.Re);
        var norm = b.NormSquared;
        var num = a * b.Conjugate();
        return new(num.Re / norm, num.Im / norm);
    }

    /// <summary>|z|^2 = re^2 + im^2, exact.</summary>
    public Rational NormSquared => Re * Re + Im * Im;

    public ComplexRational Conjugate() => new(Re, -Im);

    public static bool operator ==(ComplexRational a, ComplexRational b) => a.Equals(b);
    public static bool operator !=(ComplexRational a, ComplexRational b) => !a.Equals(b);
    public bool Equals(ComplexRational other) => Re == other.Re && Im == other.Im;
    public override bool Equals(object? obj) => obj is ComplexRational c && Equals(c);
    public override int GetHashCode() => HashCode.Combine(Re, Im);

    public Complex ToComplex() => new(Re.ToDouble(), Im.ToDouble());

    // Stryker disable once Equality : the sign test only runs for Im != 0, where < 0 and <= 0 agree
    public override string ToString() => Im.IsZero ? Re.ToString()
        : Re.IsZero ? $"{Im}i" : $"{Re}{(Im.Sign < 0 ? "-" : "+")}{Im.Abs()}i";
}
