using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Stage 6 of the reverse mode, exactly: with M projected on |k&gt; and F left by branch k with occupation
/// m (k = 1) or 1 - m (k = 0), the M-F state rho_5 is (1/2) sum_k |k&gt;&lt;k| x rho_F,k; a CNOT controlled by F and
/// targeted at M gives rho_6 = rho_M^init x 1/2. Seed 000_49a452cf4824afd6.txt, Sec. 5 stage 6.
/// </summary>
public sealed record ResetCnot(Matrix<ComplexRational> Before, Matrix<ComplexRational> After,
    Matrix<ComplexRational> ReducedM, Matrix<ComplexRational> ReducedF)
{
    /// <summary>Reset from the occupations the two reverse branches leave F in.</summary>
    public static ResetCnot Of(Rational occupationAfterBranch0, Rational occupationAfterBranch1)
    {
        var half = new ComplexRational(new Rational(1, 2));
        var before = half * (Matrix<ComplexRational>.Unit(2, 0, 0).Kron(QubitGates.DiagonalQubit(occupationAfterBranch0))
                             + Matrix<ComplexRational>.Unit(2, 1, 1).Kron(QubitGates.DiagonalQubit(occupationAfterBranch1)));
        var after = QubitGates.Conjugate(QubitGates.CnotTargetFirst, before);
        return new ResetCnot(before, after, after.PartialTrace([2, 2], 1), after.PartialTrace([2, 2], 0));
    }

    /// <summary>True when rho_6 is exactly the product of its marginals (Sec. 5: "which factorizes into").</summary>
    public bool Factorises => After.Equals(ReducedM.Kron(ReducedF));
}
