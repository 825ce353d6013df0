using System.Globalization;
using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>An exact rational number p/q on <see cref="BigInteger"/>, always normalised (gcd(p, q) = 1, q &gt; 0).</summary>
public readonly struct Rational : IField<Rational>, IComparable<Rational>
{
    public BigInteger Numerator { get; }
    public BigInteger Denominator => denominatorOrZero.IsZero ? BigInteger.One : denominatorOrZero;

    // default(Rational) must be 0/1; a zero here stands for a denominator of one.
    private readonly BigInteger denominatorOrZero;

    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        _ = normalised;
        Numerator = numerator;
        denominatorOrZero = denominator;
    }

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
            throw new DivideByZeroException($"Rational denominator is zero (numerator {numerator}).");
        // Stryker disable once Equality : the denominator is non-zero here (zero threw above), so < 0 and <= 0 agree
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        // Stryker disable once Logical : g = gcd(p, q) with q != 0 is never zero, so || only adds a division by g = 1
        if (!g.IsOne && !g.IsZero) { numerator /= g; denominator /= g; }
        if (numerator.IsZero) denominator = BigInteger.One;
        Numerator = numerator;
        denominatorOrZero = denominator;
    }

    // Stryker disable once Boolean : the flag only selects the non-normalising constructor; its arguments are already in lowest terms with a positive denominator, so the normalising one stores the same value (speed only)
    public Rational(BigInteger integer) : this(integer, BigInteger.One, true) { }

    public static Rational Zero => default;
    public static Rational One => new(BigInteger.One);
    public static Rational Half => new(BigInteger.One, 2);

    public bool IsZero => Numerator.IsZero;
    public bool IsInteger => Denominator.IsOne;
    public int Sign => Numerator.Sign;

    public static implicit operator Rational(int value) => new(value);
    public static implicit operator Rational(long value) => new(value);
    public static implicit operator Rational(BigInteger value) => new(value);

    // Stryker disable once Conditional : the equal-denominator branch is a shortcut; the general formula gives the same normalised sum
    public static Rational operator +(Rational a, Rational b) =>
        a.Denominator == b.Denominator
            ? new Rational(a.Numerator + b.Numerator, a.Denominator)
            : new Rational(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => a + (-b);
    // Stryker disable once Boolean : the flag only selects the non-normalising constructor; its arguments are already in lowest terms with a positive denominator, so the normalising one stores the same value (speed only)
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator, true);

    public static Rational operator *(Rational a, Rational b)
    {
        // Stryker disable once Logical : with one zero factor the cross-cancelled product below is 0 with denominator 1 as well (gcd(0, q) = q)
        if (a.IsZero || b.IsZero) return Zero;
        // Cross-cancel first so the products stay small.
        var g1 = BigInteger.GreatestCommonDivisor(a.Numerator, b.Denominator);
        var g2 = BigInteger.GreatestCommonDivisor(b.Numerator, a.Denominator);
        // Stryker disable once Boolean : the flag only selects the non-normalising constructor; its arguments are already in lowest terms with a positive denominator, so the normalising one stores the same value (speed only)
        return new Rational((a.Numerator / g1) * (b.Numerator / g2), (a.Denominator / g2) * (b.Denominator / g1), true);
    }

    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero) throw new DivideByZeroException($"Division of {a} by an exact zero.");
        return a * b.Reciprocal();
    }

    public Rational Reciprocal()
    {
        if (IsZero) throw new DivideByZeroException("The reciprocal of an exact zero is undefined.");
        // Stryker disable once Equality,Boolean : zero threw above, so < 0 and <= 0 agree; the flag only selects the non-normalising constructor; its arguments are already in lowest terms with a positive denominator, so the normalising one stores the same value (speed only)
        return Numerator.Sign < 0
            ? new Rational(-Denominator, -Numerator, true)
            : new Rational(Denominator, Numerator, true);
    }

    // Stryker disable once Equality : -0 = 0, so < 0 and <= 0 agree
    public Rational Abs() => Numerator.Sign < 0 ? -this : this;

    public Rational Pow(int exponent)
    {
        if (exponent == int.MinValue)
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "The exponent must lie in [-2^31 + 1, 2^31 - 1].");
        if (exponent < 0) return Reciprocal().Pow(-exponent);
        // Stryker disable once Boolean : the flag only selects the non-normalising constructor; its arguments are already in lowest terms with a positive denominator, so the normalising one stores the same value (speed only)
        return new Rational(BigInteger.Pow(Numerator, exponent), BigInteger.Pow(Denominator, exponent), true);
    }

    public Rational Conjugate() => this;

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    // Stryker disable once Equality : a <= b and a < b differ only when a == b, and equal rationals are identical
    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    // Stryker disable once Equality : a >= b and a > b differ only when a == b, and equal rationals are identical
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>The exact value of a finite double (every double is a dyadic rational).</summary>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only a finite double has an exact rational value.");
        if (value == 0) return Zero;
        long bits = BitConverter.DoubleToInt64Bits(value);
        // Stryker disable once Equality : bits == 0 is +0.0, which returned above
        bool negative = bits < 0;
        // Stryker disable once Bitwise : the mask keeps 11 bits, so an arithmetic or a logical shift gives the same exponent
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        // Stryker disable once Assignment : bit 52 of the 52-bit fraction field is clear, so ^= sets it just as |= does
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger m = negative ? -mantissa : mantissa;
        // Stryker disable once Equality : at exponent 0 both branches give m/1
        return exponent >= 0 ? new Rational(m << exponent) : new Rational(m, BigInteger.One << -exponent);
    }

    /// <summary>
    /// The double nearest to this rational, rounded once (round half to even) at the precision of the result's
    /// binade, subnormals included; magnitudes that round beyond <see cref="double.MaxValue"/> give an infinity.
    /// </summary>
    public double ToDouble()
    {
        if (IsZero) return 0.0;
        // Stryker disable once Equality : zero returned above, so < 0 and <= 0 agree
        bool negative = Numerator.Sign < 0;
        var n = BigInteger.Abs(Numerator);
        var d = Denominator;
        // e = floor(log2(n/d)): n/d lies in [2^(b-1), 2^(b+1)) with b the bit-length difference.
        long e = (long)n.GetBitLength() - (long)d.GetBitLength();
        // Stryker disable once Equality,Conditional : at e = 0 both branches compare n < d; for e > 0 the second branch is a right shift (BigInteger << -e) and floor(n/2^e) < d iff n < d 2^e; at n/d = 2^e exactly, e one too low only adds a guard bit to an exact quotient (same double, and 2^1024 still scales to infinity)
        bool below = e >= 0 ? n < (d << (int)e) : (n << (int)-e) < d;
        if (below) e--;
        if (e > 1023) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        // Stryker disable once Equality : at e = -1076 the value is below half the smallest subnormal and the rounding below also gives a signed zero
        if (e < -1076) return negative ? -0.0 : 0.0;
        // One rounding, to an integer multiple of the unit in the last place of the target binade.
        long ulp = Math.Max(e - 52, -1074);
        // Stryker disable once Equality : a shift by ulp = 0 changes nothing
        var num = ulp < 0 ? n << (int)-ulp : n;
        // Stryker disable once Equality : a shift by ulp = 0 changes nothing
        var den = ulp > 0 ? d << (int)ulp : d;
        var q = BigInteger.DivRem(num, den, out var remainder);
        int half = (remainder << 1).CompareTo(den);
        if (half > 0 || (half == 0 && !q.IsEven)) q += 1;
        double result = Math.ScaleB((double)q, (int)ulp);
        return negative ? -result : result;
    }

    /// <summary>The largest |decimal exponent| <see cref="TryParse"/> accepts (far beyond any physical quantity).</summary>
    public const int MaxDecimalExponent = 100_000;

    /// <summary>Parses "p", "p/q" or a decimal such as "-1.25e-3", exactly.</summary>
    public static Rational Parse(string text)
    {
        if (TryParse(text, out var r)) return r;
        throw new FormatException($"'{text}' is not a rational number (expected p, p/q or a decimal such as 1.5e-3).");
    }

    public static bool TryParse(string? text, out Rational value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        int slash = text.IndexOf('/');
        // Stryker disable once Equality : a leading '/' fails either way (BigInteger.TryParse rejects both "" and "/...")
        if (slash >= 0)
        {
            if (!BigInteger.TryParse(text[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)) return false;
            if (!BigInteger.TryParse(text[(slash + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var q) || q.IsZero) return false;
            value = new Rational(p, q);
            return true;
        }
        int e = text.IndexOfAny(['e', 'E']);
        int exp10 = 0;
        string mantissa = text;
        // Stryker disable once Equality : a leading 'e' fails either way (empty mantissa, or BigInteger.TryParse rejects "e...")
        if (e >= 0)
        {
            if (!int.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp10)) return false;
            mantissa = text[..e];
        }
        int dot = mantissa.IndexOf('.');
        if (dot >= 0)
        {
            exp10 -= mantissa.Length - dot - 1;
            mantissa = mantissa.Remove(dot, 1);
        }
        // Stryker disable once Logical,String : BigInteger.TryParse below rejects "", "-" and "+" as well; this guard states the intent
        if (mantissa.Length == 0 || mantissa is "-" or "+") return false;
        if (!BigInteger.TryParse(mantissa, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var digits)) return false;
        // A decimal exponent beyond MaxDecimalExponent is refused: 10^(2^31) would exhaust memory on untrusted input.
        if (Math.Abs((long)exp10) > MaxDecimalExponent) return false;
        // Stryker disable once Equality : at exp10 = 0 both branches give digits/1
        value = exp10 >= 0 ? new Rational(digits * BigInteger.Pow(10, exp10)) : new Rational(digits, BigInteger.Pow(10, -exp10));
        return true;
    }

    public override string ToString() => IsInteger ? Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
