using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Gibbs state of one qubit H = sigma_z / 2 (|0> ground, energy -1/2): populations p0 = e^{beta/2}/Z, p1 = e^{-beta/2}/Z.
/// Either from a temperature (high precision) or from a rational Boltzmann ratio r = p1/p0 = e^{-beta} (exact).
/// Seed 001_8d968b41aa3feca2.txt, Eq. 6.
/// </summary>
public sealed record QubitGibbsState(BigReal Ground, BigReal Excited)
{
    /// <summary>p1 = 1/(1 + e^{1/T}). Seed 001_8d968b41aa3feca2.txt, Eq. 6.</summary>
    public static QubitGibbsState AtTemperature(Rational temperature, int digits)
    {
        if (temperature.Sign <= 0) throw new ParameterOutOfRangeException("T", temperature, "> 0");
        int w = digits + 5;
        var beta = BigReal.FromRational(temperature.Reciprocal(), w);
        var excited = BigReal.One / (BigReal.One + beta.Exp());
        return new QubitGibbsState((BigReal.One - excited).WithDigits(digits + 3), excited.WithDigits(digits + 3));
    }

    /// <summary>Exact populations from the Boltzmann ratio r = e^{-beta} in (0, 1]: p0 = 1/(1+r), p1 = r/(1+r).</summary>
    public static (Rational Ground, Rational Excited) ExactFromBoltzmannRatio(Rational ratio)
    {
        if (ratio.Sign <= 0 || ratio > 1) throw new ParameterOutOfRangeException("r", ratio, "(0, 1]", "Boltzmann ratio e^{-1/T} of a positive temperature");
        return (1 / (1 + ratio), ratio / (1 + ratio));
    }

    /// <summary>Mean energy -p0/2 + p1/2.</summary>
    public BigReal Energy => (Excited - Ground).ScaleByPowerOfTwo(-1);
}
