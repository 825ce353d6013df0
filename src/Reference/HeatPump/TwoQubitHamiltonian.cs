using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// H_A = sigma_z/2 (x) 1, H_B = 1 (x) sigma_z/2 with |0> at -1/2, and V_AB = Omega (e^{i phi_V}|01&gt;&lt;10| + h.c.).
/// Seed 001_8d968b41aa3feca2.txt, Sec. III and Eq. 7.
/// </summary>
public static class TwoQubitHamiltonian
{
    private static readonly BigComplex Half = BigReal.One.ScaleByPowerOfTwo(-1);

    /// <summary>H_A (x) 1. Seed 001_8d968b41aa3feca2.txt, Sec. III.</summary>
    public static Matrix<BigComplex> HA() => Matrix<BigComplex>.Diagonal(-Half, -Half, Half, Half);

    /// <summary>1 (x) H_B. Seed 001_8d968b41aa3feca2.txt, Sec. III.</summary>
    public static Matrix<BigComplex> HB() => Matrix<BigComplex>.Diagonal(-Half, Half, -Half, Half);

    /// <summary>V_AB. Seed 001_8d968b41aa3feca2.txt, Eq. 7.</summary>
    public static Matrix<BigComplex> V(Rational omega, BigReal phiV)
    {
        var entry = BigComplex.FromPolar(BigReal.FromRational(omega, phiV.Digits), phiV);
        return Matrix<BigComplex>.Create(4, 4, (i, j) => (i, j) switch
        {
            (1, 2) => entry,
            (2, 1) => entry.Conjugate(),
            _ => BigComplex.Zero,
        });
    }

    /// <summary>H_A + H_B + V_AB. Seed 001_8d968b41aa3feca2.txt, Appendix B.</summary>
    public static Matrix<BigComplex> Total(Rational omega, BigReal phiV) => HA() + HB() + V(omega, phiV);

    /// <summary>Expectation Tr(O rho) (real part; O Hermitian).</summary>
    public static BigReal Expectation(Matrix<BigComplex> o, Matrix<BigComplex> rho) => (o * rho).Trace().Re;
}
