namespace QTherm.Reference.Qet;

/// <summary>Which master equation couples the two qubits to their reservoirs.</summary>
public enum MasterEquationForm
{
    /// <summary>Each qubit relaxes through its own local jump operators (valid for weak inter-qubit coupling).</summary>
    LocalLindblad,

    /// <summary>Secular Lindblad form in the eigenbasis of the full H.</summary>
    GlobalLindblad,

    /// <summary>Bloch-Redfield without the secular approximation (not completely positive in general).</summary>
    BlochRedfield,
}
