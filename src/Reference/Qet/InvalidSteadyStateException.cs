using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// The master equation's steady state is not a unique valid density matrix (e.g. Bloch-Redfield outside its weak-coupling
/// domain gives negative populations). Raised instead of computing QET outputs from a non-state.
/// </summary>
public sealed class InvalidSteadyStateException(MasterEquationForm form, int nullSpaceDimension, BigReal mostNegativeMinor)
    : InvalidOperationException($"The {form} steady state is not a unique valid state: null-space dimension {nullSpaceDimension}, " +
                                $"most negative principal minor {mostNegativeMinor.ToString(6)}.")
{
    public MasterEquationForm Form { get; } = form;
    public BigReal MostNegativeMinor { get; } = mostNegativeMinor;
}
