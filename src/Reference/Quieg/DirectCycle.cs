using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// The direct mode of the Quieg (Sec. 4) simulated stage by stage: after the CNOT measurement (Eqs. 1-4) F starts
/// branch a (M = 1, occupation m) or branch b (M = 0, occupation 1 - m), each with probability 1/2; fitting,
/// plunging, levelling and relaxation follow with levels from the inverted Fermi function (Eqs. 5-10).
/// Seed 000_49a452cf4824afd6.txt, Sec. 4.
/// </summary>
public static class DirectCycle
{
    /// <summary>Runs both branches of the direct cycle under <paramref name="protocol"/>.</summary>
    public static DirectCycleResult Run(QuiegParameters q, DirectProtocol protocol)
    {
        var t = q.T;
        var mu = q.Mu;
        var r = new ElectronReservoir(ReservoirName.R, mu);
        var plus = new ElectronReservoir(ReservoirName.TPlus, q.VPlusReal);
        var minus = new ElectronReservoir(ReservoirName.TMinus, q.VMinusReal);
        var m = q.Real(q.M);

        var a = new StageSimulator(t, mu, m);
        Branch(a, "a", q.M, protocol.FitBias, plus, protocol.Pa, protocol.LevelingPa, r, t, protocol.Schedule, q);
        var b = new StageSimulator(t, mu, BigReal.One - m);
        Branch(b, "b", Rational.One - q.M, Rational.One - protocol.FitBias, minus, protocol.Pb, protocol.LevelingPb, r, t, protocol.Schedule, q);
        return new DirectCycleResult(q, protocol, a.Stages, b.Stages);
    }

    private static void Branch(StageSimulator f, string label, Rational occupation, Rational fitOccupation,
        ElectronReservoir terminal, BigReal plungeOccupation, BigReal levelingOccupation, ElectronReservoir r,
        BigReal t, ContactSchedule schedule, QuiegParameters q)
    {
        var plungeLevel = FermiLevel.LevelFor(plungeOccupation, terminal.ChemicalPotential, t);
        if (fitOccupation.IsZero || fitOccupation == Rational.One)
        {
            if (fitOccupation != occupation)
                throw new InvalidOperationException("A fit to an infinite level is only defined for m = 1 itself.");
            f.FitToExtremeThenContact($"{label}.3+{label}.4 fitting to E = {(fitOccupation.IsZero ? "+" : "-")}infinity and plunging (m = 1 limit)",
                terminal, plungeLevel, schedule);
        }
        else
        {
            f.Isolated($"{label}.3 fitting", FermiLevel.LevelFor(q.Real(fitOccupation), terminal.ChemicalPotential, t));
            f.Contact($"{label}.4 plunging", terminal, plungeLevel, schedule);
        }
        f.Isolated($"{label}.5 levelling", FermiLevel.LevelFor(levelingOccupation, r.ChemicalPotential, t));
        f.Contact($"{label}.6 relaxation", r, r.ChemicalPotential, schedule);
    }
}
