using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// A fully spin-polarised lead as a spin reservoir (generalised Gibbs state, Eqs. 27-31) with the energy term discarded
/// (Eq. 32): its filling f = 1/(1 + e^(-beta (mu + sigma m))). The rates of Eq. 12 follow as T^- = Gamma f (electron in)
/// and T^+ = Gamma (1 - f) (electron out), the standard sequential-tunnelling form; the seed defers the exact
/// expressions to its Supplemental Material, which we do not have, so this mapping is an assumption of the oracle.
/// Seed 004_a075f79c977e5cdb.txt, Eqs. 27-32.
/// </summary>
public sealed record SpinBiasReservoir
{
    public BigReal Beta { get; }
    public BigReal ChemicalPotential { get; }
    public BigReal SpinPotential { get; }
    public int Sigma { get; }

    /// <summary>sigma = +1 for the left lead (spin up, Eq. 32 first line: mu_L + m_L), -1 for the right lead (spin down: mu_R - m_R).</summary>
    public SpinBiasReservoir(BigReal beta, BigReal chemicalPotential, BigReal spinPotential, int sigma)
    {
        if (beta.Sign <= 0) throw new ParameterOutOfRangeException("beta", beta.ToString(10), "> 0", "inverse temperature of the lead");
        if (sigma != 1 && sigma != -1) throw new ParameterOutOfRangeException("sigma", sigma, "{-1, +1}");
        Beta = beta;
        ChemicalPotential = chemicalPotential;
        SpinPotential = spinPotential;
        Sigma = sigma;
    }

    /// <summary>&lt;n&gt; = 1/(1 + e^(-beta (mu + sigma m))). Seed 004_a075f79c977e5cdb.txt, Eq. 32.</summary>
    public BigReal Filling()
    {
        var exponent = -(Beta * (ChemicalPotential + (Sigma > 0 ? SpinPotential : -SpinPotential)));
        return BigReal.One / (BigReal.One + exponent.Exp());
    }

    /// <summary>(T^-, T^+) = (Gamma f, Gamma (1 - f)) for a bare tunnelling rate Gamma. Seed 004_a075f79c977e5cdb.txt, Eqs. 12 and 32.</summary>
    public (BigReal ElectronIn, BigReal ElectronOut) Rates(BigReal bareRate)
    {
        var f = Filling();
        return (bareRate * f, bareRate * (BigReal.One - f));
    }

    /// <summary>The effective potential mu + sigma m = T ln(T^- / T^+) that rates imply under this mapping (inverse of <see cref="Rates"/>).</summary>
    public static BigReal EffectivePotential(BigReal temperature, BigReal electronIn, BigReal electronOut) =>
        temperature * (electronIn / electronOut).Log();
}
