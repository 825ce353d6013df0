using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Superoperators on column-stacked vec(rho) (vec(A X B) = (B^T (x) A) vec X) for the master equation
/// d rho/dt = -i[H, rho] + sum_alpha gamma_alpha (L rho L^dagger - {L^dagger L, rho}/2). Seed 002_3d1265a9cee6337c.txt, Sec. 3.
/// </summary>
public static class Liouvillian
{
    private static Matrix<T> Conj<T>(Matrix<T> a) where T : struct, IField<T> => a.Adjoint().Transpose();

    /// <summary>-i(1 (x) H - H^T (x) 1), given the field's imaginary unit.</summary>
    public static Matrix<T> Hamiltonian<T>(Matrix<T> h, T imaginaryUnit) where T : struct, IField<T>
    {
        var id = Matrix<T>.Identity(h.Rows);
        return (id.Kron(h) - h.Transpose().Kron(id)).Scale(-imaginaryUnit);
    }

    /// <summary>rate (conj(L) (x) L - (1 (x) L^dagger L)/2 - ((L^dagger L)^T (x) 1)/2).</summary>
    public static Matrix<T> Dissipator<T>(Matrix<T> jump, T rate, T half) where T : struct, IField<T>
    {
        var id = Matrix<T>.Identity(jump.Rows);
        var ll = jump.Adjoint() * jump;
        return (Conj(jump).Kron(jump) - id.Kron(ll).Scale(half) - ll.Transpose().Kron(id).Scale(half)).Scale(rate);
    }

    /// <summary>Left and right multiplication: rho -&gt; A rho B as (B^T (x) A).</summary>
    public static Matrix<T> Sandwich<T>(Matrix<T> left, Matrix<T> right) where T : struct, IField<T> => right.Transpose().Kron(left);

    /// <summary>Applies a superoperator to a density matrix.</summary>
    public static Matrix<T> Apply<T>(Matrix<T> superoperator, Matrix<T> rho) where T : struct, IField<T> =>
        Matrix<T>.UnvecColumns(superoperator * rho.VecColumns(), rho.Rows, rho.Cols);
}
