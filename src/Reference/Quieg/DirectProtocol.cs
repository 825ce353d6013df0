using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// The knobs of the direct cycle as a controller would set them: the occupations p_a, p_b reached at the end of the
/// plunges a.4/b.4 (Eqs. 6, 9), the bias the controller assumes when fitting (Eqs. 5, 8; the true m for the ideal
/// cycle), the occupations used to choose the levelling levels E_2, E'_2 (Eqs. 7, 10; p_a, p_b for the ideal cycle),
/// and the contact schedule. Anything but the ideal settings with p_b = 1 - p_a is a variant for the second law.
/// Seed 000_49a452cf4824afd6.txt, Sec. 4, Eqs. 5-10, 13.
/// </summary>
public sealed record DirectProtocol(
    BigReal Pa,
    BigReal Pb,
    Rational FitBias,
    BigReal LevelingPa,
    BigReal LevelingPb,
    ContactSchedule Schedule)
{
    /// <summary>The reversible cycle of Sec. 4 with a given p_a and p_b = 1 - p_a (Eq. 13).</summary>
    public static DirectProtocol Reversible(QuiegParameters q, BigReal pa) =>
        new(pa, BigReal.One - pa, q.M, pa, BigReal.One - pa, ContactSchedule.QuasiStatic);

    public DirectProtocol WithSchedule(ContactSchedule schedule) => this with { Schedule = schedule };

    /// <summary>True for the quasi-static cycle whose fitting and levelling match (every stage reversible).</summary>
    public bool IsReversibleFor(QuiegParameters q) =>
        Schedule.IsQuasiStatic && FitBias == q.M && (LevelingPa - Pa).IsZero && (LevelingPb - Pb).IsZero;
}
