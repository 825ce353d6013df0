using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// The one place where the model's units (energies in meV, hbar = 1, times in hbar/meV) meet SI, with the exact
/// CODATA 2018 constants e = 1.602176634e-19 C and h = 6.62607015e-34 J s (hbar = h / 2 pi).
/// Seed 004_a075f79c977e5cdb.txt, Sec. III B ("t = 1 meV^-1 ~ 4 ps") and Sec. III E (P at 140 THz).
/// </summary>
public static class SpintronicUnits
{
    public static readonly Rational ElectronVoltInJoule = Rational.Parse("1.602176634e-19");
    public static readonly Rational PlanckInJouleSecond = Rational.Parse("6.62607015e-34");

    /// <summary>hbar / (1 meV) in picoseconds: the time unit of the master equation with hbar = 1.</summary>
    public static BigReal HbarOverMeVInPs(int digits)
    {
        int w = digits + 5;
        var h = BigReal.FromRational(PlanckInJouleSecond / (ElectronVoltInJoule / 1000) * Rational.Parse("1e12"), w);
        return (h / (BigReal.FromInteger(2, w) * BigReal.Pi(w))).WithDigits(digits);
    }

    /// <summary>h / (1 meV) in picoseconds: the other reading of "1 meV^-1" (Sec. III B).</summary>
    public static BigReal PlanckOverMeVInPs(int digits) =>
        BigReal.FromRational(PlanckInJouleSecond / (ElectronVoltInJoule / 1000) * Rational.Parse("1e12"), digits);

    /// <summary>An energy in meV expressed in eV times 10^-<paramref name="decimalExponent"/> (peV: 12, ueV: 6, meV: 3).</summary>
    public static BigReal FromMeV(BigReal meV, int decimalExponent) =>
        meV * BigReal.FromRational(Rational.Parse($"1e{decimalExponent - 3}"), meV.Digits == int.MaxValue ? Precision.DefaultDigits : meV.Digits);

    /// <summary>Power in nW of an energy per cycle (meV) at a cycle rate (Hz): Delta E e 10^-3 f 10^9.</summary>
    public static BigReal PowerInNanowatt(BigReal deltaEMeV, Rational cycleRateHz, int digits) =>
        deltaEMeV * BigReal.FromRational(ElectronVoltInJoule / 1000 * cycleRateHz * Rational.Parse("1e9"), digits);
}
