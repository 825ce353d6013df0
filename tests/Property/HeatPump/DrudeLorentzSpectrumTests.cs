using QTherm.Reference.HeatPump;
using Xunit;

namespace QTherm.Tests.Property.HeatPump;

/// <summary>
/// The Matsubara expansion C(t) = sum_k c_k exp(-nu_k |t|) of the Drude-Lorentz bath must reproduce the bath's
/// symmetrised spectrum: its Fourier transform sum_k Re c_k 2 nu_k / (nu_k^2 + w^2) is J(w) coth(w / 2T).
/// Seed 001_8d968b41aa3feca2.txt, Sec. IV (HEOM with Drude-Lorentz baths).
/// </summary>
public class DrudeLorentzSpectrumTests
{
    [Fact]
    public void Matsubara_series_reproduces_the_symmetrised_spectral_density()
    {
        const int terms = 20000;
        foreach (var (t, kappa, gamma, w) in new[] { (1.0, 0.01, 2.0, 1.0), (0.5, 0.004, 5.0, 1.1), (2.0, 0.023, 10.0, 0.9) })
        {
            var bath = new DrudeLorentzBath(t, kappa, gamma);
            var (c, nu) = bath.Exponents(terms);
            double partial = 0;
            for (int k = 0; k <= terms; k++) partial += c[k].Real * 2 * nu[k] / (nu[k] * nu[k] + w * w);
            double exact = bath.SpectralDensity(w) / Math.Tanh(w / (2 * t));
            // Omitted terms k > K are positive and below 8 lambda gamma T / nu_k^2 / (1 - gamma^2/nu_K^2); sum 1/k^2 < 1/K.
            double nuK = 2 * Math.PI * terms * t;
            double tail = 2 * bath.Lambda * gamma / (Math.PI * Math.PI * t * terms) / (1 - gamma * gamma / (nuK * nuK));
            double rounding = 1e-12 * exact;
            Assert.True(exact - partial >= -rounding && exact - partial <= tail + rounding,
                $"T = {t}, gamma = {gamma}, w = {w}: J coth = {exact:R}, Matsubara sum = {partial:R}, allowed tail {tail:E2}");
        }
    }
}
