using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// The QET output of an energy-diagonal state rho = sum_n p_n |n&gt;&lt;n| split over eigenstates: E_ext = sum_n p_n E^(n),
/// with E^(n) Bob's output for |n&gt; alone (the protocol is linear in rho). "Highest population rule", seed
/// 002_3d1265a9cee6337c.txt, Sec. 2.1: E_ext ~ p_0 E_gain^(0) + sum_{n&gt;0} p_n E_loss^(n). The deviation from the
/// highest-population term is reported as computed numbers.
/// </summary>
public sealed record EigenstateDecomposition<T>(IReadOnlyList<T> Populations, IReadOnlyList<T> EigenstateOutputs, T DirectOutput) where T : struct, IField<T>
{
    /// <summary>Computes E^(n) by simulating each eigenstate, and E_ext by simulating rho itself (independently).</summary>
    public static EigenstateDecomposition<T> Of(QetHamiltonian<T> hamiltonian, IReadOnlyList<Matrix<T>> projectors, IReadOnlyList<T> populations,
        KrausMeasurement<T> measurement, FeedbackControl<T> feedback)
    {
        if (projectors.Count != populations.Count) throw new ArgumentException("One population per eigenstate.", nameof(populations));
        var outputs = projectors.Select(p => QetProtocol.Run(hamiltonian, p, measurement, feedback).BobOutput).ToList();
        var rho = Matrix<T>.Zero(4, 4);
        for (int n = 0; n < projectors.Count; n++) rho += projectors[n].Scale(populations[n]);
        return new(populations, outputs, QetProtocol.Run(hamiltonian, rho, measurement, feedback).BobOutput);
    }

    /// <summary>sum_n p_n E^(n).</summary>
    public T WeightedSum => Enumerable.Range(0, Populations.Count).Aggregate(T.Zero, (a, n) => a + Populations[n] * EigenstateOutputs[n]);

    /// <summary>The index of the most populated eigenstate.</summary>
    public int HighestPopulationIndex(IScalarContext<T> scalars) =>
        Enumerable.Range(0, Populations.Count).Aggregate((best, n) => scalars.RealPart(Populations[n]) > scalars.RealPart(Populations[best]) ? n : best);

    /// <summary>p_max E^(max): the highest-population term alone.</summary>
    public T HighestPopulationTerm(IScalarContext<T> scalars)
    {
        int n = HighestPopulationIndex(scalars);
        return Populations[n] * EigenstateOutputs[n];
    }

    /// <summary>E_ext - p_max E^(max): what the highest-population rule leaves out.</summary>
    public T DeviationFromHighestPopulationTerm(IScalarContext<T> scalars) => DirectOutput - HighestPopulationTerm(scalars);
}
