using QTherm.Reference.Numerics;

namespace QTherm.Reference.Information;

/// <summary>The von Neumann entropy S(rho) = -tr rho ln rho.</summary>
public static class VonNeumannEntropy
{
    /// <summary>
    /// S(rho) = -tr rho ln rho in nats, from the spectrum (Seed 001_8d968b41aa3feca2.txt, Sec. II, S_AB = -Tr(rho ln rho)), with
    /// 0 ln 0 = 0 for eigenvalues below the zero threshold of <see cref="StateSpectrum"/>. rho need not have unit trace.
    /// </summary>
    public static BigReal Of(Matrix<BigComplex> rho, int digits) =>
        StateSpectrum.Of(rho, digits).EntropyNats().WithDigits(digits);

    /// <summary>S(rho) in bits: the value in nats divided by ln 2 (Seed 001_8d968b41aa3feca2.txt, Sec. II, with log base 2).</summary>
    public static BigReal InBits(Matrix<BigComplex> rho, int digits)
    {
        var spectrum = StateSpectrum.Of(rho, digits);
        return (spectrum.EntropyNats() / BigReal.Ln2(spectrum.WorkingDigits)).WithDigits(digits);
    }
}
