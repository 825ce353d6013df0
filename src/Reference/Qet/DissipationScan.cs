using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// E_out of the steady state against the dissipation rate gamma (both reservoirs scaled together), and whether the curve
/// has an interior maximum. Seed 002_3d1265a9cee6337c.txt, Sec. 2.3 ("bell-shaped" E_ext(gamma) with an optimal gamma_opt).
/// </summary>
public sealed record DissipationScan(IReadOnlyList<Rational> Gammas, IReadOnlyList<BigReal> Outputs)
{
    public static DissipationScan Of(OpenQetSystem system, MasterEquationForm form, IReadOnlyList<Rational> gammas, HighPrecisionScalars scalars)
    {
        var outputs = gammas.Select(g => (system with
        {
            ReservoirA = system.ReservoirA.WithGamma(g),
            ReservoirB = system.ReservoirB.WithGamma(g),
        }).SteadyStateOutput(form, scalars).Maximum).ToList();
        return new(gammas, outputs);
    }

    /// <summary>Log-spaced rational grid gamma = 10^(e/perDecade)-like points: p/q from a fixed list per decade.</summary>
    public static IReadOnlyList<Rational> LogGrid(int fromExponent, int toExponent)
    {
        Rational[] mantissas = [1, 2, 5];
        var grid = new List<Rational>();
        for (int e = fromExponent; e <= toExponent; e++)
            foreach (var m in mantissas)
                // Stryker disable once Equality : at e == 0 both branches give 10^0 = 1/10^0 = 1
                grid.Add(m * (e >= 0 ? new Rational(System.Numerics.BigInteger.Pow(10, e)) : new Rational(1, System.Numerics.BigInteger.Pow(10, -e))));
        return grid;
    }

    /// <summary>Index of the largest output.</summary>
    public int ArgMax => Enumerable.Range(0, Outputs.Count).Aggregate((best, i) => Outputs[i] > Outputs[best] ? i : best);

    /// <summary>True when the largest output lies strictly inside the grid and exceeds both end points.</summary>
    // Stryker disable once Equality,Logical : with the first-max ArgMax, Outputs[ArgMax] > Outputs[0] and > Outputs[^1] already imply 0 < ArgMax < Count - 1, so mutants of the index bounds (and >= Outputs[0]) are equivalent; the non-equivalent ones are killed by DissipationScanShapeTests
    public bool HasInteriorMaximum => ArgMax > 0 && ArgMax < Outputs.Count - 1 && Outputs[ArgMax] > Outputs[0] && Outputs[ArgMax] > Outputs[^1];

    /// <summary>
    /// An interior maximum that exceeds both ends by more than the steady states' numerical noise
    /// (10^-(digits - 20) relative to the largest output), so that a flat curve never counts as a bell.
    /// </summary>
    public bool HasSignificantInteriorMaximum(HighPrecisionScalars scalars)
    {
        if (!HasInteriorMaximum) return false;
        var peak = Outputs[ArgMax];
        var noise = peak.Abs() * BigReal.FromRational(new Rational(System.Numerics.BigInteger.One,
            System.Numerics.BigInteger.Pow(10, Math.Max(1, scalars.Digits - 2 * HighPrecisionScalars.GuardDigits))), scalars.Digits);
        return peak - Outputs[0] > noise && peak - Outputs[^1] > noise;
    }
}
