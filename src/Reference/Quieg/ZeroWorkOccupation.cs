using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// The oracle's p_a: the plunge occupation at which the simulated direct cycle (with p_b = 1 - p_a, Eq. 13) does no
/// average work, found by regula falsi on the simulation (never taken from Eq. 22), to 10^-(working digits - 4) m.
/// Seed 000_49a452cf4824afd6.txt, Eqs. 21-23.
/// </summary>
public static class ZeroWorkOccupation
{
    /// <summary>p_a with zero average work in the direct cycle under <paramref name="schedule"/>.</summary>
    public static (BigReal Pa, int Iterations) Solve(QuiegParameters q, ContactSchedule schedule) =>
        Solve(q, pa => DirectCycle.Run(q, DirectProtocol.Reversible(q, pa).WithSchedule(schedule)).AverageWorkOnF);

    /// <summary>p_a with zero average work in the reverse cycle (Eq. 35's p'_a).</summary>
    public static (BigReal Pa, int Iterations) SolveReverse(QuiegParameters q) =>
        Solve(q, pa => -ReverseCycle.Run(q, pa).AverageWorkOnF);

    /// <summary>Root on (0, m] of a work function W(p_a) with W(0+) &gt; 0 &gt;= W(m).</summary>
    public static (BigReal Pa, int Iterations) Solve(QuiegParameters q, Func<BigReal, BigReal> work)
    {
        int w = q.WorkingDigits;
        var m = q.Real(q.M);
        var tolerance = m * BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, w - 4)), w);
        var hi = q.M == Rational.One ? BigReal.One - BigReal.One.WithDigits(w).ScaleByPowerOfTwo(-150) : m;
        var whi = work(hi);
        if (whi.Sign >= 0) return (hi, 0);
        var lo = m.ScaleByPowerOfTwo(-60);
        var wlo = work(lo);
        for (int i = 0; i < 40 && wlo.Sign <= 0; i++)
        {
            lo = lo.ScaleByPowerOfTwo(-200);
            wlo = work(lo);
        }
        if (wlo.Sign <= 0) throw new InvalidOperationException("No zero-work p_a in (0, m): Eq. 45 is violated.");
        return MonotoneRoot.Find(work, lo, hi, tolerance, wlo, whi);
    }

    /// <summary>
    /// The oracle's p_b for a given p_a: the occupation at which F exchanges no net electrons with R per cycle
    /// (the requirement that Eqs. 11 and 12 be equal, which the paper writes as Eq. 13). Seed 000_49a452cf4824afd6.txt, Eq. 13.
    /// </summary>
    public static (BigReal Pb, int Iterations) SolvePb(QuiegParameters q, BigReal pa)
    {
        int w = q.WorkingDigits;
        var tiny = BigReal.One.WithDigits(w).ScaleByPowerOfTwo(-150);
        // Stryker disable once Arithmetic : a tighter stopping tolerance (10^-(w+4)) only adds polishing steps; regula falsi still stops on its stagnation tests with a root at least as accurate as the stated 10^-(w-4) (checked by hand on the m = 3/4 test)
        var tolerance = BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, w - 4)), w);
        BigReal F(BigReal pb) => DirectCycle.Run(q, new DirectProtocol(pa, pb, q.M, pa, pb, ContactSchedule.QuasiStatic)).NetElectronsFromR;
        return MonotoneRoot.Find(F, tiny, BigReal.One - tiny, tolerance);
    }
}
