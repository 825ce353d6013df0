namespace QTherm.Reference.Numerics;

/// <summary>
/// The Lindblad generator as a matrix on column-stacked density matrices, vec(d rho/dt) = L vec(rho), built exactly
/// from vec(A X B) = (B^T (x) A) vec X. Its null space holds the steady states.
/// </summary>
public static class LindbladGenerator
{
    /// <summary>
    /// L = -i (I (x) H - H^T (x) I) + sum_k gamma_k (conj(L_k) (x) L_k - 1/2 I (x) L_k^dagger L_k - 1/2 (L_k^dagger L_k)^T (x) I),
    /// the vectorised d rho/dt = -i[H, rho] + sum_k gamma_k D[L_k](rho), D[c](rho) = c rho c^dagger - {c^dagger c, rho}/2.
    /// Seed 004_a075f79c977e5cdb.txt, Eq. 12 (dissipator D defined below it); seed 002_3d1265a9cee6337c.txt, Sec. 3.
    /// </summary>
    public static Matrix<ComplexRational> Of(Matrix<ComplexRational> hamiltonian, IEnumerable<JumpOperator> jumps)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        ArgumentNullException.ThrowIfNull(jumps);
        if (!hamiltonian.IsHermitian())
            throw new ArgumentException($"The Hamiltonian must be Hermitian ({hamiltonian.Rows}x{hamiltonian.Cols} given).", nameof(hamiltonian));
        int d = hamiltonian.Rows;
        var identity = Matrix<ComplexRational>.Identity(d);
        var minusI = -ComplexRational.I;
        var generator = minusI * (identity.Kron(hamiltonian) - hamiltonian.Transpose().Kron(identity));
        var half = new ComplexRational(Rational.Half);
        foreach (var jump in jumps)
        {
            var l = jump.Operator;
            if (l.Rows != d)
                throw new ArgumentException($"A {l.Rows}x{l.Cols} jump operator does not act on the {d}-dimensional space of the Hamiltonian.", nameof(jumps));
            // Stryker disable once Statement : a zero rate multiplies the dissipator by an exact rational zero; skipping it only saves work
            if (jump.Rate.IsZero) continue;
            var number = l.Adjoint() * l;
            var dissipator = l.Map(z => z.Conjugate()).Kron(l)
                             - half * identity.Kron(number)
                             - half * number.Transpose().Kron(identity);
            generator += new ComplexRational(jump.Rate) * dissipator;
        }
        return generator;
    }

    /// <summary>The right-hand side -i[H, rho] + sum_k gamma_k D[L_k](rho) applied directly (for cross-checking <see cref="Of"/>).</summary>
    public static Matrix<ComplexRational> Apply(Matrix<ComplexRational> hamiltonian, IEnumerable<JumpOperator> jumps, Matrix<ComplexRational> rho)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        ArgumentNullException.ThrowIfNull(jumps);
        ArgumentNullException.ThrowIfNull(rho);
        var result = -ComplexRational.I * Matrix<ComplexRational>.Commutator(hamiltonian, rho);
        var half = new ComplexRational(Rational.Half);
        foreach (var jump in jumps)
        {
            var l = jump.Operator;
            var number = l.Adjoint() * l;
            result += new ComplexRational(jump.Rate) * (l * rho * l.Adjoint() - half * Matrix<ComplexRational>.Anticommutator(number, rho));
        }
        return result;
    }
}
