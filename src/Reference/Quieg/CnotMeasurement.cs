using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Stage 1 of the direct mode, exactly: M (rho_M^init, Eq. 1) is the target of a CNOT controlled by F (maximally
/// mixed, Eq. 2); the joint state (Eq. 3, order M then F) is measured on M; outcome probabilities and the conditional
/// states of F (Eq. 4) follow. Seed 000_49a452cf4824afd6.txt, Eqs. 1-4.
/// </summary>
public sealed record CnotMeasurement(
    Matrix<ComplexRational> InitialJoint,
    Matrix<ComplexRational> JointAfterCnot,
    Rational ProbabilityM0,
    Rational ProbabilityM1,
    Matrix<ComplexRational> FGivenM0,
    Matrix<ComplexRational> FGivenM1)
{
    /// <summary>Seed 000_49a452cf4824afd6.txt, Eqs. 1-4.</summary>
    public static CnotMeasurement Of(Rational m) => Of(QubitGates.DiagonalQubit(Rational.One - m), QubitGates.DiagonalQubit(new Rational(1, 2)));

    /// <summary>The same measurement for any M and F states (M first in the product).</summary>
    public static CnotMeasurement Of(Matrix<ComplexRational> rhoM, Matrix<ComplexRational> rhoF)
    {
        var joint = rhoM.Kron(rhoF);
        var after = QubitGates.Conjugate(QubitGates.CnotTargetFirst, joint);
        var (p0, f0) = Conditional(after, 0);
        var (p1, f1) = Conditional(after, 1);
        return new CnotMeasurement(joint, after, p0, p1, f0, f1);
    }

    /// <summary>Probability of M = k and the normalised state of F given it.</summary>
    public static (Rational Probability, Matrix<ComplexRational> StateOfF) Conditional(Matrix<ComplexRational> joint, int k)
    {
        var projector = Matrix<ComplexRational>.Unit(2, k, k).Kron(Matrix<ComplexRational>.Identity(2));
        var projected = projector * joint * projector;
        var reduced = projected.PartialTrace([2, 2], 0);
        var p = reduced.Trace().Re;
        return (p, p.IsZero ? reduced : new ComplexRational(p.Reciprocal()) * reduced);
    }
}
