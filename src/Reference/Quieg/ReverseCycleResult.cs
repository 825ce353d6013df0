using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Both branches of the simulated reverse cycle and the exact reset. Work is work done on F; electron counts are
/// averages per cycle. Seed 000_49a452cf4824afd6.txt, Sec. 5, Eq. 32.
/// </summary>
public sealed record ReverseCycleResult(
    QuiegParameters Parameters,
    BigReal Pa,
    IReadOnlyList<CycleStage> BranchC,
    IReadOnlyList<CycleStage> BranchD,
    ResetCnot Reset)
{
    private static readonly BigReal Half = BigReal.One.ScaleByPowerOfTwo(-1);

    private BigReal Average(Func<CycleStage, BigReal> f) =>
        Half * (BranchC.Aggregate(BigReal.Zero, (a, s) => a + f(s)) + BranchD.Aggregate(BigReal.Zero, (a, s) => a + f(s)));

    public BigReal AverageWorkOnF => Average(s => s.WorkOnF);

    /// <summary>Electrons moved from T+ to T- per cycle (Eq. 32): those F takes from T+.</summary>
    public BigReal ElectronsTPlusToTMinus => Average(s => s.ElectronsFromTPlus);

    /// <summary>Electrons F hands to T- per cycle.</summary>
    public BigReal ElectronsIntoTMinus => -Average(s => s.ElectronsFromTMinus);

    public BigReal NetElectronsFromR => Average(s => s.ElectronsFromR);

    public BigReal AverageEntropyProduction => Average(s => s.EntropyProduction);

    /// <summary>Occupation of F at the end of branch c (M = 1) and d (M = 0), before the reset CNOT.</summary>
    public (BigReal C, BigReal D) FinalOccupations => (BranchC[^1].OccupationEnd, BranchD[^1].OccupationEnd);

    public (BigReal C, BigReal D) FinalLevels => (BranchC[^1].LevelEnd, BranchD[^1].LevelEnd);
}
