using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>Rounds exact QET ingredients to a working precision (each entry rounded once).</summary>
public static class ExactToHighPrecision
{
    public static QetHamiltonian<BigComplex> Of(QetHamiltonian<ComplexRational> h, HighPrecisionScalars scalars) =>
        new(QetOperators.ToBig(h.LocalA, scalars.Digits), QetOperators.ToBig(h.LocalB, scalars.Digits), QetOperators.ToBig(h.Interaction, scalars.Digits));

    public static KrausMeasurement<BigComplex> Of(KrausMeasurement<ComplexRational> m, HighPrecisionScalars scalars) =>
        new(m.Operators.Select(k => QetOperators.ToBig(k, scalars.Digits)).ToList(), scalars);

    public static FeedbackControl<BigComplex> Of(FeedbackControl<ComplexRational> f, HighPrecisionScalars scalars) =>
        new(f.BobUnitaries.Select(u => QetOperators.ToBig(u, scalars.Digits)).ToList(), scalars);
}
