using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Bloch-Redfield generator (Born-Markov, no secular approximation, Lamb shift neglected):
/// d rho/dt = -i[H, rho] + sum_alpha (Lambda rho X + X rho Lambda^dagger - X Lambda rho - rho Lambda^dagger X),
/// Lambda = sum_{n,m} gamma(E_m - E_n)/2 P_n X P_m. Its secular part is the global Lindblad generator. It is not of
/// Lindblad form and may produce non-positive steady states: validity is checked and reported by <see cref="SteadyState{T}"/>.
/// Model of arXiv:2511.01518 (MODELS.md, QET); seed 002_3d1265a9cee6337c.txt, Sec. 3.
/// </summary>
public static class BlochRedfieldGenerator
{
    public static Matrix<BigComplex> Of(Matrix<BigComplex> hamiltonian, IReadOnlyList<EnergyLevel<BigComplex, BigReal>> levels,
        IReadOnlyList<ReservoirCoupling> couplings, HighPrecisionScalars scalars)
    {
        int digits = scalars.Digits;
        var half = BigReal.FromRational(Rational.Half, digits);
        var id = Matrix<BigComplex>.Identity(hamiltonian.Rows);
        var generator = Liouvillian.Hamiltonian(hamiltonian, scalars.ImaginaryUnit);
        foreach (var coupling in couplings)
        {
            var x = coupling.SystemOperator;
            var lambda = Matrix<BigComplex>.Zero(x.Rows, x.Cols);
            for (int n = 0; n < levels.Count; n++)
                for (int m = 0; m < levels.Count; m++)
                {
                    var block = levels[n].Projector * x * levels[m].Projector;
                    if (GlobalLindbladGenerator.IsZero(block, scalars)) continue;
                    var omega = levels[m].Energy - levels[n].Energy;
                    if (scalars.IsNegligible(omega))
                        throw new NotSupportedException("A coupling with a zero-frequency component needs gamma(0), which a flat bosonic density lacks.");
                    lambda += block.Scale(scalars.FromReal(coupling.Reservoir.RateAt(omega, digits) * half));
                }
            var lambdaDagger = lambda.Adjoint();
            generator += Liouvillian.Sandwich(lambda, x) + Liouvillian.Sandwich(x, lambdaDagger)
                         - Liouvillian.Sandwich(x * lambda, id) - Liouvillian.Sandwich(id, lambdaDagger * x);
        }
        return generator;
    }
}
