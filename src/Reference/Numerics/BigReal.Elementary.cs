using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// Elementary functions of <see cref="BigReal"/>. Each is an approximation routine that, asked for w working bits,
/// returns m 2^e within relative error 2^-w of the true value (argument reduction and series carry their own guard
/// bits, see the comments); <see cref="Evaluate"/> then applies Ziv's rounding test at the result's precision p,
/// raising w until rounding the lower and upper error bounds to p bits agree. The result is therefore correctly
/// rounded (or, past 4p + 256 working bits, faithful with error below 1 ulp).
/// </summary>
public readonly partial struct BigReal
{
    private delegate (BigInteger Mantissa, long Exponent) Approximation(int workingBits);

    private int FunctionDigits => IsExact ? Precision.DefaultDigits : Digits;

    private static BigReal Evaluate(Approximation f, int digits)
    {
        int bits = Precision.BitsFor(digits);
        int cap = 4 * bits + 256;
        for (int w = bits + 24; ; w += w / 2)
        {
            var (m, e) = f(w);
            if (m.IsZero) return Round(m, 0, false, digits);
            // Stryker disable once Bitwise : |m| >= 0, so >>> equals >>; << only widens the interval, which delays the return to a more accurate approximation that rounds the same way
            var delta = (BigInteger.Abs(m) >> w) + 1;
            // Stryker disable once Boolean : the true value lies strictly inside (m - delta, m + delta), so rounding an endpoint that sits on a midpoint inward (sticky) cannot make a false agreement; it only costs an iteration
            var lower = RoundToBits(m - delta, e, false, bits);
            // Stryker disable once Boolean : as for the lower bound: a sticky endpoint on a midpoint rounds outward or inward by the side the true value is on, never into a false agreement
            var upper = RoundToBits(m + delta, e, false, bits);
            if (lower == upper || w >= cap) return Round(m, e, false, digits);
        }
    }

    /// <summary>pi to <paramref name="digits"/> significant digits, correctly rounded.</summary>
    public static BigReal Pi(int digits)
    {
        // Stryker disable once Statement : Evaluate calls Precision.BitsFor(digits), which throws the same exception for the same parameter name
        Precision.RequireValid(digits, nameof(digits));
        return Evaluate(w => (FixedPointSeries.Pi(w + 4), -(w + 4)), digits);
    }

    /// <summary>ln 2 to <paramref name="digits"/> significant digits, correctly rounded.</summary>
    public static BigReal Ln2(int digits)
    {
        // Stryker disable once Statement : Evaluate calls Precision.BitsFor(digits), which throws the same exception for the same parameter name
        Precision.RequireValid(digits, nameof(digits));
        return Evaluate(w => (FixedPointSeries.Ln2(w + 4), -(w + 4)), digits);
    }

    /// <summary>Euler's number e to <paramref name="digits"/> significant digits, correctly rounded.</summary>
    public static BigReal E(int digits)
    {
        // Stryker disable once Statement : Evaluate calls Precision.BitsFor(digits), which throws the same exception for the same parameter name
        Precision.RequireValid(digits, nameof(digits));
        return Evaluate(w => (FixedPointSeries.Exp(BigInteger.One << (w + 4), w + 4), -(w + 4)), digits);
    }

    // ---- exp ------------------------------------------------------------------------------------------------------

    /// <summary>e^x, correctly rounded; |x| must be below 10^9 (the result's binary exponent must fit).</summary>
    public BigReal Exp()
    {
        if (IsZero) return One.WithDigits(FunctionDigits);
        var x = this;
        RequireExpArgument(x, "value");
        return Evaluate(w => ExpApproximation(x, w), FunctionDigits);
    }

    private static void RequireExpArgument(BigReal x, string name)
    {
        if (x.TopExponent > 30)
            throw new OverflowException($"exp({name} = {x.ToString(12)}) is outside the BigReal range; |{name}| must be below 1e9.");
    }

    // x = n ln2 + r with |r| <= ln2 (n from a double estimate); ln 2 carries bitlength(n) + 20 extra bits so n ln 2 is
    // good to 2^-(w+19); exp(r) has relative error = absolute error of r plus a few units of the kernel.
    private static (BigInteger, long) ExpApproximation(BigReal x, int w)
    {
        long n = (long)Math.Round(x.ToDouble() / 0.6931471805599453);
        int f = w + 24 + (int)new BigInteger(Math.Abs(n)).GetBitLength();
        var r = x.ToFixed(f) - n * FixedPointSeries.Ln2(f);
        return (FixedPointSeries.Exp(r, f), n - f);
    }

    // ---- log ------------------------------------------------------------------------------------------------------

    /// <summary>The natural logarithm, correctly rounded. Throws for a non-positive value.</summary>
    public BigReal Log()
    {
        if (Sign <= 0)
            throw new ArgumentOutOfRangeException("value", ToString(20), "BigReal.Log needs a positive argument.");
        if (mantissa.IsOne && exponent == 0) return Zero.WithDigits(FunctionDigits);
        var x = this;
        return Evaluate(w => LogApproximation(x, w), FunctionDigits);
    }

    // x = y 2^k with y in [1/sqrt2, sqrt2); log y = 2 atanh z, z = (y-1)/(y+1), |z| <= 0.172, computed with lz(z) extra
    // bits so log y keeps its relative precision when y is near 1; k ln 2 carries bitlength(k) extra bits.
    private static (BigInteger, long) LogApproximation(BigReal x, int w)
    {
        var m = x.mantissa;
        long length = m.GetBitLength();
        // y = m / 2^L with L = length (y in [1/2, 1)) or length - 1 (y in [1, 2)); pick the one in [1/sqrt2, sqrt2).
        long l = length;
        // m / 2^length < 1/sqrt2  <=>  2 m^2 < 2^(2 length)
        if (2 * m * m < BigInteger.One << (int)(2 * length)) l = length - 1;
        long k = x.exponent + l;
        var pow = BigInteger.One << (int)l;
        var num = m - pow;
        var den = m + pow;
        int lz = num.IsZero ? 0 : (int)Math.Max(0, den.GetBitLength() - BigInteger.Abs(num).GetBitLength() + 1);
        int f = w + 24 + lz + (int)new BigInteger(Math.Abs(k)).GetBitLength();
        var z = (num << f) / den;
        var v = FixedPointSeries.LogOfRatio(z, f);
        if (k != 0) v += k * FixedPointSeries.Ln2(f);
        return (v, -f);
    }

    // ---- sin, cos ---------------------------------------------------------------------------------------------------

    /// <summary>The sine (radians), correctly rounded, with exact reduction modulo pi/2 for large arguments.</summary>
    public BigReal Sin()
    {
        if (IsZero) return Zero.WithDigits(FunctionDigits);
        var x = this;
        return Evaluate(w => SinCosApproximation(x, w, sine: true), FunctionDigits);
    }

    /// <summary>The cosine (radians), correctly rounded, with exact reduction modulo pi/2 for large arguments.</summary>
    public BigReal Cos()
    {
        if (IsZero) return One.WithDigits(FunctionDigits);
        var x = this;
        return Evaluate(w => SinCosApproximation(x, w, sine: false), FunctionDigits);
    }

    // x = n pi/2 + r. pi/2 carries top(x) + 30 + extra bits; the error of r is below (|n| + 2) units, and the
    // reduction is repeated with more bits until r has at least w + 16 correct leading bits (x near a multiple of
    // pi/2 cancels; pi is irrational, so this terminates).
    private static (BigInteger, long) SinCosApproximation(BigReal x, int w, bool sine)
    {
        long top = x.TopExponent;
        BigInteger n = BigInteger.Zero;
        BigInteger r;
        int f;
        // Stryker disable once Equality : for 1/2 <= |x| < 1 (top = 0) the reduction branch is exact as well (n = 0 or 1, r kept to w + 16 bits)
        if (top <= 0)
        {
            f = w + 24 + (int)-top;
            r = x.ToFixed(f);
        }
        else
        {
            for (int extra = 0; ; extra += 64)
            {
                f = w + 30 + (int)top + extra;
                // Stryker disable once Bitwise : pi 2^f is positive, >>> equals >>
                var halfPi = FixedPointSeries.Pi(f) >> 1;
                var xf = x.ToFixed(f);
                n = FixedPointSeries.FloorDiv(2 * xf + halfPi, 2 * halfPi);
                r = xf - n * halfPi;
                if (r.GetBitLength() >= top + 2 + w + 16) break;
                extra += (int)Math.Max(0, top + 2 + w + 16 - r.GetBitLength());
            }
        }
        int quadrant = (int)(((n % 4) + 4) % 4);
        bool useSine = sine ? quadrant % 2 == 0 : quadrant % 2 == 1;
        bool negate = sine ? quadrant >= 2 : quadrant is 1 or 2;
        var v = useSine ? FixedPointSeries.Sin(r, f) : FixedPointSeries.Cos(r, f);
        return (negate ? -v : v, -f);
    }

    // ---- tanh -------------------------------------------------------------------------------------------------------

    /// <summary>The hyperbolic tangent, correctly rounded (via (e^2x - 1)/(e^2x + 1) with extra bits near 0).</summary>
    public BigReal Tanh()
    {
        if (IsZero) return Zero.WithDigits(FunctionDigits);
        var x = this;
        return Evaluate(w => TanhApproximation(x, w), FunctionDigits);
    }

    private static (BigInteger, long) TanhApproximation(BigReal x, int w)
    {
        // 1 - |tanh x| = 2/(e^2|x| + 1) < 2^-(w + 4) once |x| > (w + 6) ln2 / 2.
        if (x.TopExponent > 0 && Math.Abs(x.ToDouble()) > (w + 6) * 0.35)
            // Stryker disable once Equality : x is nonzero here (TopExponent > 0)
            return (x.Sign < 0 ? -(BigInteger.One << (w + 8)) : BigInteger.One << (w + 8), -(w + 8));
        long top = x.TopExponent;
        int extra = (int)Math.Max(0, -top) + 8;
        var (m, e) = ExpApproximation(x.ScaleByPowerOfTwo(1), w + extra);
        // e^2x = m 2^e with e < 0 here (m has more than w bits and e^2x < 2^(w+10)).
        var one = BigInteger.One << (int)-e;
        var (q, shift, _) = DivideToBits(m - one, m + one, w + 8);
        return (q, -shift);
    }

    // ---- atan, atan2 ------------------------------------------------------------------------------------------------

    /// <summary>The arctangent in (-pi/2, pi/2), correctly rounded.</summary>
    public BigReal Atan()
    {
        if (IsZero) return Zero.WithDigits(FunctionDigits);
        var x = this;
        return Evaluate(w => AtanApproximation(x, w), FunctionDigits);
    }

    // |x| <= 1: the kernel on x with lz(x) + 30 extra bits; |x| > 1: sign(x) pi/2 - atan(1/x), the two terms never
    // cancel (|result| >= pi/4).
    private static (BigInteger, long) AtanApproximation(BigReal x, int w)
    {
        long top = x.TopExponent;
        if (top <= 0 || (top == 1 && BigInteger.Abs(x.mantissa).IsOne && x.exponent == 0))
        {
            int f = w + 30 + (int)Math.Max(0, -top);
            return (FixedPointSeries.Atan(x.ToFixed(f), f), -f);
        }
        int g = w + 30;
        // 1/x as a fixed-point number: 2^-e / m.
        long s = (long)g - x.exponent;
        var t = s > 0 ? (BigInteger.One << (int)s) / x.mantissa : BigInteger.Zero;
        // Stryker disable once Bitwise : pi 2^g is positive, >>> equals >>
        var halfPi = FixedPointSeries.Pi(g) >> 1;
        var v = halfPi - FixedPointSeries.Atan(BigInteger.Abs(t), g);
        // Stryker disable once Equality : x is nonzero here (Atan returns early for zero; Atan2 passes q = y/x with y nonzero)
        return (x.Sign < 0 ? -v : v, -g);
    }

    /// <summary>
    /// The angle of the point (x, y) in (-pi, pi], correctly rounded: atan(y/x) for x &gt; 0, atan(y/x) +- pi for
    /// x &lt; 0, +-pi/2 on the imaginary axis; Atan2(0, 0) = 0.
    /// </summary>
    public static BigReal Atan2(BigReal y, BigReal x)
    {
        int digits = Math.Min(y.Digits, x.Digits);
        if (digits == int.MaxValue) digits = Precision.DefaultDigits;
        if (y.IsZero && x.Sign >= 0) return Zero.WithDigits(digits);
        return Evaluate(w => Atan2Approximation(y, x, w), digits);
    }

    private static (BigInteger, long) Atan2Approximation(BigReal y, BigReal x, int w)
    {
        int g = w + 30;
        if (x.IsZero)
        {
            // Stryker disable once Bitwise : pi 2^g is positive, >>> equals >>
            var halfPi = FixedPointSeries.Pi(g) >> 1;
            // Stryker disable once Equality : y is nonzero here (Atan2 returns 0 for y = 0, x >= 0)
            return (y.Sign < 0 ? -halfPi : halfPi, -g);
        }
        if (y.IsZero) return (FixedPointSeries.Pi(g), -g);
        var (qm, qshift, _) = DivideToBits(y.mantissa, x.mantissa, w + 40);
        var (rm, re) = RoundToBits(qm, (long)y.exponent - x.exponent - qshift, false, w + 40);
        var q = Round(rm, re, false, int.MaxValue);
        var (am, ae) = AtanApproximation(q, w + 8);
        // Stryker disable once Equality : x is nonzero here (handled above)
        if (x.Sign > 0) return (am, ae);
        // ae = -(fixed bits) of the atan result; add +-pi at the same scale. |result| >= pi/2: no cancellation.
        int f = (int)-ae;
        var pi = FixedPointSeries.Pi(f);
        // Stryker disable once Equality : y is nonzero here (y = 0 returned pi above)
        return (y.Sign >= 0 ? am + pi : am - pi, ae);
    }

    // ---- powers -------------------------------------------------------------------------------------------------------

    /// <summary>x^n for an integer n (binary powering with 2 bitlength(n) + 8 guard bits), correctly rounded; exact for an exact x and n &gt;= 0.</summary>
    public BigReal Pow(int n)
    {
        if (n == 0) return IsExact ? One : One.WithDigits(Digits);
        if (IsZero)
        {
            if (n < 0) throw new DivideByZeroException($"BigReal zero raised to the negative power {n}.");
            return this;
        }
        if (IsExact && n > 0) return FromExact(BigInteger.Pow(mantissa, n), (long)exponent * n);
        var x = this;
        return Evaluate(w => PowerApproximation(x, n, w), FunctionDigits);
    }

    private static (BigInteger, long) PowerApproximation(BigReal x, int n, int w)
    {
        int bits = w + 8 + 2 * (int)new BigInteger(Math.Abs((long)n)).GetBitLength();
        long absN = Math.Abs((long)n);
        BigInteger rm = BigInteger.One, bm = x.mantissa;
        long re = 0, be = x.exponent;
        while (absN > 0)
        {
            // Stryker disable once Boolean : the error budget counts one unit per rounding; rounding a tie up (sticky) stays within that unit
            if ((absN & 1) == 1) (rm, re) = RoundToBits(rm * bm, re + be, false, bits);
            // Stryker disable once Update : absN > 0 here, so >>>= equals >>=
            absN >>= 1;
            // Stryker disable once all : after the last bit the squared base is never used: an extra squaring (>= 0) or a sticky tie (one unit, within the budget) changes nothing
            if (absN > 0) (bm, be) = RoundToBits(bm * bm, be + be, false, bits);
        }
        // Stryker disable once Equality : n = 0 returned in Pow before the powering
        if (n > 0) return (rm, re);
        var (q, shift, _) = DivideToBits(BigInteger.One, rm, bits);
        return (q, -re - shift);
    }

    /// <summary>
    /// x^y = exp(y log x) for x &gt; 0 (log x carries extra bits for the size of y log x); 0^y = 0 for y &gt; 0; a
    /// negative x needs an integer y. Correctly rounded.
    /// </summary>
    public BigReal Pow(BigReal y)
    {
        int digits = Math.Min(Digits, y.Digits);
        if (digits == int.MaxValue) digits = Precision.DefaultDigits;
        if (y.IsZero) return One.WithDigits(digits);
        bool integer = y.exponent >= 0 && y.TopExponent <= 31;
        if (integer) return WithDigits(digits).Pow((int)(y.mantissa << y.exponent));
        if (IsZero)
        {
            if (y.Sign < 0) throw new DivideByZeroException($"BigReal zero raised to the negative power {y.ToString(20)}.");
            return Zero.WithDigits(digits);
        }
        if (Sign < 0)
            throw new ArgumentOutOfRangeException("value", ToString(20),
                $"A negative base needs an integer exponent; got exponent {y.ToString(20)}.");
        var x = this;
        // |y log x| <= |y| (|top(x)| + 1): its bit length is the extra precision log x needs.
        double magnitude = Math.Abs(y.ToDouble()) * (Math.Abs(x.TopExponent) + 1);
        if (!(magnitude < 2e9)) throw new OverflowException($"x^y with x = {x.ToString(12)}, y = {y.ToString(12)} is outside the BigReal range.");
        int extra = (int)Math.Ceiling(Math.Log2(magnitude + 2)) + 8;
        return Evaluate(w =>
        {
            var (lm, le) = LogApproximation(x, w + extra);
            var (tm, te) = RoundToBits(lm * y.mantissa, le + y.exponent, false, w + extra + 4);
            var t = Round(tm, te, false, int.MaxValue);
            RequireExpArgument(t, "y log x");
            return ExpApproximation(t, w + 4);
        }, digits);
    }
}
