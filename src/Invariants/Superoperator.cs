using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// Linear maps on n x n operators as n^2 x n^2 matrices acting on column-stacked operators,
/// vec(Phi(X)) = S vec(X), with vec(A X B) = (B^T (x) A) vec(X) (<see cref="Matrix{T}.VecColumns"/>).
/// </summary>
internal static class Superoperator
{
    /// <summary>The operator dimension n of an n^2 x n^2 superoperator (throws otherwise).</summary>
    public static int OperatorDimension<T>(Matrix<T> s, string parameterName) where T : struct, IField<T>
    {
        ArgumentNullException.ThrowIfNull(s, parameterName);
        int n = (int)Math.Round(Math.Sqrt(s.Rows));
        if (!s.IsSquare || n * n != s.Rows)
            throw new ArgumentException($"A superoperator must be n^2 x n^2, got {s.Rows}x{s.Cols}.", parameterName);
        return n;
    }

    /// <summary>Phi(X) = sum_k K_k X K_k^dagger as S = sum_k conj(K_k) (x) K_k (since (K^dagger)^T = conj(K)).</summary>
    public static Matrix<T> FromKraus<T>(IReadOnlyList<Matrix<T>> kraus) where T : struct, IField<T>
    {
        int n = KrausDimension(kraus);
        var s = Matrix<T>.Zero(n * n, n * n);
        foreach (var k in kraus) s += k.Map(z => z.Conjugate()).Kron(k);
        return s;
    }

    /// <summary>The common dimension of square Kraus operators (throws on an empty list or mixed shapes).</summary>
    public static int KrausDimension<T>(IReadOnlyList<Matrix<T>> kraus) where T : struct, IField<T>
    {
        ArgumentNullException.ThrowIfNull(kraus);
        if (kraus.Count == 0) throw new ArgumentException("A channel needs at least one Kraus operator.", nameof(kraus));
        int n = kraus[0].Rows;
        for (int k = 0; k < kraus.Count; k++)
            if (kraus[k].Rows != n || kraus[k].Cols != n)
                throw new ArgumentException($"Kraus operator {k} is {kraus[k].Rows}x{kraus[k].Cols}; operator 0 is {n}x{n}.", nameof(kraus));
        return n;
    }

    /// <summary>
    /// L(rho) = -i[H, rho] + sum_k (L_k rho L_k^dagger - {L_k^dagger L_k, rho}/2) as
    /// -i (I (x) H - H^T (x) I) + sum_k (conj(L_k) (x) L_k - I (x) L_k^dagger L_k / 2 - (L_k^dagger L_k)^T (x) I / 2)
    /// (Lindblad, Commun. Math. Phys. 48, 119 (1976), Eq. 5.1; rates absorbed into the L_k).
    /// </summary>
    public static Matrix<T> Lindblad<T>(InputPrecision<T> input, Matrix<T> hamiltonian, IReadOnlyList<Matrix<T>> jumps)
        where T : struct, IField<T>
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        ArgumentNullException.ThrowIfNull(jumps);
        if (!hamiltonian.IsSquare)
            throw new ArgumentException($"The Hamiltonian must be square, got {hamiltonian.Rows}x{hamiltonian.Cols}.", nameof(hamiltonian));
        int n = hamiltonian.Rows;
        var identity = Matrix<T>.Identity(n);
        var half = input.Constant(Rational.Half);
        var generator = (-input.ImaginaryUnit) * (identity.Kron(hamiltonian) - hamiltonian.Transpose().Kron(identity));
        for (int k = 0; k < jumps.Count; k++)
        {
            var l = jumps[k];
            if (l.Rows != n || l.Cols != n)
                throw new ArgumentException($"Jump operator {k} is {l.Rows}x{l.Cols}; the Hamiltonian is {n}x{n}.", nameof(jumps));
            var number = l.Adjoint() * l;
            generator += l.Map(z => z.Conjugate()).Kron(l) - half * identity.Kron(number) - half * number.Transpose().Kron(identity);
        }
        return generator;
    }

    /// <summary>
    /// The Choi matrix J = sum_ij |i&gt;&lt;j| (x) Phi(|i&gt;&lt;j|) (Choi, Linear Algebra Appl. 10, 285 (1975)):
    /// J[(i, a), (j, b)] = Phi(|i&gt;&lt;j|)[a, b] = S[b n + a, j n + i].
    /// </summary>
    public static Matrix<T> Choi<T>(Matrix<T> s, int n) where T : struct, IField<T> =>
        Matrix<T>.Create(n * n, n * n, (r, c) => s[(c % n) * n + r % n, (c / n) * n + r / n]);

    /// <summary>
    /// tr Phi(E_k) for every basis operator E_k (column k of S): sum_i S[i n + i, k]. A trace-preserving map gives
    /// tr E_k (1 for diagonal E_k, else 0); a trace-annihilating one gives 0.
    /// </summary>
    public static T[] TracesOfImages<T>(Matrix<T> s, int n) where T : struct, IField<T>
    {
        var traces = new T[n * n];
        for (int k = 0; k < n * n; k++)
        {
            var sum = T.Zero;
            for (int i = 0; i < n; i++) sum += s[i * n + i, k];
            traces[k] = sum;
        }
        return traces;
    }

    /// <summary>True when column k of S is the image of a diagonal basis operator |j&gt;&lt;j| (k = j n + j).</summary>
    public static bool IsDiagonalBasisOperator(int k, int n) => k / n == k % n;
}
