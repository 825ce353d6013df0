using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// Series kernels on fixed-point integers: an integer V with F fractional bits stands for V / 2^F. Every kernel
/// returns its result with an error of at most a few units (2^-F), tracked in the comments; callers add guard bits.
/// </summary>
internal static class FixedPointSeries
{
    /// <summary>floor(sqrt(n)) for n &gt;= 0 (Newton's iteration from an over-estimate).</summary>
    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.Sign < 0) throw new ArgumentOutOfRangeException(nameof(n), "Integer square root of a negative number.");
        if (n < 2) return n;
        long bits = n.GetBitLength();
        var x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            // Stryker disable once Bitwise : x + n/x > 0, where >>> equals >> (the << variant is killed by the ISqrt tests)
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>floor(a / b) for b &gt; 0 (BigInteger division truncates toward zero).</summary>
    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    /// <summary>pi 2^F, error below 2 units: Machin, pi = 16 atan(1/5) - 4 atan(1/239).</summary>
    public static BigInteger Pi(int f)
    {
        const int guard = 24;
        int w = f + guard;
        // Stryker disable once Bitwise : pi 2^w > 0, where >>> equals >>
        return (16 * AtanOfReciprocal(5, w) - 4 * AtanOfReciprocal(239, w)) >> guard;
    }

    /// <summary>ln 2 * 2^F, error below 2 units: ln 2 = 18 arcoth 26 - 2 arcoth 4801 + 8 arcoth 8749.</summary>
    public static BigInteger Ln2(int f)
    {
        const int guard = 24;
        int w = f + guard;
        // Stryker disable once Bitwise : ln 2 2^w > 0, where >>> equals >>
        return (18 * ArcothOf(26, w) - 2 * ArcothOf(4801, w) + 8 * ArcothOf(8749, w)) >> guard;
    }

    // atan(1/k) = sum (-1)^j / ((2j+1) k^(2j+1)); each term truncated by at most one unit.
    private static BigInteger AtanOfReciprocal(int k, int f)
    {
        var power = (BigInteger.One << f) / k;
        var sum = power;
        long k2 = (long)k * k;
        for (int j = 1; ; j++)
        {
            power /= k2;
            var term = power / (2 * j + 1);
            if (term.IsZero) return sum;
            sum = (j & 1) == 1 ? sum - term : sum + term;
        }
    }

    // arcoth(k) = atanh(1/k) = sum 1 / ((2j+1) k^(2j+1)).
    private static BigInteger ArcothOf(int k, int f)
    {
        var power = (BigInteger.One << f) / k;
        var sum = power;
        long k2 = (long)k * k;
        for (int j = 1; ; j++)
        {
            power /= k2;
            var term = power / (2 * j + 1);
            if (term.IsZero) return sum;
            sum += term;
        }
    }

    /// <summary>
    /// exp(r) 2^F for |r| &lt;= 1 given as R = r 2^F. The argument is halved k times, the Taylor series summed and the
    /// result squared k times; k + 16 guard bits absorb the 2^k growth of the relative error in the squarings.
    /// </summary>
    public static BigInteger Exp(BigInteger r, int f)
    {
        // Stryker disable once Linq,Arithmetic : k halvings with k + 16 guard bits are accurate for any k >= 0 (guard grows with k); k only balances series length against squarings, i.e. speed
        int k = Math.Max(2, (int)Math.Sqrt(f / 2.0));
        int guard = k + 16;
        int w = f + guard;
        var x = (r << guard) >> k;
        var one = BigInteger.One << w;
        var sum = one;
        var term = one;
        for (int n = 1; ; n++)
        {
            term = ((term * x) >> w) / n;
            if (term.IsZero) break;
            sum += term;
        }
        // Stryker disable once Bitwise : sum^2 >= 0, where >>> equals >>
        for (int i = 0; i < k; i++) sum = (sum * sum) >> w;
        // Stryker disable once Bitwise : exp(r) 2^w > 0, where >>> equals >>
        return sum >> guard;
    }

    /// <summary>sin(r) 2^F for |r| &lt;= 1 (Taylor series; error a few units).</summary>
    public static BigInteger Sin(BigInteger r, int f)
    {
        // Stryker disable once Bitwise : r^2 >= 0, where >>> equals >>
        var r2 = (r * r) >> f;
        var sum = r;
        var term = r;
        for (int n = 1; ; n++)
        {
            term = -((term * r2) >> f) / ((2L * n) * (2L * n + 1));
            if (term.IsZero) return sum;
            sum += term;
        }
    }

    /// <summary>cos(r) 2^F for |r| &lt;= 1 (Taylor series; error a few units).</summary>
    public static BigInteger Cos(BigInteger r, int f)
    {
        // Stryker disable once Bitwise : r^2 >= 0, where >>> equals >>
        var r2 = (r * r) >> f;
        var one = BigInteger.One << f;
        var sum = one;
        var term = one;
        for (int n = 1; ; n++)
        {
            term = -((term * r2) >> f) / ((2L * n - 1) * (2L * n));
            if (term.IsZero) return sum;
            sum += term;
        }
    }

    /// <summary>
    /// 2 atanh(z) 2^F for |z| &lt;= 1/5 given as Z = z 2^F, i.e. log((1+z)/(1-z)); error a few units.
    /// </summary>
    public static BigInteger LogOfRatio(BigInteger z, int f)
    {
        // Stryker disable once Bitwise : z^2 >= 0, where >>> equals >>
        var z2 = (z * z) >> f;
        var sum = z;
        var power = z;
        for (int j = 1; ; j++)
        {
            power = (power * z2) >> f;
            var term = power / (2 * j + 1);
            if (term.IsZero) return 2 * sum;
            sum += term;
        }
    }

    /// <summary>
    /// atan(t) 2^F for |t| &lt;= 1 given as T = t 2^F. Four half-angle steps t -> t / (1 + sqrt(1 + t^2)) bring |t|
    /// below tan(pi/64) before the Taylor series; the final 2^4 scaling is covered by the caller's guard bits.
    /// </summary>
    public static BigInteger Atan(BigInteger t, int f)
    {
        const int halvings = 4;
        var one = BigInteger.One << f;
        var oneSquared = BigInteger.One << (2 * f);
        for (int i = 0; i < halvings; i++)
            t = (t << f) / (one + ISqrt(oneSquared + t * t));
        // Stryker disable once Bitwise : t^2 >= 0, where >>> equals >>
        var t2 = (t * t) >> f;
        var sum = t;
        var power = t;
        for (int j = 1; ; j++)
        {
            power = (power * t2) >> f;
            var term = power / (2 * j + 1);
            if (term.IsZero) break;
            sum = (j & 1) == 1 ? sum - term : sum + term;
        }
        return sum << halvings;
    }
}
