using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>The single level of F in equilibrium with a reservoir of chemical potential mu at temperature T.</summary>
public static class FermiLevel
{
    /// <summary>Seed 000_49a452cf4824afd6.txt, Eqs. 5-10: p = 1 / (1 + exp((E - mu)/T)).</summary>
    public static BigReal Occupation(BigReal level, BigReal mu, BigReal t) =>
        BigReal.One / (BigReal.One + ((level - mu) / t).Exp());

    /// <summary>
    /// The level E at which the equilibrium occupation is p, 0 &lt; p &lt; 1 (Eqs. 5-10 solved for E): the Fermi
    /// function inverted by Newton's method in arbitrary precision from the logit starting point, until the correction
    /// is below 10^-digits relative to T.
    /// </summary>
    public static BigReal LevelFor(BigReal p, BigReal mu, BigReal t)
    {
        if (p.Sign <= 0 || p >= BigReal.One)
            throw new ArgumentOutOfRangeException(nameof(p), p.ToString(10), "An equilibrium occupation in (0, 1) has a finite level; 0 and 1 need E = +-infinity.");
        int digits = Math.Min(p.Digits, t.Digits);
        var level = mu + t * ((BigReal.One - p) / p).Log();
        // Stryker disable once Arithmetic : the logit start is already the exact inverse of the Fermi function to working precision (Newton moved it by 0 at 40 digits for p = 0.3, 0.999, 1e-6, 1/2), so the polishing tolerance changes the cost only
        var tolerance = t.Abs() * BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, digits - 2)), digits);
        // Stryker disable once Equality : the logit start is already the inverse to working precision; the step budget and the stopping test below change the number of polishing steps, not the level
        for (int i = 0; i < 8; i++)
        {
            var f = Occupation(level, mu, t);
            var slope = -f * (BigReal.One - f) / t;
            var step = (f - p) / slope;
            level -= step;
            // Stryker disable once all : stopping earlier or later only changes how many polishing steps run from an already converged logit start
            if (step.Abs() <= tolerance) break;
        }
        return level;
    }

    /// <summary>
    /// T ln(1 + exp(-(E - mu)/T)), the antiderivative (up to sign) of the Fermi occupation over E, evaluated without
    /// overflow: d/dE of minus this is the occupation, so a quasi-static contact step from E_s to E_e costs
    /// G(E_s) - G(E_e). Seed 000_49a452cf4824afd6.txt, Sec. 4 (stages a.4, a.6, b.4, b.6).
    /// </summary>
    public static BigReal GrandPotentialMagnitude(BigReal level, BigReal mu, BigReal t)
    {
        var x = -(level - mu) / t;
        // ln(1 + e^x) = x + ln(1 + e^-x) for x > 0.
        // Stryker disable once Equality : at x = 0 both branches give T ln 2
        return x.Sign > 0 ? t * (x + (BigReal.One + (-x).Exp()).Log()) : t * (BigReal.One + x.Exp()).Log();
    }
}
