using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// The seed's closed forms, evaluated as printed (energy units, k_B = 1), for comparison with the simulation.
/// Seed 000_49a452cf4824afd6.txt.
/// </summary>
public static class PaperClosedForms
{
    private static BigReal Information(QuiegParameters q) => BigReal.Ln2(q.WorkingDigits) * q.T * (BigReal.One - q.EntropyBits);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 22: p_a = m - 2 ln2 T (1 - S_m) / (V+ - V-).</summary>
    public static BigReal Pa(QuiegParameters q) =>
        q.Real(q.M) - BigReal.FromInteger(2, q.WorkingDigits) * Information(q) / (q.VPlusReal - q.VMinusReal);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 13: p_b = 1 - p_a.</summary>
    public static BigReal Pb(QuiegParameters q) => BigReal.One - Pa(q);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 11: N_(R to T+) = (m - p_a)/2.</summary>
    public static BigReal ElectronsRToTPlus(QuiegParameters q, BigReal pa) => (q.Real(q.M) - pa) / BigReal.FromInteger(2, q.WorkingDigits);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 12: N_(T- to R) = (p_b - (1 - m))/2.</summary>
    public static BigReal ElectronsTMinusToR(QuiegParameters q, BigReal pb) =>
        (pb - BigReal.One + q.Real(q.M)) / BigReal.FromInteger(2, q.WorkingDigits);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 24: N = ln2 T (1 - S_m) / (V+ - V-).</summary>
    public static BigReal ElectronsPerCycle(QuiegParameters q) => Information(q) / (q.VPlusReal - q.VMinusReal);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 25: qubits per electron (V+ - V-) / (ln2 T (1 - S_m)).</summary>
    public static BigReal QubitsPerElectron(QuiegParameters q) => (q.VPlusReal - q.VMinusReal) / Information(q);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 32: reverse mode, (1 - S_m)/(gamma+ - gamma-).</summary>
    public static BigReal ReverseElectronsPerCycle(QuiegParameters q) => InfoPotential.ElectronsPerCycle(q);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eqs. 34, 36-38: P = B (1 - S_m) ln2 T (energy per unit time).</summary>
    public static BigReal Power(QuiegParameters q, BigReal bitRate) => bitRate * Information(q);

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 17 (branch a, with -W_a the work on F): its value mu (1/2 - m).</summary>
    public static BigReal Eq17(QuiegParameters q, BigReal workOnFBranchA, BigReal pa) =>
        workOnFBranchA + Information(q) + (pa - q.Real(q.M)) * q.VPlusReal + (BigReal.One / BigReal.FromInteger(2, q.WorkingDigits) - pa) * q.Mu;
}
