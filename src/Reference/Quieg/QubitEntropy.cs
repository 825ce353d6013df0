using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>Entropy of rho_M^init = m|0&gt;&lt;0| + (1-m)|1&gt;&lt;1| in bits.</summary>
public static class QubitEntropy
{
    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 19: S_m = -m log2 m - (1-m) log2 (1-m) (0 log 0 = 0).</summary>
    public static BigReal Bits(Rational m, int digits)
    {
        var nats = BigReal.Zero;
        foreach (var q in new[] { m, Rational.One - m })
        {
            if (q.IsZero) continue;
            var x = BigReal.FromRational(q, digits);
            nats -= x * x.Log();
        }
        return nats / BigReal.Ln2(digits);
    }

    /// <summary>Binary entropy of an occupation p in nats (entropy of the single-level fermion F).</summary>
    public static BigReal OccupationNats(BigReal p)
    {
        var s = BigReal.Zero;
        if (p.Sign > 0) s -= p * p.Log();
        var q = BigReal.One - p;
        if (q.Sign > 0) s -= q * q.Log();
        return s;
    }
}
