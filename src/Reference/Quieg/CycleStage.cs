using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>Isolated (level moved at fixed occupation) or in contact with a reservoir.</summary>
public enum StageKind { Isolated, Contact }

/// <summary>
/// One stage of a Quieg cycle as simulated: level E and occupation p of F at its start and end, the work done on F,
/// the heat drawn from the reservoir, the electrons F received from R, T+ and T- (negative: F gave them), and the
/// entropy produced (Delta S_F - Q/T, nats; zero for a reversible stage). Seed 000_49a452cf4824afd6.txt, Sec. 4-5.
/// </summary>
public sealed record CycleStage(
    string Name,
    StageKind Kind,
    ReservoirName? Reservoir,
    BigReal LevelStart,
    BigReal LevelEnd,
    BigReal OccupationStart,
    BigReal OccupationEnd,
    BigReal WorkOnF,
    BigReal Heat,
    BigReal ElectronsFromR,
    BigReal ElectronsFromTPlus,
    BigReal ElectronsFromTMinus,
    BigReal EntropyProduction)
{
    /// <summary>Electrons F received from the named reservoir in this stage.</summary>
    public BigReal ElectronsFrom(ReservoirName name) => name switch
    {
        ReservoirName.R => ElectronsFromR,
        ReservoirName.TPlus => ElectronsFromTPlus,
        _ => ElectronsFromTMinus,
    };
}
