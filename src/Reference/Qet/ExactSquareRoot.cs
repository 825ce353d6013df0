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
        // Stryker disable once Equality,Update : the loop ends at the convergence break (integer Newton converges in far fewer than 200 steps), so the step cap is never reached
        for (int step = 0; step < 200; step++)
        {
            var next = (guess + n / BigInteger.Max(guess, BigInteger.One)) / 2;
            // Stryker disable once Statement,Arithmetic,Equality : "< 1" (break only on a fixed point; Newton may then oscillate between floor and floor + 1 until the cap) and no early break both end within 1 of the root, which the +-2 scan covers; without the early break the loop runs to its cap and guess = next still holds the converged value (only slower); "> 1"/"!" mutants are killed by ExactSquareRootTests
            if (BigInteger.Abs(next - guess) <= 1) { guess = next; break; }
            guess = next;
        }
        // Stryker disable once Equality : the converged guess is within 1 of sqrt(n), so guess + 2 is never the root
        for (var g = BigInteger.Max(guess - 2, BigInteger.Zero); g <= guess + 2; g++)
            if (g * g == n) { root = g; return true; }
        return false;
    }
}
