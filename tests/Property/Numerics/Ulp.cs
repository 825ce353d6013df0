using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Exact error measures for checking rounding: unit in the last place of a p-bit number, relative errors.</summary>
internal static class Ulp
{
    /// <summary>t with 2^(t-1) &lt;= |q| &lt; 2^t, q != 0.</summary>
    public static long TopExponent(Rational q)
    {
        var n = BigInteger.Abs(q.Numerator);
        var d = q.Denominator;
        long t = (long)n.GetBitLength() - (long)d.GetBitLength() + 1;
        // now 2^(t-2) < |q| < 2^t; settle the last bit exactly.
        if (Compare(n, d, t - 1) < 0) t--;
        return t;
    }

    // sign of n/d - 2^k
    private static int Compare(BigInteger n, BigInteger d, long k) =>
        k >= 0 ? n.CompareTo(d << (int)k) : (n << (int)-k).CompareTo(d);

    /// <summary>One unit in the last place of a number of magnitude |q| stored with the binary precision of digits.</summary>
    public static Rational Of(Rational q, int digits)
    {
        long e = TopExponent(q) - Precision.BitsFor(digits);
        return e >= 0 ? new Rational(BigInteger.One << (int)e) : new Rational(BigInteger.One, BigInteger.One << (int)-e);
    }

    /// <summary>|a - b| / |b| as a double (b != 0), exact up to the final conversion.</summary>
    public static double RelativeError(BigReal a, BigReal b) =>
        ((a.ToRational() - b.ToRational()).Abs() / b.ToRational().Abs()).ToDouble();

    /// <summary>10^-k as a double.</summary>
    public static double Tenth(int k) => Math.Pow(10, -k);
}
