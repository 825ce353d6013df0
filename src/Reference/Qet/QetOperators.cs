using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// One-qubit operators embedded on Alice's qubit (first, most significant factor) or Bob's, and rounding of exact
/// operators to a working precision. Convention (as <see cref="Pauli"/>): sz|0&gt; = +|0&gt;, so for eps &gt; 0 the state
/// |1&gt; is the lower level of eps sz and <see cref="Pauli.Minus"/> = |1&gt;&lt;0| lowers the energy.
/// </summary>
public static class QetOperators
{
    /// <summary>op (x) 1: the operator acting on Alice's qubit.</summary>
    public static Matrix<T> OnAlice<T>(Matrix<T> op) where T : struct, IField<T> => op.Kron(Matrix<T>.Identity(2));

    /// <summary>1 (x) op: the operator acting on Bob's qubit.</summary>
    public static Matrix<T> OnBob<T>(Matrix<T> op) where T : struct, IField<T> => Matrix<T>.Identity(2).Kron(op);

    /// <summary>The exact matrix rounded once per entry to <paramref name="digits"/> significant digits.</summary>
    public static Matrix<BigComplex> ToBig(Matrix<ComplexRational> m, int digits) => m.Map(c => BigComplex.FromRational(c, digits));
}
