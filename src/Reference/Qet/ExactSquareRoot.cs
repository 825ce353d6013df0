using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>The square root of a non-negative rational when it is itself rational (both parts perfect squares).</summary>
public static class ExactSquareRoot
{
    public static bool TryOf(Rational x, out Rational root)
    {
        root = Rational.Zero;
        if (x.Sign < 0) return false;
        if (!TryIntegerRoot(x.Numerator, out var p) || !TryIntegerRoot(x.Denominator, out var q)) return false;
        root = new Rational(p, q);
        return true;
    }

    private static bool TryIntegerRoot(BigInteger n, out BigInteger root)
    {
        root = BigInteger.Zero;
        if (n.IsZero) return true;
        var guess = (BigInteger)Math.Sqrt((double)n);
        for (int step = 0; step < 200; step++)
        {
            var next = (guess + n / BigInteger.Max(guess, BigInteger.One)) / 2;
            if (BigInteger.Abs(next - guess) <= 1) { guess = next; break; }
            guess = next;
        }
        for (var g = BigInteger.Max(guess - 2, BigInteger.Zero); g <= guess + 2; g++)
            if (g * g == n) { root = g; return true; }
        return false;
    }
}
