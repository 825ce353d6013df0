using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// An arbitrary-precision complex number Re + i Im with <see cref="BigReal"/> parts. Products and quotients form the
/// exact cross products before a single rounding per part, so each part of a product is correctly rounded.
/// </summary>
public readonly struct BigComplex : IField<BigComplex>
{
    public BigReal Re { get; }
    public BigReal Im { get; }

    public BigComplex(BigReal re, BigReal im) { Re = re; Im = im; }

    public static BigComplex Zero => default;
    public static BigComplex One => new(BigReal.One, BigReal.Zero);
    public static BigComplex I => new(BigReal.Zero, BigReal.One);

    /// <summary>Precision of the less precise part.</summary>
    public int Digits => Math.Min(Re.Digits, Im.Digits);

    public bool IsZero => Re.IsZero && Im.IsZero;
    public bool IsReal => Im.IsZero;

    public static implicit operator BigComplex(BigReal re) => new(re, BigReal.Zero);
    public static implicit operator BigComplex(int re) => new(re, BigReal.Zero);

    public static BigComplex FromReal(BigReal re) => new(re, BigReal.Zero);

    /// <summary>Both parts of the exact complex rational correctly rounded to <paramref name="digits"/>.</summary>
    public static BigComplex FromRational(ComplexRational z, int digits) =>
        new(BigReal.FromRational(z.Re, digits), BigReal.FromRational(z.Im, digits));

    /// <summary>The exact values of the two doubles rounded to <paramref name="digits"/>.</summary>
    public static BigComplex FromComplex(Complex z, int digits) =>
        new(BigReal.FromDouble(z.Real, digits), BigReal.FromDouble(z.Imaginary, digits));

    /// <summary>r (cos theta + i sin theta).</summary>
    public static BigComplex FromPolar(BigReal r, BigReal theta) => new(r * theta.Cos(), r * theta.Sin());

    public BigComplex WithDigits(int digits) => new(Re.WithDigits(digits), Im.WithDigits(digits));

    private static int CommonDigits(BigComplex a, BigComplex b) => Math.Min(a.Digits, b.Digits);

    public static BigComplex operator +(BigComplex a, BigComplex b) => new(a.Re + b.Re, a.Im + b.Im);
    public static BigComplex operator -(BigComplex a, BigComplex b) => new(a.Re - b.Re, a.Im - b.Im);
    public static BigComplex operator -(BigComplex a) => new(-a.Re, -a.Im);

    public static BigComplex operator *(BigComplex a, BigComplex b)
    {
        int digits = CommonDigits(a, b);
        if (a.Im.IsZero && b.Im.IsZero) return new(BigReal.Multiply(a.Re, b.Re, digits), BigReal.Zero);
        // Exact products, one rounding per part.
        var rr = BigReal.Multiply(a.Re, b.Re, int.MaxValue);
        var ii = BigReal.Multiply(a.Im, b.Im, int.MaxValue);
        var ri = BigReal.Multiply(a.Re, b.Im, int.MaxValue);
        var ir = BigReal.Multiply(a.Im, b.Re, int.MaxValue);
        return new(BigReal.Add(rr, -ii, digits), BigReal.Add(ri, ir, digits));
    }

    public static BigComplex operator *(BigReal s, BigComplex a) => new(s * a.Re, s * a.Im);

    public static BigComplex operator /(BigComplex a, BigComplex b)
    {
        if (b.IsZero) throw new DivideByZeroException($"BigComplex division of {a} by a zero divisor.");
        int digits = CommonDigits(a, b);
        if (digits == int.MaxValue) digits = Precision.DefaultDigits;
        if (b.Im.IsZero) return new(a.Re.WithDigits(digits) / b.Re, a.Im.WithDigits(digits) / b.Re);
        // a conj(b) / |b|^2 with numerator and denominator rounded at 16 extra digits, then one final rounding.
        int wide = Math.Min(digits + 16, Precision.MaxDigits);
        var norm = BigReal.Add(BigReal.Multiply(b.Re, b.Re, int.MaxValue), BigReal.Multiply(b.Im, b.Im, int.MaxValue), wide);
        var re = BigReal.Add(BigReal.Multiply(a.Re, b.Re, int.MaxValue), BigReal.Multiply(a.Im, b.Im, int.MaxValue), wide);
        var im = BigReal.Add(BigReal.Multiply(a.Im, b.Re, int.MaxValue), -BigReal.Multiply(a.Re, b.Im, int.MaxValue), wide);
        return new((re / norm).WithDigits(digits), (im / norm).WithDigits(digits));
    }

    public BigComplex Conjugate() => new(Re, -Im);

    /// <summary>|z|^2 = Re^2 + Im^2, correctly rounded (exact squares, one rounding).</summary>
    public BigReal NormSquared
    {
        get
        {
            int digits = Digits == int.MaxValue ? int.MaxValue : Digits;
            return BigReal.Add(BigReal.Multiply(Re, Re, int.MaxValue), BigReal.Multiply(Im, Im, int.MaxValue), digits);
        }
    }

    /// <summary>
    /// |z| = sqrt(Re^2 + Im^2). Both parts are first scaled by a common power of two (no exponent overflow), the
    /// sum of squares rounded at twice the precision, then the square root correctly rounded: error below 0.5 ulp + 2^-(p+20) ulp.
    /// </summary>
    public BigReal Abs()
    {
        if (Im.IsZero) return Re.Abs();
        if (Re.IsZero) return Im.Abs();
        int digits = Digits == int.MaxValue ? Precision.DefaultDigits : Digits;
        int scale = (int)Math.Max(Re.TopExponent, Im.TopExponent);
        var re = Re.ScaleByPowerOfTwo(-scale);
        var im = Im.ScaleByPowerOfTwo(-scale);
        var sum = BigReal.Add(BigReal.Multiply(re, re, int.MaxValue), BigReal.Multiply(im, im, int.MaxValue),
            Math.Min(2 * digits + 8, Precision.MaxDigits));
        return sum.Sqrt().WithDigits(digits).ScaleByPowerOfTwo(scale);
    }

    /// <summary>The argument in (-pi, pi], <see cref="BigReal.Atan2"/>(Im, Re).</summary>
    public BigReal Arg() => BigReal.Atan2(Im, Re);

    /// <summary>e^z = e^Re (cos Im + i sin Im).</summary>
    public BigComplex Exp()
    {
        int digits = Digits == int.MaxValue ? Precision.DefaultDigits : Digits;
        var x = Re.WithDigits(digits);
        var y = Im.WithDigits(digits);
        if (y.IsZero) return new(x.Exp(), BigReal.Zero);
        return FromPolar(x.Exp(), y);
    }

    public static bool operator ==(BigComplex a, BigComplex b) => a.Equals(b);
    public static bool operator !=(BigComplex a, BigComplex b) => !a.Equals(b);
    public bool Equals(BigComplex other) => Re == other.Re && Im == other.Im;
    public override bool Equals(object? obj) => obj is BigComplex c && Equals(c);
    public override int GetHashCode() => HashCode.Combine(Re, Im);

    public Complex ToComplex() => new(Re.ToDouble(), Im.ToDouble());

    public override string ToString() => Im.IsZero ? Re.ToString() : $"({Re}, {Im})";

    /// <summary>Both parts in scientific notation with <paramref name="significantDigits"/> digits.</summary>
    public string ToString(int significantDigits) =>
        Im.IsZero ? Re.ToString(significantDigits) : $"({Re.ToString(significantDigits)}, {Im.ToString(significantDigits)})";
}
