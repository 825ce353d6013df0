using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// What generic QET code needs from its scalar field beyond <see cref="IField{T}"/>: embedding rationals, reading a real
/// part at a working precision, and deciding whether a residual is zero (exactly, or within the working precision).
/// </summary>
public interface IScalarContext<T> where T : struct, IField<T>
{
    int Digits { get; }
    T ImaginaryUnit { get; }
    T FromRational(Rational value);
    T FromReal(BigReal value);
    BigReal RealPart(T value);
    BigReal ImaginaryPart(T value);

    /// <summary>True when |value| is zero to the context's precision (exactly zero for exact arithmetic).</summary>
    bool IsNegligible(T value);

    /// <summary>True when a real number is zero to the context's precision.</summary>
    bool IsNegligible(BigReal value);

    /// <summary>A size used only to choose elimination pivots (any non-zero entry is fine in exact arithmetic).</summary>
    double PivotSize(T value);
}

/// <summary>Exact complex-rational arithmetic: residuals must vanish exactly.</summary>
public sealed record ExactScalars(int Digits = Precision.DefaultDigits) : IScalarContext<ComplexRational>
{
    public ComplexRational ImaginaryUnit => ComplexRational.I;
    public ComplexRational FromRational(Rational value) => value;
    public ComplexRational FromReal(BigReal value) => value.ToRational();
    public BigReal RealPart(ComplexRational value) => BigReal.FromRational(value.Re, Digits);
    public BigReal ImaginaryPart(ComplexRational value) => BigReal.FromRational(value.Im, Digits);
    public bool IsNegligible(ComplexRational value) => value.IsZero;
    public bool IsNegligible(BigReal value) => value.IsZero;
    public double PivotSize(ComplexRational value) => value.IsZero ? 0 : 1;
}

/// <summary>
/// Arbitrary precision at <see cref="Digits"/> significant digits: a residual counts as zero below
/// 10^-(Digits - GuardDigits), the guard absorbing rounding accumulated over a few dozen operations on O(1) numbers.
/// </summary>
public sealed record HighPrecisionScalars(int Digits = Precision.DefaultDigits) : IScalarContext<BigComplex>
{
    public const int GuardDigits = 10;

    public BigReal Tolerance => BigReal.FromRational(new Rational(BigInteger.One, BigInteger.Pow(10, Math.Max(1, Digits - GuardDigits))), Digits);
    public BigComplex ImaginaryUnit => BigComplex.I;
    public BigComplex FromRational(Rational value) => BigComplex.FromRational(value, Digits);
    public BigComplex FromReal(BigReal value) => BigComplex.FromReal(value);
    public BigReal RealPart(BigComplex value) => value.Re;
    public BigReal ImaginaryPart(BigComplex value) => value.Im;
    public bool IsNegligible(BigComplex value) => value.Abs() <= Tolerance;
    public bool IsNegligible(BigReal value) => value.Abs() <= Tolerance;
    public double PivotSize(BigComplex value) => value.Abs().ToDouble();

    /// <summary>The relative size below which an elimination pivot counts as zero.</summary>
    public double RelativePivotTolerance => Math.Pow(10, -(Digits - GuardDigits));
}
