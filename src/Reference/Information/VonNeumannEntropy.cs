using QTherm.Reference.Numerics;

namespace QTherm.Reference.Information;

/// <summary>The von Neumann entropy S(rho) = -tr rho ln rho.</summary>
public static class VonNeumannEntropy
{
    /// <summary>
    /// S(rho) = -tr rho ln rho in nats, from the spectrum (von Neumann 1932; Nielsen and Chuang Eq. 11.40), with
    /// 0 ln 0 = 0 for eigenvalues below the zero threshold of <see cref="StateSpectrum"/>. rho need not have unit trace.
    /// </summary>
    public static BigReal Of(Matrix<BigComplex> rho, int digits) =>
        StateSpectrum.Of(rho, digits).EntropyNats().WithDigits(digits);

    /// <summary>S(rho) in bits: the value in nats divided by ln 2 (Nielsen and Chuang Eq. 11.40 with log base 2).</summary>
    public static BigReal InBits(Matrix<BigComplex> rho, int digits)
    {
        var spectrum = StateSpectrum.Of(rho, digits);
        return (spectrum.EntropyNats() / BigReal.Ln2(spectrum.WorkingDigits)).WithDigits(digits);
    }
}
