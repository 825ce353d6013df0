using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Qet;

/// <summary>
/// The Gibbs state rho = sum_n p_n |n&gt;&lt;n|, p_n = exp(-E_n/T)/Z (k_B = 1), built on the analytic eigenbasis.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.1 (rho_th) and Sec. 2.1 (rho = sum p_n |n&gt;&lt;n|).
/// </summary>
public sealed record GibbsState(BigReal Temperature, IReadOnlyList<BigReal> Populations, IReadOnlyList<EnergyLevel<BigComplex, BigReal>> Levels, Matrix<BigComplex> Density)
{
    public static GibbsState Of(EnergyEigenbasis basis, Rational temperature, int digits)
    {
        if (temperature.Sign <= 0) throw new ParameterOutOfRangeException("T", temperature, "> 0", "the Gibbs state needs a positive temperature (use the ground projector for T = 0)");
        var t = BigReal.FromRational(temperature, digits);
        var levels = basis.Levels(digits);
        // Stryker disable once Arithmetic : a common shift of all energies (E + E_0 instead of E - E_0) cancels in w/Z; subtracting E_0 only keeps the exponents small
        var excitations = levels.Select(l => l.Energy - levels[0].Energy).ToList();
        var weights = excitations.Select(e => (-e / t).Exp()).ToList();
        var z = weights.Aggregate(BigReal.Zero, (a, w) => a + w);
        var populations = weights.Select(w => w / z).ToList();
        var rho = Matrix<BigComplex>.Zero(4, 4);
        for (int n = 0; n < levels.Count; n++) rho += levels[n].Projector.Scale(BigComplex.FromReal(populations[n]));
        return new(t, populations, levels, rho);
    }

    /// <summary>S = -sum_n p_n ln p_n (nats).</summary>
    // Stryker disable once Equality : populations are exp(..)/Z, strictly positive, so p > 0 and p >= 0 select the same terms
    public BigReal Entropy => -Populations.Where(p => p.Sign > 0).Aggregate(BigReal.Zero, (a, p) => a + p * p.Log());
}
