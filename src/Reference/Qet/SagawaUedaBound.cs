using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// The information bound W_ext &lt;= -Delta F + k_B T I_QC (seed 002_3d1265a9cee6337c.txt, Sec. 1.3) for one QET round.
/// Premises under which it is a theorem here (stated, and enforced by <see cref="Evaluate"/>):
/// (1) the initial state is the Gibbs state of H at temperature T; (2) H is the same before and after (cyclic), so
/// Delta F = 0; (3) the measurement is efficient, Kraus K_k (x) 1 with rank-one K_k; (4) the feedback is unitary;
/// (5) W_ext is the NET work, Tr[H rho] - Tr[H rho_2] = E_B - E_A, and I_QC is about the measured system AB.
/// Proof: Tr[H rho_2] - T S(rho_2) &gt;= F_eq and S(rho_2) &gt;= sum_k p_k S(rho_k) (concavity) give W &lt;= T I_QC(M:AB).
/// The seed's own reading (Bob's output E_B against T I_QC(M:B)) is evaluated beside it and may fail: that is a finding.
/// </summary>
public sealed record SagawaUedaBound(
    BigReal Temperature,
    BigReal EnergyInjected,
    BigReal BobOutput,
    BigReal InformationAboutWholeSystem,
    BigReal InformationAboutBob)
{
    /// <summary>W_net = E_B - E_A.</summary>
    public BigReal NetWork => BobOutput - EnergyInjected;

    /// <summary>T I_QC(M:AB) - W_net (&gt;= 0 under the premises).</summary>
    public BigReal SlackOfNetWorkBound => Temperature * InformationAboutWholeSystem - NetWork;

    /// <summary>T I_QC(M:B) - E_B: the seed's reading with Bob's output alone (not a theorem; negative = violated).</summary>
    public BigReal SlackOfSeedReading => Temperature * InformationAboutBob - BobOutput;

    /// <summary>Runs the protocol on the Gibbs state and evaluates both readings of the bound.</summary>
    public static SagawaUedaBound Evaluate(QetHamiltonian<BigComplex> hamiltonian, GibbsState gibbs, KrausMeasurement<BigComplex> measurement,
        FeedbackControl<BigComplex> feedback, HighPrecisionScalars scalars)
    {
        var h = hamiltonian.Total;
        foreach (var level in gibbs.Levels)
        {
            var residual = h * level.Projector - level.Projector.Scale(BigComplex.FromReal(level.Energy));
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 4; j++)
                    if (!scalars.IsNegligible(residual[i, j]))
                        throw new ArgumentException("Premise (1) fails: the state is not the Gibbs state of this Hamiltonian.", nameof(gibbs));
        }
        var run = QetProtocol.Run(hamiltonian, gibbs.Density, measurement, feedback);
        return new(gibbs.Temperature, run.EnergyInjected.Re, run.BobOutput.Re,
            QcMutualInformation.AboutWholeSystem(gibbs.Density, gibbs.Entropy, measurement, scalars),
            QcMutualInformation.AboutBob(gibbs.Density, measurement, scalars.Digits));
    }
}
