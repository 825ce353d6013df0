using System.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// A bosonic bath with the Drude-Lorentz spectral density J(omega) = 2 lambda gamma omega/(omega^2 + gamma^2) in the
/// convention C(t) = &lt;X(t)X(0)&gt; = (1/pi) int_0^inf J(omega)[coth(omega/2T) cos(omega t) - i sin(omega t)] d omega,
/// whose golden-rule rate 2 J(omega)(1 + n(omega)) equals the weak-coupling rate of <see cref="BathSpectrum"/> when
/// lambda = kappa gamma / 4 (kappa: the oracle's Ohmic strength, gamma: its Drude cutoff). Matsubara decomposition
/// C(t) = lambda gamma [cot(gamma/2T) - i] e^{-gamma t} + sum_k (4 lambda gamma T) nu_k/(nu_k^2 - gamma^2) e^{-nu_k t},
/// nu_k = 2 pi k T; the terms beyond K are replaced by the Ishizaki-Tanimura white-noise terminator of strength
/// Delta_K = 2 lambda T/gamma - lambda cot(gamma/2T) - sum_{k=1}^{K} c_k/nu_k. Double precision (HEOM fast path).
/// Seed 001_8d968b41aa3feca2.txt, Sec. IV (Drude-Lorentz baths of its refs. 32-34).
/// </summary>
public sealed record DrudeLorentzBath
{
    public double Temperature { get; }
    public double Kappa { get; }
    public double Cutoff { get; }

    public DrudeLorentzBath(double temperature, double kappa, double cutoff)
    {
        if (!(temperature > 0) || double.IsInfinity(temperature)) throw new ParameterOutOfRangeException("T", temperature, "(0, inf)");
        if (!(kappa >= 0) || double.IsInfinity(kappa)) throw new ParameterOutOfRangeException("kappa", kappa, "[0, inf)", "weak-coupling Ohmic strength");
        if (!(cutoff > 0) || double.IsInfinity(cutoff)) throw new ParameterOutOfRangeException("cutoff", cutoff, "(0, inf)", "Drude cutoff gamma");
        double x = cutoff / (2 * temperature) / Math.PI;
        if (Math.Abs(x - Math.Round(x)) < 1e-9)
            throw new ParameterOutOfRangeException("cutoff", cutoff, "gamma/(2 T) not a multiple of pi", "cot(gamma/2T) diverges: the Drude pole meets a Matsubara frequency");
        Temperature = temperature;
        Kappa = kappa;
        Cutoff = cutoff;
    }

    /// <summary>Reorganisation energy lambda = kappa gamma / 4.</summary>
    public double Lambda => Kappa * Cutoff / 4;

    /// <summary>J(omega) = 2 lambda gamma omega/(omega^2 + gamma^2).</summary>
    public double SpectralDensity(double omega) => 2 * Lambda * Cutoff * omega / (omega * omega + Cutoff * Cutoff);

    /// <summary>nu_k = 2 pi k T.</summary>
    public double Matsubara(int k) => 2 * Math.PI * k * Temperature;

    /// <summary>The Drude term followed by K Matsubara terms of C(t): coefficients c_j and decay rates nu_j.</summary>
    public (Complex[] C, double[] Nu) Exponents(int matsubaraTerms)
    {
        if (matsubaraTerms < 0) throw new ParameterOutOfRangeException("K", matsubaraTerms, ">= 0", "number of Matsubara terms");
        var c = new Complex[matsubaraTerms + 1];
        var nu = new double[matsubaraTerms + 1];
        double g = Cutoff, l = Lambda, t = Temperature;
        c[0] = new Complex(l * g / Math.Tan(g / (2 * t)), -l * g);
        nu[0] = g;
        for (int k = 1; k <= matsubaraTerms; k++)
        {
            nu[k] = Matsubara(k);
            c[k] = 4 * l * g * t * nu[k] / (nu[k] * nu[k] - g * g);
        }
        return (c, nu);
    }

    /// <summary>Delta_K = sum_{k&gt;K} c_k/nu_k in closed form (white-noise terminator strength).</summary>
    public double Terminator(int matsubaraTerms)
    {
        var (c, nu) = Exponents(matsubaraTerms);
        double g = Cutoff, l = Lambda, t = Temperature;
        double all = 2 * l * t / g - l / Math.Tan(g / (2 * t));
        for (int k = 1; k <= matsubaraTerms; k++) all -= c[k].Real / nu[k];
        return all;
    }
}
