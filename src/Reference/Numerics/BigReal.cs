using System.Globalization;
using System.Numerics;
using System.Text;

namespace QTherm.Reference.Numerics;

/// <summary>
/// An arbitrary-precision real number m 2^e (BigInteger mantissa m, odd or zero, binary exponent e) that carries its
/// precision <see cref="Digits"/> in significant decimal digits. An inexact value with d digits is stored with
/// p = <see cref="Precision.BitsFor"/>(d) = ceil(d log2 10) + 8 significant bits.
/// <para>
/// Arithmetic (+, -, *, /, <see cref="Sqrt"/>) is correctly rounded: the exact result rounded half-to-even to p bits
/// of the smaller precision of the operands. The elementary functions are evaluated with guard bits and a Ziv
/// rounding test (the working precision grows until the rounding is certain), so they too return the correctly
/// rounded p-bit result; only if the test still fails at 4p + 256 bits (an exact or near-halfway case) is the
/// result faithful instead, error below 1 ulp. Either way the relative error is below 2^-p &lt; 10^-d / 256.
/// </para>
/// <para>
/// Exact values (<see cref="Zero"/>, <see cref="One"/>, implicit conversions from integers) have Digits =
/// int.MaxValue: +, -, * of exact values stay exact; a quotient of exact values that is not dyadic, and an elementary
/// function of an exact argument, are evaluated at <see cref="Precision.DefaultDigits"/>. Equality compares the
/// stored values only, not their precision.
/// </para>
/// </summary>
public readonly partial struct BigReal : IField<BigReal>, IComparable<BigReal>
{
    private readonly BigInteger mantissa;
    private readonly int exponent;
    // 0 stands for an exact value (Digits = int.MaxValue), so default(BigReal) is the exact zero.
    private readonly int digitsOrZero;

    private BigReal(BigInteger mantissa, int exponent, int digitsOrZero)
    {
        this.mantissa = mantissa;
        this.exponent = exponent;
        this.digitsOrZero = digitsOrZero;
    }

    /// <summary>Significant decimal digits this value is good to; int.MaxValue for an exact value.</summary>
    public int Digits => digitsOrZero == 0 ? int.MaxValue : digitsOrZero;

    /// <summary>True for an exact value (Digits = int.MaxValue).</summary>
    public bool IsExact => digitsOrZero == 0;

    public static BigReal Zero => default;
    public static BigReal One => new(BigInteger.One, 0, 0);

    public bool IsZero => mantissa.IsZero;
    public int Sign => mantissa.Sign;

    public static implicit operator BigReal(int value) => FromExact(value, 0);
    public static implicit operator BigReal(long value) => FromExact(value, 0);

    // ---- construction and rounding --------------------------------------------------------------------------------

    private static int StoredDigits(int digits) => digits == int.MaxValue ? 0 : digits;

    private static BigReal FromExact(BigInteger m, long e)
    {
        if (m.IsZero) return Zero;
        int tz = (int)(long)BigInteger.TrailingZeroCount(m);
        return new BigReal(m >> tz, CheckedExponent(e + tz), 0);
    }

    private static int CheckedExponent(long e)
    {
        if (e > int.MaxValue / 2 || e < int.MinValue / 2)
            throw new OverflowException($"BigReal binary exponent {e} is outside the supported range (|e| < 2^30).");
        return (int)e;
    }

    /// <summary>
    /// Rounds m 2^e half-to-even to <paramref name="bits"/> significant bits. When <paramref name="sticky"/> is set the
    /// true value exceeds |m| 2^e in magnitude by less than one unit 2^e; then m must have at least bits + 2 bits.
    /// </summary>
    internal static (BigInteger Mantissa, long Exponent) RoundToBits(BigInteger m, long e, bool sticky, int bits)
    {
        if (m.IsZero) return (m, 0);
        int sign = m.Sign;
        var a = BigInteger.Abs(m);
        long length = a.GetBitLength();
        if (length > bits)
        {
            int shift = (int)(length - bits);
            // Stryker disable once Bitwise : a = |m| is non-negative, where >>> and >> agree
            var q = a >> shift;
            var dropped = a - (q << shift);
            var half = BigInteger.One << (shift - 1);
            int c = dropped.CompareTo(half);
            if (c > 0 || (c == 0 && (sticky || !q.IsEven))) q += BigInteger.One;
            a = q;
            e += shift;
        }
        int tz = (int)(long)BigInteger.TrailingZeroCount(a);
        // Stryker disable once Equality,Bitwise : sign is nonzero (m = 0 returned above) and a = |m| is non-negative, where >>> and >> agree
        return (sign < 0 ? -(a >> tz) : a >> tz, e + tz);
    }

    /// <summary>The value m 2^e (plus a sticky remainder below one unit, see <see cref="RoundToBits"/>) rounded to digits.</summary>
    internal static BigReal Round(BigInteger m, long e, bool sticky, int digits)
    {
        if (digits == int.MaxValue)
        {
            if (sticky) throw new InvalidOperationException("An exact BigReal cannot carry a rounding remainder.");
            return FromExact(m, e);
        }
        var (rm, re) = RoundToBits(m, e, sticky, Precision.BitsFor(digits));
        return rm.IsZero ? new BigReal(BigInteger.Zero, 0, digits) : new BigReal(rm, CheckedExponent(re), digits);
    }

    /// <summary>The integer n rounded to <paramref name="digits"/> significant digits.</summary>
    public static BigReal FromInteger(BigInteger n, int digits)
    {
        Precision.RequireValid(digits, nameof(digits));
        return Round(n, 0, false, digits);
    }

    /// <summary>The rational q correctly rounded (half to even) to <paramref name="digits"/> significant digits.</summary>
    public static BigReal FromRational(Rational q, int digits)
    {
        Precision.RequireValid(digits, nameof(digits));
        if (q.IsZero) return new BigReal(BigInteger.Zero, 0, digits);
        return Quotient(q.Numerator, q.Denominator, 0, digits);
    }

    /// <summary>The exact value of a finite double, rounded to <paramref name="digits"/> significant digits.</summary>
    public static BigReal FromDouble(double value, int digits)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only a finite double can be converted to a BigReal.");
        Precision.RequireValid(digits, nameof(digits));
        if (value == 0) return new BigReal(BigInteger.Zero, 0, digits);
        long bits = BitConverter.DoubleToInt64Bits(value);
        int e = (int)((bits >> 52) & 0x7FF);
        long m = bits & 0xFFFFFFFFFFFFFL;
        // Stryker disable once Assignment : bit 52 of m is clear after the 52-bit mask, so |= and ^= set it alike
        if (e == 0) e++; else m |= 1L << 52;
        // Stryker disable once Equality : bits == 0 is +0.0, returned above
        return Round(bits < 0 ? -m : m, e - 1075, false, digits);
    }

    /// <summary>Parses "p", "p/q" or a decimal such as "-1.25e-3" exactly, then rounds it to <paramref name="digits"/>.</summary>
    public static BigReal Parse(string text, int digits)
    {
        Precision.RequireValid(digits, nameof(digits));
        if (!Rational.TryParse(text, out var q))
            throw new FormatException($"'{text}' is not a real number (expected p, p/q or a decimal such as 1.5e-3).");
        return FromRational(q, digits);
    }

    /// <summary>The same stored value labelled with <paramref name="digits"/>, rounded if that is fewer bits.</summary>
    public BigReal WithDigits(int digits)
    {
        // Stryker disable once Statement : Round calls Precision.BitsFor(digits), which throws the same ArgumentOutOfRangeException("digits") for every invalid digits != int.MaxValue
        if (digits != int.MaxValue) Precision.RequireValid(digits, nameof(digits));
        return Round(mantissa, exponent, false, digits);
    }

    /// <summary>This value times 2^n, exactly (same precision).</summary>
    public BigReal ScaleByPowerOfTwo(int n) =>
        IsZero ? this : new BigReal(mantissa, CheckedExponent((long)exponent + n), digitsOrZero);

    // ---- conversions ----------------------------------------------------------------------------------------------

    /// <summary>The exact rational value of the stored number.</summary>
    // Stryker disable once Equality : at exponent 0 both branches give mantissa / 1
    public Rational ToRational() => exponent >= 0
        ? new Rational(mantissa << exponent)
        : new Rational(mantissa, BigInteger.One << -exponent);

    /// <summary>The double nearest to the stored value (half to even, gradual underflow, overflow to infinity).</summary>
    public double ToDouble()
    {
        if (IsZero) return 0.0;
        var a = BigInteger.Abs(mantissa);
        long top = exponent + a.GetBitLength() - 1;
        // Stryker disable once Equality : top = 1100 overflows ScaleB to infinity as well
        if (top > 1100) return Sign * double.PositiveInfinity;
        long quantum = Math.Max(top - 52, -1074);
        long shift = quantum - exponent;
        BigInteger m;
        if (shift <= 0) m = a << (int)-shift;
        // Stryker disable once Equality : at shift = len + 1 the general branch also gives m = 0 (a < 2^(shift-1), rounds down)
        else if (shift > a.GetBitLength() + 1) m = BigInteger.Zero;
        else
        {
            // Stryker disable once Bitwise : a = |mantissa| is non-negative, where >>> and >> agree
            m = a >> (int)shift;
            var dropped = a - (m << (int)shift);
            int c = dropped.CompareTo(BigInteger.One << (int)(shift - 1));
            if (c > 0 || (c == 0 && !m.IsEven)) m += 1;
        }
        double result = Math.ScaleB((double)m, (int)quantum);
        // Stryker disable once Equality : Sign = 0 returned above
        return Sign < 0 ? -result : result;
    }

    /// <summary>Scientific notation with all <see cref="Digits"/> digits (the exact decimal value for an exact number).</summary>
    public override string ToString()
    {
        if (!IsExact) return ToString(Digits);
        if (IsZero) return "0";
        // m 2^e with e < 0 equals m 5^-e / 10^-e: a finite decimal.
        // Stryker disable once Equality : at exponent 0 both branches give the mantissa
        var digits = BigInteger.Abs(exponent >= 0 ? mantissa << exponent : mantissa * BigInteger.Pow(5, -exponent));
        return ToString(Math.Max(1, digits.ToString(CultureInfo.InvariantCulture).TrimEnd('0').Length));
    }

    /// <summary>
    /// Scientific notation "d.ddde-k" with <paramref name="significantDigits"/> digits, correctly rounded (half to
    /// even) from the exact stored value.
    /// </summary>
    public string ToString(int significantDigits)
    {
        if (significantDigits < 1)
            throw new ArgumentOutOfRangeException(nameof(significantDigits), significantDigits, "At least one digit must be shown.");
        if (IsZero) return significantDigits == 1 ? "0e+0" : "0." + new string('0', significantDigits - 1) + "e+0";
        var num = BigInteger.Abs(mantissa);
        var den = BigInteger.One;
        // Stryker disable once Equality : at exponent 0 both branches shift by zero
        if (exponent >= 0) num <<= exponent; else den <<= -exponent;
        // Decimal exponent k with 10^k <= |v| < 10^(k+1): estimate, then correct exactly.
        // Stryker disable once Arithmetic : only the starting estimate of k; the two exact loops below correct any estimate
        double log10 = BigInteger.Log10(num) - BigInteger.Log10(den);
        long k = (long)Math.Floor(log10);
        // Stryker disable once Equality : at |v| = 10^k the extra decrement is undone by the next loop
        while (CompareWithPowerOfTen(num, den, k) < 0) k--;
        while (CompareWithPowerOfTen(num, den, k + 1) >= 0) k++;
        // N = round(|v| 10^(s-1-k)), half to even.
        long scale = significantDigits - 1 - k;
        // Stryker disable once Equality : at scale 0 both branches give num
        var n = scale >= 0 ? num * BigInteger.Pow(10, (int)scale) : num;
        // Stryker disable once Equality : at scale 0 both branches give den
        var d = scale >= 0 ? den : den * BigInteger.Pow(10, (int)-scale);
        var q = BigInteger.DivRem(n, d, out var r);
        int c = (2 * r).CompareTo(d);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        if (q == BigInteger.Pow(10, significantDigits)) { q /= 10; k++; }
        string s = q.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        // Stryker disable once Equality : Sign = 0 returned above
        if (Sign < 0) sb.Append('-');
        sb.Append(s[0]);
        if (s.Length > 1) sb.Append('.').Append(s, 1, s.Length - 1);
        sb.Append('e').Append(k >= 0 ? "+" : "-").Append(Math.Abs(k).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    // Stryker disable once Equality : at k = 0 both branches compare num with den
    private static int CompareWithPowerOfTen(BigInteger num, BigInteger den, long k) => k >= 0
        ? num.CompareTo(den * BigInteger.Pow(10, (int)k))
        : (num * BigInteger.Pow(10, (int)-k)).CompareTo(den);

    // ---- arithmetic -----------------------------------------------------------------------------------------------

    private static int CommonDigits(BigReal a, BigReal b) => Math.Min(a.Digits, b.Digits);

    public static BigReal operator -(BigReal a) => new(-a.mantissa, a.exponent, a.digitsOrZero);

    public static BigReal operator +(BigReal a, BigReal b) => Add(a, b, CommonDigits(a, b));

    public static BigReal operator -(BigReal a, BigReal b) => Add(a, -b, CommonDigits(a, b));

    /// <summary>a + b correctly rounded to <paramref name="digits"/> (int.MaxValue: exact).</summary>
    internal static BigReal Add(BigReal a, BigReal b, int digits)
    {
        if (digits == int.MaxValue) return AddExact(a, b);
        var (m, e, sticky) = SumForRounding(a, b, Precision.BitsFor(digits));
        return Round(m, e, sticky, digits);
    }

    private static BigReal AddExact(BigReal a, BigReal b)
    {
        if (a.IsZero) return FromExact(b.mantissa, b.exponent);
        if (b.IsZero) return FromExact(a.mantissa, a.exponent);
        int e = Math.Min(a.exponent, b.exponent);
        return FromExact((a.mantissa << (a.exponent - e)) + (b.mantissa << (b.exponent - e)), e);
    }

    /// <summary>
    /// The sum a + b as m 2^e (+ sticky) ready to be rounded to <paramref name="bits"/>: exact when the operands
    /// overlap; when one lies entirely below the rounding position it only sets the sticky bit.
    /// </summary>
    internal static (BigInteger Mantissa, long Exponent, bool Sticky) SumForRounding(BigReal a, BigReal b, int bits)
    {
        if (a.IsZero) return (b.mantissa, b.exponent, false);
        if (b.IsZero) return (a.mantissa, a.exponent, false);
        long lenA = BigInteger.Abs(a.mantissa).GetBitLength(), lenB = BigInteger.Abs(b.mantissa).GetBitLength();
        long topA = a.exponent + lenA, topB = b.exponent + lenB;
        // Stryker disable once Equality : at a gap of exactly bits + 3 the split below is still exact (|small| < 2^(topBig-bits-3)), so both paths round alike
        if (Math.Abs(topA - topB) > bits + 3)
        {
            // Stryker disable once Equality : topA != topB here (their gap exceeds bits + 3)
            var (big, small, lenBig) = topA > topB ? (a, b, lenA) : (b, a, lenB);
            int k = (int)Math.Max(0, bits + 3 - lenBig);
            var m = BigInteger.Abs(big.mantissa) << k;
            long e = (long)big.exponent - k;
            // |small| = (t + r) 2^e with t an integer and 0 <= r < 1 (t > 0 only when big carries more than bits + 3
            // bits, so that 2^e lies below the rounding position by more than |small|): the sum lies in
            // [m + t, m + t + 1) (same signs) or (m - t - 1, m - t] (opposite signs), exactly at the left/right end iff r = 0.
            var s = BigInteger.Abs(small.mantissa);
            long below = e - small.exponent;
            BigInteger t;
            bool rest;
            if (below <= 0) { t = s << (int)-below; rest = false; }
            else if (below > s.GetBitLength()) { t = BigInteger.Zero; rest = true; }
            else { t = s >> (int)below; rest = !(s - (t << (int)below)).IsZero; }
            if (small.Sign == big.Sign) m += t;
            else { m -= t; if (rest) m -= 1; }
            // Stryker disable once Equality : big is nonzero
            return (big.Sign < 0 ? -m : m, e, rest);
        }
        int emin = Math.Min(a.exponent, b.exponent);
        return ((a.mantissa << (a.exponent - emin)) + (b.mantissa << (b.exponent - emin)), emin, false);
    }

    public static BigReal operator *(BigReal a, BigReal b) => Multiply(a, b, CommonDigits(a, b));

    /// <summary>a b correctly rounded to <paramref name="digits"/> (int.MaxValue: exact).</summary>
    internal static BigReal Multiply(BigReal a, BigReal b, int digits) =>
        Round(a.mantissa * b.mantissa, (long)a.exponent + b.exponent, false, digits);

    public static BigReal operator /(BigReal a, BigReal b)
    {
        if (b.IsZero) throw new DivideByZeroException($"BigReal division of {a.ToString(20)} by a zero divisor.");
        int digits = CommonDigits(a, b);
        if (digits == int.MaxValue)
        {
            if (BigInteger.Abs(b.mantissa).IsOne) return FromExact(a.mantissa * b.mantissa.Sign, (long)a.exponent - b.exponent);
            digits = Precision.DefaultDigits;
        }
        if (a.IsZero) return new BigReal(BigInteger.Zero, 0, StoredDigits(digits));
        return Quotient(a.mantissa, b.mantissa, (long)a.exponent - b.exponent, digits);
    }

    /// <summary>(n / d) 2^e correctly rounded to digits (d != 0).</summary>
    private static BigReal Quotient(BigInteger n, BigInteger d, long e, int digits)
    {
        int bits = Precision.BitsFor(digits);
        var (q, shift, sticky) = DivideToBits(n, d, bits + 2);
        return Round(q, e - shift, sticky, digits);
    }

    /// <summary>q = trunc(n 2^shift / d) with at least <paramref name="bits"/> bits; sticky when the division is inexact.</summary>
    internal static (BigInteger Quotient, long Shift, bool Sticky) DivideToBits(BigInteger n, BigInteger d, int bits)
    {
        // Stryker disable once Arithmetic : d != 0, so d.Sign is +-1 and multiplying and dividing by it agree
        int sign = n.Sign * d.Sign;
        var an = BigInteger.Abs(n);
        var ad = BigInteger.Abs(d);
        long shift = Math.Max(0, bits + 1 - (an.GetBitLength() - ad.GetBitLength()));
        var q = BigInteger.DivRem(an << (int)shift, ad, out var r);
        // Stryker disable once Equality : sign = 0 only for n = 0, where q = 0 = -q
        return (sign < 0 ? -q : q, shift, !r.IsZero);
    }

    /// <summary>The square root, correctly rounded. Throws for a negative value.</summary>
    public BigReal Sqrt()
    {
        if (Sign < 0)
            throw new ArgumentOutOfRangeException("value", ToString(20), "BigReal.Sqrt needs a non-negative argument.");
        if (IsZero) return this;
        int digits = IsExact ? Precision.DefaultDigits : Digits;
        int bits = Precision.BitsFor(digits);
        // m 2^e with e even and m of at least 2(bits + 2) bits, so floor(sqrt(m)) has bits + 2 bits.
        long shift = Math.Max(0, 2L * (bits + 2) - mantissa.GetBitLength());
        // Stryker disable once Arithmetic : exponent - shift and exponent + shift have the same parity
        if (((exponent - shift) & 1) != 0) shift++;
        var m = mantissa << (int)shift;
        var root = FixedPointSeries.ISqrt(m);
        bool sticky = root * root != m;
        if (IsExact && !sticky) return FromExact(root, (exponent - shift) / 2);
        return Round(root, (exponent - shift) / 2, sticky, digits);
    }

    // Stryker disable once Equality : -0 equals 0 with the same precision
    public BigReal Abs() => Sign < 0 ? -this : this;

    public BigReal Conjugate() => this;

    // ---- comparison -----------------------------------------------------------------------------------------------

    public int CompareTo(BigReal other)
    {
        if (Sign != other.Sign) return Sign.CompareTo(other.Sign);
        if (Sign == 0) return 0;
        long topA = exponent + BigInteger.Abs(mantissa).GetBitLength();
        long topB = other.exponent + BigInteger.Abs(other.mantissa).GetBitLength();
        // Stryker disable once Arithmetic : long.CompareTo gives +-1 here, so multiplying and dividing by it agree
        if (topA != topB) return Sign * topA.CompareTo(topB);
        int e = Math.Min(exponent, other.exponent);
        return (mantissa << (exponent - e)).CompareTo(other.mantissa << (other.exponent - e));
    }

    public static bool operator <(BigReal a, BigReal b) => a.CompareTo(b) < 0;
    public static bool operator >(BigReal a, BigReal b) => a.CompareTo(b) > 0;
    public static bool operator <=(BigReal a, BigReal b) => a.CompareTo(b) <= 0;
    public static bool operator >=(BigReal a, BigReal b) => a.CompareTo(b) >= 0;
    public static bool operator ==(BigReal a, BigReal b) => a.Equals(b);
    public static bool operator !=(BigReal a, BigReal b) => !a.Equals(b);

    public static BigReal Min(BigReal a, BigReal b) => a <= b ? a : b;
    public static BigReal Max(BigReal a, BigReal b) => a >= b ? a : b;

    /// <summary>Exact equality of the stored values (the precision labels are not compared).</summary>
    public bool Equals(BigReal other) => mantissa == other.mantissa && (IsZero || exponent == other.exponent);
    public override bool Equals(object? obj) => obj is BigReal r && Equals(r);
    public override int GetHashCode() => IsZero ? 0 : HashCode.Combine(mantissa, exponent);

    // ---- internal access for the matrix kernels ------------------------------------------------------------------

    internal BigInteger Mantissa => mantissa;
    internal int Exponent => exponent;

    /// <summary>Exponent of the leading bit plus one: 2^(t-1) &lt;= |x| &lt; 2^t (int.MinValue for zero).</summary>
    internal long TopExponent => IsZero ? int.MinValue : exponent + BigInteger.Abs(mantissa).GetBitLength();

    /// <summary>floor(x 2^f) (error below one unit when bits are dropped).</summary>
    internal BigInteger ToFixed(int f)
    {
        long s = (long)exponent + f;
        // Stryker disable once Conditional,Equality : a BigInteger shift by a negative count shifts the other way and >> floors, so both outer branches give floor(m 2^s) for every s; the inner guard (reached only at exponent -2^30 with f = 0, which no caller passes) returns that same floor
        return s >= 0 ? mantissa << (int)s : (s < -int.MaxValue / 2 ? (Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : mantissa >> (int)-s);
    }

    /// <summary>v 2^-f rounded to digits.</summary>
    internal static BigReal FromFixed(BigInteger v, int f, int digits) => Round(v, -(long)f, false, digits);
}
