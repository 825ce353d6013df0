using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Everything one QET round produces, by simulation: outcome probabilities, the conditional (unnormalised) states
/// M_k rho M_k^dagger, the post-measurement state, the post-feedback state, and the energies of each stage.
/// Energy bookkeeping: E_final - E_initial = EnergyInjected - BobOutput, with EnergyInjected the work done by Alice's
/// measurement and BobOutput the work Bob's feedback extracts. Seed 002_3d1265a9cee6337c.txt, Sec. 1.2 and Sec. 3.
/// </summary>
public sealed record QetRun<T>(
    Matrix<T> InitialState,
    IReadOnlyList<T> Probabilities,
    IReadOnlyList<Matrix<T>> ConditionalStates,
    Matrix<T> PostMeasurementState,
    Matrix<T> FinalState,
    T EnergyInitial,
    T EnergyAfterMeasurement,
    T EnergyFinal,
    T SeedDeltaEB) where T : struct, IField<T>
{
    /// <summary>E_A = Tr[H rho_1] - Tr[H rho]: energy injected by Alice's measurement.</summary>
    public T EnergyInjected => EnergyAfterMeasurement - EnergyInitial;

    /// <summary>E_B = Tr[H rho_1] - Tr[H rho_2]: energy Bob's feedback extracts (Hotta's E_B; positive = teleported out).</summary>
    public T BobOutput => EnergyAfterMeasurement - EnergyFinal;

    /// <summary>Tr[H rho] - Tr[H rho_2] = E_B - E_A: the net work the whole protocol extracts.</summary>
    public T NetWorkExtracted => EnergyInitial - EnergyFinal;
}
