using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// A two-qubit Hamiltonian split as H = H_A + H_B + V (Alice's local term, Bob's local term, the interaction),
/// over an exact (<see cref="ComplexRational"/>) or arbitrary-precision (<see cref="BigComplex"/>) field.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.1 (H_tot = H_A + H_B + V_AB).
/// </summary>
public sealed record QetHamiltonian<T>(Matrix<T> LocalA, Matrix<T> LocalB, Matrix<T> Interaction) where T : struct, IField<T>
{
    /// <summary>H_tot = H_A + H_B + V.</summary>
    public Matrix<T> Total => LocalA + LocalB + Interaction;

    /// <summary>H_B + V: the part of the energy Bob's local unitary can change.</summary>
    public Matrix<T> BobAndInteraction => LocalB + Interaction;
}
