using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// A bosonic heat bath in the weak-coupling (Born-Markov) limit: emission rate gamma(omega) = kappa omega
/// omega_c^2/(omega^2 + omega_c^2) (1 + n(omega)) for omega &gt; 0 (Ohmic density with a Drude cutoff omega_c),
/// absorption gamma(-omega) = e^{-omega/T} gamma(omega) (KMS detailed balance), gamma(0) = 0.
/// The oracle's kappa is this dimensionless Ohmic strength; how it maps onto the kappa of the seed's HEOM
/// (its refs. 32-33) is not stated in the seed. Seed 001_8d968b41aa3feca2.txt, Sec. IV (bosonic baths).
/// </summary>
public sealed record BathSpectrum
{
    public Rational Temperature { get; }
    public Rational Kappa { get; }
    public Rational Cutoff { get; }

    public BathSpectrum(Rational temperature, Rational kappa, Rational cutoff)
    {
        if (temperature.Sign <= 0) throw new ParameterOutOfRangeException("T", temperature, "> 0");
        if (kappa.Sign < 0) throw new ParameterOutOfRangeException("kappa", kappa, ">= 0", "bath coupling strength");
        if (cutoff.Sign <= 0) throw new ParameterOutOfRangeException("cutoff", cutoff, "> 0", "Drude cutoff frequency");
        Temperature = temperature;
        Kappa = kappa;
        Cutoff = cutoff;
    }

    /// <summary>gamma(omega) for a transition lowering the system energy by omega (omega &lt; 0: raising).</summary>
    public BigReal Rate(BigReal omega, int digits)
    {
        if (omega.IsZero) return BigReal.Zero;
        var w = omega.Abs().WithDigits(digits);
        var wc = BigReal.FromRational(Cutoff, digits);
        var boltzmann = (-w / BigReal.FromRational(Temperature, digits)).Exp();
        var emission = BigReal.FromRational(Kappa, digits) * w * wc * wc / (w * w + wc * wc) / (BigReal.One - boltzmann);
        return omega.Sign > 0 ? emission : emission * boltzmann;
    }
}
