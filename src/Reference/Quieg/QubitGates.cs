using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Exact two-qubit gates in the basis |00&gt;, |01&gt;, |10&gt;, |11&gt; (first factor most significant), and the Hadamard
/// without its 1/sqrt2: H rho H^dagger = (1/2) H' rho H'^dagger with H' = [[1, 1], [1, -1]], so conjugation stays
/// rational. Seed 000_49a452cf4824afd6.txt, Sec. 4 stage 1, Sec. 5 stage 6, Sec. 9.
/// </summary>
public static class QubitGates
{
    private static ComplexRational C(int v) => v;

    /// <summary>CNOT with the first qubit as target and the second as control: |t c&gt; -&gt; |t xor c, c&gt;.</summary>
    public static Matrix<ComplexRational> CnotTargetFirst { get; } = Permutation(i => (((i >> 1) ^ (i & 1)) << 1) | (i & 1));

    /// <summary>CNOT with the first qubit as control and the second as target: |c t&gt; -&gt; |c, t xor c&gt;.</summary>
    public static Matrix<ComplexRational> CnotTargetSecond { get; } = Permutation(i => (i & 2) | ((i & 1) ^ (i >> 1)));

    /// <summary>The unnormalised Hadamard H' = sqrt2 H = [[1, 1], [1, -1]].</summary>
    public static Matrix<ComplexRational> HadamardUnnormalised { get; } = Matrix<ComplexRational>.FromRows([C(1), C(1)], [C(1), C(-1)]);

    /// <summary>U rho U^dagger.</summary>
    public static Matrix<ComplexRational> Conjugate(Matrix<ComplexRational> u, Matrix<ComplexRational> rho) => u * rho * u.Adjoint();

    /// <summary>H rho H^dagger on qubit <paramref name="qubit"/> (0: first) of a two-qubit state, exactly: (1/2) H' rho H'^dagger.</summary>
    public static Matrix<ComplexRational> ApplyHadamard(Matrix<ComplexRational> rho, int qubit)
    {
        var id = Matrix<ComplexRational>.Identity(2);
        var h = qubit == 0 ? HadamardUnnormalised.Kron(id) : id.Kron(HadamardUnnormalised);
        return new ComplexRational(new Rational(1, 2)) * Conjugate(h, rho);
    }

    /// <summary>H rho H^dagger for one qubit, exactly.</summary>
    public static Matrix<ComplexRational> ApplyHadamard(Matrix<ComplexRational> rho) =>
        new ComplexRational(new Rational(1, 2)) * Conjugate(HadamardUnnormalised, rho);

    /// <summary>Diagonal qubit state with occupation of |1&gt; equal to <paramref name="p1"/>.</summary>
    public static Matrix<ComplexRational> DiagonalQubit(Rational p1) => Matrix<ComplexRational>.Diagonal(Rational.One - p1, p1);

    private static Matrix<ComplexRational> Permutation(Func<int, int> image) =>
        Matrix<ComplexRational>.Create(4, 4, (row, col) => image(col) == row ? ComplexRational.One : ComplexRational.Zero);
}
