using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// The one place where the Quieg leaves k_B = 1 units: temperatures in kelvin become energies in joules with the
/// CODATA 2018 exact k_B = 1.380649e-23 J/K; energies per electron become volts with e = 1.602176634e-19 C.
/// </summary>
public static class QuiegSiUnits
{
    public static Rational BoltzmannJoulePerKelvin { get; } = Rational.Parse("1.380649e-23");
    public static Rational ElementaryChargeCoulomb { get; } = Rational.Parse("1.602176634e-19");

    /// <summary>An energy in units of k_B x 1 K, in joules.</summary>
    public static BigReal JoulesFromKelvinUnits(BigReal energy) => energy * BigReal.FromRational(BoltzmannJoulePerKelvin, energy.Digits);

    /// <summary>Energy per electron in units of k_B x 1 K, as a voltage in volts.</summary>
    public static BigReal VoltsFromKelvinUnits(BigReal energy) =>
        JoulesFromKelvinUnits(energy) / BigReal.FromRational(ElementaryChargeCoulomb, energy.Digits);

    /// <summary>A voltage in volts as an energy per electron in units of k_B x 1 K (exact rational).</summary>
    public static Rational KelvinUnitsFromVolts(Rational volts) => volts * ElementaryChargeCoulomb / BoltzmannJoulePerKelvin;
}
