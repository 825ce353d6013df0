using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>A system operator X coupled to a reservoir (interaction X (x) B).</summary>
public sealed record ReservoirCoupling(Matrix<BigComplex> SystemOperator, Reservoir Reservoir);

/// <summary>
/// Global (secular) Lindblad generator: jump operators A(omega) = sum_{E_m - E_n = omega} P_n X P_m in the eigenbasis of
/// the full H, with rates gamma(omega) (emission) for A(omega) and the absorption rate for A(omega)^dagger.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 3 (Lindblad form); Breuer-Petruccione Eq. 3.140.
/// </summary>
public static class GlobalLindbladGenerator
{
    public static Matrix<BigComplex> Of(Matrix<BigComplex> hamiltonian, IReadOnlyList<EnergyLevel<BigComplex, BigReal>> levels,
        IReadOnlyList<ReservoirCoupling> couplings, HighPrecisionScalars scalars)
    {
        int digits = scalars.Digits;
        var half = scalars.FromRational(Rational.Half);
        var generator = Liouvillian.Hamiltonian(hamiltonian, scalars.ImaginaryUnit);
        foreach (var coupling in couplings)
        {
            var groups = new List<(BigReal Omega, Matrix<BigComplex> Jump)>();
            for (int n = 0; n < levels.Count; n++)
                for (int m = 0; m < levels.Count; m++)
                {
                    var omega = levels[m].Energy - levels[n].Energy;
                    // Stryker disable once Equality : omega = 0 is skipped by IsNegligible either way, so Sign <= 0 and Sign < 0 agree
                    if (omega.Sign <= 0 || scalars.IsNegligible(omega)) continue;
                    var block = levels[n].Projector * coupling.SystemOperator * levels[m].Projector;
                    // Stryker disable once Statement : a zero block adds a zero jump operator (zero dissipator); the skip only saves work
                    if (IsZero(block, scalars)) continue;
                    int g = groups.FindIndex(x => scalars.IsNegligible(x.Omega - omega));
                    if (g < 0) groups.Add((omega, block));
                    else groups[g] = (groups[g].Omega, groups[g].Jump + block);
                }
            foreach (var (omega, jump) in groups)
            {
                generator += Liouvillian.Dissipator(jump, scalars.FromReal(coupling.Reservoir.EmissionRate(omega, digits)), half);
                generator += Liouvillian.Dissipator(jump.Adjoint(), scalars.FromReal(coupling.Reservoir.AbsorptionRate(omega, digits)), half);
            }
        }
        return generator;
    }

    internal static bool IsZero(Matrix<BigComplex> m, HighPrecisionScalars scalars)
    {
        for (int i = 0; i < m.Rows; i++)
            for (int j = 0; j < m.Cols; j++)
                if (!scalars.IsNegligible(m[i, j])) return false;
        return true;
    }
}
