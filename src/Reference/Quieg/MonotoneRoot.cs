using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Root of a continuous function with f(lo) &gt; 0 &gt; f(hi) by the Illinois variant of regula falsi in BigReal,
/// stopped when the bracket is narrower than <c>tolerance</c> (absolute) or f vanishes.
/// </summary>
public static class MonotoneRoot
{
    public static (BigReal Root, int Iterations) Find(Func<BigReal, BigReal> f, BigReal lo, BigReal hi, BigReal tolerance,
        BigReal? flo = null, BigReal? fhi = null)
    {
        var (a, fa) = (lo, flo ?? f(lo));
        var (b, fb) = (hi, fhi ?? f(hi));
        if (fa.Sign <= 0 || fb.Sign >= 0) throw new ArgumentException("The bracket must satisfy f(lo) > 0 > f(hi).");
        int side = 0;
        for (int i = 1; i <= 300; i++)
        {
            var x = (a * fb - b * fa) / (fb - fa);
            var fx = f(x);
            if (fx.IsZero) return (x, i);
            if (fx.Sign > 0)
            {
                if ((x - a).Abs() <= tolerance) return (x, i);
                (a, fa) = (x, fx);
                if (side == 1) fb = fb.ScaleByPowerOfTwo(-1);
                side = 1;
            }
            else
            {
                if ((b - x).Abs() <= tolerance) return (x, i);
                (b, fb) = (x, fx);
                if (side == -1) fa = fa.ScaleByPowerOfTwo(-1);
                side = -1;
            }
            if ((b - a).Abs() <= tolerance) return (x, i);
        }
        throw new InvalidOperationException("Regula falsi did not converge in 300 steps.");
    }
}
