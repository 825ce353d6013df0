using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>Rounds exact QET ingredients to a working precision (each entry rounded once).</summary>
public static class ExactToHighPrecision
{
    public static QetHamiltonian<BigComplex> Of(QetHamiltonian<ComplexRational> h, HighPrecisionScalars scalars) =>
        new(Pauli.ToBig(h.LocalA, scalars.Digits), Pauli.ToBig(h.LocalB, scalars.Digits), Pauli.ToBig(h.Interaction, scalars.Digits));

    public static KrausMeasurement<BigComplex> Of(KrausMeasurement<ComplexRational> m, HighPrecisionScalars scalars) =>
        new(m.Operators.Select(k => Pauli.ToBig(k, scalars.Digits)).ToList(), scalars);

    public static FeedbackControl<BigComplex> Of(FeedbackControl<ComplexRational> f, HighPrecisionScalars scalars) =>
        new(f.BobUnitaries.Select(u => Pauli.ToBig(u, scalars.Digits)).ToList(), scalars);
}
