using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Strong local passivity: no unitary U_B on Bob alone lowers the energy, Tr[H U_B rho U_B^dagger] - Tr[H rho] &gt;= 0.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.1 (Passivity, Delta E_B &lt;= 0 extractable without Alice's help).
/// </summary>
public static class LocalPassivity
{
    /// <summary>The energy change Tr[H (U_B rho U_B^dagger - rho)] caused by a unitary U_B (2x2) on Bob's qubit.</summary>
    public static T EnergyChange<T>(QetHamiltonian<T> hamiltonian, Matrix<T> rho, Matrix<T> unitaryOnBob) where T : struct, IField<T>
    {
        var u = QetOperators.OnBob(unitaryOnBob);
        var h = hamiltonian.Total;
        return (h * (u * rho * u.Adjoint() - rho)).Trace();
    }
}
