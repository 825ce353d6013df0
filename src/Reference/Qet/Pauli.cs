using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Pauli operators of one qubit and their embeddings on Alice's (first, most significant) or Bob's qubit.
/// Convention: sz|0&gt; = +|0&gt;, sz|1&gt; = -|1&gt;; for eps &gt; 0 the state |1&gt; is the lower level of eps sz.
/// </summary>
public static class Pauli
{
    private static ComplexRational C(int re, int im = 0) => new(re, im);

    /// <summary>The 2x2 identity.</summary>
    public static Matrix<ComplexRational> Identity => Matrix<ComplexRational>.Identity(2);

    /// <summary>sigma_x.</summary>
    public static Matrix<ComplexRational> X => Matrix<ComplexRational>.FromRows([C(0), C(1)], [C(1), C(0)]);

    /// <summary>sigma_y.</summary>
    public static Matrix<ComplexRational> Y => Matrix<ComplexRational>.FromRows([C(0), C(0, -1)], [C(0, 1), C(0)]);

    /// <summary>sigma_z.</summary>
    public static Matrix<ComplexRational> Z => Matrix<ComplexRational>.FromRows([C(1), C(0)], [C(0), C(-1)]);

    /// <summary>|1&gt;&lt;0|: removes the quantum 2 eps of eps sz (eps &gt; 0).</summary>
    public static Matrix<ComplexRational> Lowering => Matrix<ComplexRational>.Unit(2, 1, 0);

    /// <summary>|0&gt;&lt;1|: adds the quantum 2 eps of eps sz (eps &gt; 0).</summary>
    public static Matrix<ComplexRational> Raising => Matrix<ComplexRational>.Unit(2, 0, 1);

    /// <summary>op (x) 1: the operator acting on Alice's qubit.</summary>
    public static Matrix<T> OnAlice<T>(Matrix<T> op) where T : struct, IField<T> => op.Kron(Matrix<T>.Identity(2));

    /// <summary>1 (x) op: the operator acting on Bob's qubit.</summary>
    public static Matrix<T> OnBob<T>(Matrix<T> op) where T : struct, IField<T> => Matrix<T>.Identity(2).Kron(op);

    /// <summary>The exact matrix at working precision.</summary>
    public static Matrix<BigComplex> ToBig(Matrix<ComplexRational> m, int digits) => m.Map(c => BigComplex.FromRational(c, digits));
}
