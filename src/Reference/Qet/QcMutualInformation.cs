using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// QC-mutual information of Alice's measurement. The seed's form, about Bob: I_QC(M:B) = S(rho_B) - sum_k p_k S(rho_B^(k))
/// (seed 002_3d1265a9cee6337c.txt, Sec. 1.3). Sagawa-Ueda's form, about the measured system AB:
/// I_QC(M:AB) = S(rho_AB) - sum_k p_k S(rho_AB^(k)), evaluated here for Kraus operators K_k (x) 1 with K_k of rank one,
/// where the conditional states are products |phi_k&gt;&lt;phi_k| (x) rho_B^(k) and S(rho_AB^(k)) = S(rho_B^(k)).
/// </summary>
public static class QcMutualInformation
{
    private static readonly int[] Dims = [2, 2];

    /// <summary>I_QC(M:B), seed Sec. 1.3.</summary>
    public static BigReal AboutBob(Matrix<BigComplex> rho, KrausMeasurement<BigComplex> measurement, int digits)
    {
        var sum = BigReal.Zero;
        foreach (var m in measurement.Operators)
        {
            var sigma = m * rho * m.Adjoint();
            var p = sigma.Trace().Re;
            // Stryker disable once Equality : p.IsZero || p.Sign <= 0 is the same test; p.Sign > 0 is killed by QcMutualInformationValueTests
            if (p.IsZero || p.Sign < 0) continue;
            sum += p * QubitEntropy.Of(sigma.ReducedTo(Dims, 1), digits);
        }
        return QubitEntropy.Of(rho.ReducedTo(Dims, 1), digits) - sum;
    }

    /// <summary>
    /// I_QC(M:AB) given S(rho_AB) (e.g. the Gibbs entropy). Premise (checked): every Kraus operator is K_k (x) 1 with
    /// det K_k = 0, so each conditional state is pure on A.
    /// </summary>
    public static BigReal AboutWholeSystem(Matrix<BigComplex> rho, BigReal entropyOfRho, KrausMeasurement<BigComplex> measurement, HighPrecisionScalars scalars)
    {
        var sum = BigReal.Zero;
        foreach (var m in measurement.Operators)
        {
            var k = Matrix<BigComplex>.Create(2, 2, (a, b) => m[2 * a, 2 * b]);
            var residual = m - QetOperators.OnAlice(k);
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 4; j++)
                    if (!scalars.IsNegligible(residual[i, j]))
                        throw new ArgumentException("I_QC(M:AB) is evaluated only for Kraus operators acting on Alice alone.", nameof(measurement));
            if (!scalars.IsNegligible(DensityMatrixValidity.Determinant(k)))
                throw new ArgumentException("I_QC(M:AB) is evaluated only for rank-one Kraus operators on Alice (conditional states pure on A).", nameof(measurement));
            var sigma = m * rho * m.Adjoint();
            var p = sigma.Trace().Re;
            // Stryker disable once Equality : p.IsZero || p.Sign <= 0 is the same test; p.Sign > 0 is killed by QcMutualInformationValueTests
            if (p.IsZero || p.Sign < 0) continue;
            sum += p * QubitEntropy.Of(sigma.ReducedTo(Dims, 1), scalars.Digits);
        }
        return entropyOfRho - sum;
    }
}
