using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// The reverse mode (Sec. 5) simulated stage by stage from F in rho_F^init at E_0 = mu: M (maximally mixed) is
/// projected; branch c (M = 1) runs a.6, a.5, a.4, a.3 backwards (c.2 polarisation with R to E_2, c.3 adjustment to
/// E_a, c.4 extraction with T+ to E_1, c.5 zeroing), branch d (M = 0) the b stages backwards with T-; then the reset
/// CNOT (exact, <see cref="ResetCnot"/>). Seed 000_49a452cf4824afd6.txt, Sec. 5, Eqs. 29-32.
/// </summary>
public static class ReverseCycle
{
    /// <summary>Runs both branches with p_a (and p_b = 1 - p_a, Eq. 13) and applies the reset CNOT.</summary>
    public static ReverseCycleResult Run(QuiegParameters q, BigReal pa)
    {
        var t = q.T;
        var mu = q.Mu;
        var r = new ElectronReservoir(ReservoirName.R, mu);
        var plus = new ElectronReservoir(ReservoirName.TPlus, q.VPlusReal);
        var minus = new ElectronReservoir(ReservoirName.TMinus, q.VMinusReal);
        var half = BigReal.One / BigReal.FromInteger(2, q.WorkingDigits);
        var c = new StageSimulator(t, mu, half);
        Branch(c, "c", pa, q.M, plus, r, t, q);
        var d = new StageSimulator(t, mu, half);
        Branch(d, "d", BigReal.One - pa, Rational.One - q.M, minus, r, t, q);
        var reset = ResetCnot.Of(Rational.One - q.M, q.M);
        return new ReverseCycleResult(q, pa, c.Stages, d.Stages, reset);
    }

    private static void Branch(StageSimulator f, string label, BigReal plungeOccupation, Rational finalOccupation,
        ElectronReservoir terminal, ElectronReservoir r, BigReal t, QuiegParameters q)
    {
        f.Contact($"{label}.2 polarisation", r, FermiLevel.LevelFor(plungeOccupation, r.ChemicalPotential, t), ContactSchedule.QuasiStatic);
        f.Isolated($"{label}.3 adjustment", FermiLevel.LevelFor(plungeOccupation, terminal.ChemicalPotential, t));
        if (finalOccupation.IsZero || finalOccupation == Rational.One)
            f.ContactToExtremeThenIsolated($"{label}.4+{label}.5 extraction to E = {(finalOccupation.IsZero ? "+" : "-")}infinity and zeroing (m = 1 limit)",
                terminal, !finalOccupation.IsZero, r.ChemicalPotential);
        else
        {
            f.Contact($"{label}.4 extraction", terminal, FermiLevel.LevelFor(q.Real(finalOccupation), terminal.ChemicalPotential, t), ContactSchedule.QuasiStatic);
            f.Isolated($"{label}.5 zeroing", r.ChemicalPotential);
        }
    }
}
