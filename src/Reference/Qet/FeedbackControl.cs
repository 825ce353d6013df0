using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Bob's feedback: one unitary U_k on his qubit per measurement outcome k (unitarity checked at construction),
/// embedded as 1 (x) U_k. Seed 002_3d1265a9cee6337c.txt, Sec. 1.2 step 3.
/// </summary>
public sealed record FeedbackControl<T> where T : struct, IField<T>
{
    /// <summary>The 4x4 operators 1 (x) U_k.</summary>
    public IReadOnlyList<Matrix<T>> Unitaries { get; }

    /// <summary>The 2x2 unitaries U_k on Bob's qubit.</summary>
    public IReadOnlyList<Matrix<T>> BobUnitaries { get; }

    public FeedbackControl(IReadOnlyList<Matrix<T>> unitariesOnBob, IScalarContext<T> scalars)
    {
        if (unitariesOnBob.Count == 0) throw new ArgumentException("Feedback needs one unitary per outcome.", nameof(unitariesOnBob));
        foreach (var u in unitariesOnBob)
        {
            if (u.Rows != 2 || u.Cols != 2) throw new ArgumentException($"Bob's unitaries act on one qubit (2x2), got {u.Rows}x{u.Cols}.", nameof(unitariesOnBob));
            var residual = u * u.Adjoint() - Matrix<T>.Identity(2);
            for (int i = 0; i < 2; i++)
                for (int j = 0; j < 2; j++)
                    if (!scalars.IsNegligible(residual[i, j]))
                        throw new ArgumentException($"U U^dagger differs from the identity at ({i},{j}) by {residual[i, j]}.", nameof(unitariesOnBob));
        }
        BobUnitaries = unitariesOnBob.ToList();
        Unitaries = unitariesOnBob.Select(QetOperators.OnBob).ToList();
    }

    /// <summary>
    /// Hotta's feedback U_mu = cos(theta) - i mu sin(theta) sy_B = [[c, -mu s], [mu s, c]] for outcomes mu = +1, -1
    /// given c = cos(theta), s = sin(theta) (c^2 + s^2 = 1 is checked). Hotta, arXiv:1002.0200 (MODELS.md, QET).
    /// </summary>
    public static FeedbackControl<T> HottaRotation(T cos, T sin, IScalarContext<T> scalars)
    {
        var plus = Matrix<T>.FromRows([cos, -sin], [sin, cos]);
        var minus = Matrix<T>.FromRows([cos, sin], [-sin, cos]);
        return new([plus, minus], scalars);
    }

    /// <summary>Hotta's feedback at the rational point t = tan(theta/2): cos = (1 - t^2)/(1 + t^2), sin = 2t/(1 + t^2), exact.</summary>
    public static FeedbackControl<T> HottaRotationAtHalfAngleTangent(Rational t, IScalarContext<T> scalars)
    {
        var d = 1 + t * t;
        return HottaRotation(scalars.FromRational((1 - t * t) / d), scalars.FromRational(2 * t / d), scalars);
    }
}

/// <summary>Hotta's feedback at a real angle.</summary>
public static class HottaFeedback
{
    /// <summary>Hotta's feedback at angle theta (arbitrary precision).</summary>
    public static FeedbackControl<BigComplex> AtAngle(BigReal theta, HighPrecisionScalars scalars) =>
        FeedbackControl<BigComplex>.HottaRotation(BigComplex.FromReal(theta.Cos()), BigComplex.FromReal(theta.Sin()), scalars);

}
