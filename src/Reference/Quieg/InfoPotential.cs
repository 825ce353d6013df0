using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>Info-potentials: bits of qubit entropy per electron. Seed 000_49a452cf4824afd6.txt, Eqs. 26-28.</summary>
public static class InfoPotential
{
    /// <summary>Seed 000_49a452cf4824afd6.txt, Eqs. 26-27: gamma = mu / (ln2 k_B T).</summary>
    public static BigReal Of(BigReal chemicalPotential, BigReal temperature) =>
        chemicalPotential / (BigReal.Ln2(Math.Min(chemicalPotential.Digits, temperature.Digits)) * temperature);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 28: N = (1 - S_m) / (gamma+ - gamma-).</summary>
    public static BigReal ElectronsPerCycle(QuiegParameters q) =>
        (BigReal.One - q.EntropyBits) / (Of(q.VPlusReal, q.T) - Of(q.VMinusReal, q.T));
}
