using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>Which thermo-chemical reservoir F can be put in contact with. Seed 000_49a452cf4824afd6.txt, Sec. 3.</summary>
public enum ReservoirName { R, TPlus, TMinus }

/// <summary>A thermo-chemical reservoir of electrons at the Quieg's temperature. Seed 000_49a452cf4824afd6.txt, Sec. 3.</summary>
public sealed record ElectronReservoir(ReservoirName Name, BigReal ChemicalPotential);
