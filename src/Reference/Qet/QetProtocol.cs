using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// The QET protocol on any initial state: Alice's measurement {M_k}, the classical outcome k sent to Bob, Bob's unitary U_k.
/// rho_1 = sum_k M_k rho M_k^dagger, rho_2 = sum_k U_k M_k rho M_k^dagger U_k^dagger. Seed 002_3d1265a9cee6337c.txt, Sec. 1.2.
/// </summary>
public static class QetProtocol
{
    /// <summary>Runs one round; the seed's Delta E_B = Tr[H_B (rho_2 - rho)] is recorded beside the total energies. Seed Sec. 3.</summary>
    public static QetRun<T> Run<T>(QetHamiltonian<T> hamiltonian, Matrix<T> rho, KrausMeasurement<T> measurement, FeedbackControl<T> feedback)
        where T : struct, IField<T>
    {
        if (measurement.Operators.Count != feedback.Unitaries.Count)
            throw new ArgumentException($"{measurement.Operators.Count} outcomes but {feedback.Unitaries.Count} feedback unitaries.", nameof(feedback));
        if (rho.Rows != 4 || rho.Cols != 4) throw new ArgumentException("rho must be a two-qubit (4x4) density matrix.", nameof(rho));
        var h = hamiltonian.Total;
        var conditional = new List<Matrix<T>>();
        var probabilities = new List<T>();
        var rho1 = Matrix<T>.Zero(4, 4);
        var rho2 = Matrix<T>.Zero(4, 4);
        for (int k = 0; k < measurement.Operators.Count; k++)
        {
            var m = measurement.Operators[k];
            var sigma = m * rho * m.Adjoint();
            conditional.Add(sigma);
            probabilities.Add(sigma.Trace());
            rho1 += sigma;
            var u = feedback.Unitaries[k];
            rho2 += u * sigma * u.Adjoint();
        }
        var seedDelta = (hamiltonian.LocalB * (rho2 - rho)).Trace();
        return new(rho, probabilities, conditional, rho1, rho2, (h * rho).Trace(), (h * rho1).Trace(), (h * rho2).Trace(), seedDelta);
    }

    /// <summary>The pure state |v&gt;&lt;v| of a normalised column vector.</summary>
    public static Matrix<T> PureState<T>(Matrix<T> vector) where T : struct, IField<T> => vector * vector.Adjoint();
}
