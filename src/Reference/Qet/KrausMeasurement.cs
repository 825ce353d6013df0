using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Alice's measurement as Kraus operators M_k on the two-qubit space (sum_k M_k^dagger M_k = 1 checked at construction);
/// outcome k happens with p_k = Tr[M_k rho M_k^dagger]. Seed 002_3d1265a9cee6337c.txt, Sec. 1.2 step 1.
/// </summary>
public sealed record KrausMeasurement<T> where T : struct, IField<T>
{
    public IReadOnlyList<Matrix<T>> Operators { get; }

    public KrausMeasurement(IReadOnlyList<Matrix<T>> operators, IScalarContext<T> scalars)
    {
        if (operators.Count == 0) throw new ArgumentException("A measurement needs at least one Kraus operator.", nameof(operators));
        var sum = Matrix<T>.Zero(4, 4);
        foreach (var m in operators)
        {
            if (m.Rows != 4 || m.Cols != 4) throw new ArgumentException($"Kraus operators act on two qubits (4x4), got {m.Rows}x{m.Cols}.", nameof(operators));
            sum += m.Adjoint() * m;
        }
        var residual = sum - Matrix<T>.Identity(4);
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                if (!scalars.IsNegligible(residual[i, j]))
                    throw new ArgumentException($"sum_k M_k^dagger M_k differs from the identity at ({i},{j}) by {residual[i, j]}.", nameof(operators));
        Operators = operators;
    }

    /// <summary>Kraus operators K_k (2x2) acting on Alice's qubit only, embedded as K_k (x) 1.</summary>
    public static KrausMeasurement<T> OnAlice(IReadOnlyList<Matrix<T>> krausOnA, IScalarContext<T> scalars) =>
        new(krausOnA.Select(QetOperators.OnAlice).ToList(), scalars);

    /// <summary>True when sum_k M_k M_k^dagger = 1 too (a unital measurement: it cannot lower a passive state's energy).</summary>
    public bool IsUnital(IScalarContext<T> scalars)
    {
        var sum = Matrix<T>.Zero(4, 4);
        foreach (var m in Operators) sum += m * m.Adjoint();
        var residual = sum - Matrix<T>.Identity(4);
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                if (!scalars.IsNegligible(residual[i, j])) return false;
        return true;
    }
}

/// <summary>Standard measurements of Alice's qubit.</summary>
public static class AliceMeasurements
{
    /// <summary>Projective sx_A measurement: P_mu = (1 + mu sx_A)/2, outcome index 0 is mu = +1, index 1 is mu = -1 (Hotta).</summary>
    public static KrausMeasurement<T> ProjectiveSx<T>(IScalarContext<T> scalars) where T : struct, IField<T>
    {
        var half = scalars.FromRational(Rational.Half);
        var id = Pauli.Identity.Map(c => scalars.FromRational(c.Re));
        var x = Pauli.X.Map(c => scalars.FromRational(c.Re));
        return KrausMeasurement<T>.OnAlice([(id + x).Scale(half), (id - x).Scale(half)], scalars);
    }
}
