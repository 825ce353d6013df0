using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Local Lindblad generator: each qubit relaxes by its own jump operators |1&gt;&lt;0| (Down) and |0&gt;&lt;1| (Up), as if
/// uncoupled, while the coherent part is the full H. Exact when H and the rates are rational. Seed 002_3d1265a9cee6337c.txt,
/// Sec. 3 (Lindblad form with L_alpha, gamma_alpha).
/// </summary>
public static class LocalLindbladGenerator
{
    public static Matrix<T> Of<T>(Matrix<T> hamiltonian, (T Down, T Up) ratesA, (T Down, T Up) ratesB, IScalarContext<T> scalars)
        where T : struct, IField<T>
    {
        T F(Rational r) => scalars.FromRational(r);
        // Stryker disable once Arithmetic : M is applied only to the real Pauli.Minus/Pauli.Plus (Im = 0), so the sign or form of the imaginary term is unobservable
        Matrix<T> M(Matrix<ComplexRational> m) => m.Map(c => F(c.Re) + F(c.Im) * scalars.ImaginaryUnit);
        var half = F(Rational.Half);
        var lowering = M(Pauli.Minus);
        var raising = M(Pauli.Plus);
        return Liouvillian.Hamiltonian(hamiltonian, scalars.ImaginaryUnit)
               + Liouvillian.Dissipator(QetOperators.OnAlice(lowering), ratesA.Down, half)
               + Liouvillian.Dissipator(QetOperators.OnAlice(raising), ratesA.Up, half)
               + Liouvillian.Dissipator(QetOperators.OnBob(lowering), ratesB.Down, half)
               + Liouvillian.Dissipator(QetOperators.OnBob(raising), ratesB.Up, half);
    }

}
