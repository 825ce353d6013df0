using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// The seed's closed forms for the optimal initial state (Eqs. 5, 10) under H_A + H_B + V_AB, evaluated exactly as
/// printed (sign conventions included) so that the oracle can compare them with its own evolution.
/// Seed 001_8d968b41aa3feca2.txt, Eqs. 4, 11-13 and Appendix B.
/// </summary>
public sealed class PublishedClosedForms
{
    private readonly HeatPumpParameters p;
    private readonly ProductGibbsState g;
    private readonly int w;

    public PublishedClosedForms(HeatPumpParameters parameters, int digits)
    {
        p = parameters;
        w = digits + 10;
        g = parameters.Product(w);
    }

    private BigReal Delta0 => g.InitialSed;
    private BigReal C0 => g.MaximalConcurrence;
    private BigReal SinDelta => p.Delta(w).Sin();
    private BigReal CosDelta => p.Delta(w).Cos();
    private BigReal TwoOmegaT(Rational t) => BigReal.FromRational(2 * p.Omega * t, w);
    private static BigReal Half(BigReal x) => x.ScaleByPowerOfTwo(-1);

    /// <summary>C_0 = 2 sqrt(lambda_4). Seed 001_8d968b41aa3feca2.txt, Eq. 11.</summary>
    public BigReal MaximalConcurrence => C0;

    /// <summary>theta = atan[C_0 sin(delta) / Delta_AB(0)]. Seed 001_8d968b41aa3feca2.txt, Eq. 13.</summary>
    public BigReal Theta => (C0 * SinDelta / Delta0).Atan();

    /// <summary>Delta_AB(t) = Delta_AB(0) sqrt(1 + (C_0 sin delta / Delta_AB(0))^2) cos(2 Omega t + theta), with its limit at Delta_AB(0) = 0. Seed 001_8d968b41aa3feca2.txt, Eq. 12.</summary>
    public BigReal Sed(Rational t)
    {
        // At T_A = T_B (Fig. 2), Delta_AB(0) = 0 and Eq. 12 is 0 * infinity; its limit Delta0 -> 0 (theta -> sign(x) pi/2)
        // is Delta0 cos(2 Omega t) - C_0 sin(delta) sin(2 Omega t) evaluated at Delta0 = 0.
        if (Delta0.IsZero) return -C0 * SinDelta * TwoOmegaT(t).Sin();
        var x = C0 * SinDelta / Delta0;
        return Delta0 * (BigReal.One + x * x).Sqrt() * (TwoOmegaT(t) + Theta).Cos();
    }

    /// <summary>First-order coefficient -2 Omega [Delta_AB(0)^2 + C_0^2 sin^2 delta]^{1/2} sin(theta). Seed 001_8d968b41aa3feca2.txt, text after Eq. 13.</summary>
    public BigReal InitialTrendAsPrinted =>
        -2 * BigReal.FromRational(p.Omega, w) * (Delta0 * Delta0 + C0 * C0 * SinDelta * SinDelta).Sqrt() * Theta.Sin();

    /// <summary>First maximum of the SED, tau = |theta| / (2 Omega). Seed 001_8d968b41aa3feca2.txt, Sec. III and Sec. V.</summary>
    public BigReal FirstMaximumTime => Theta.Abs() / BigReal.FromRational(2 * p.Omega, w);

    /// <summary>rho_11(t) = lambda_1 - lambda_2 as printed. Seed 001_8d968b41aa3feca2.txt, Appendix B.</summary>
    public BigReal Rho11 => g.Lambda1 - g.Lambda2;

    /// <summary>rho_44(t) = 0. Seed 001_8d968b41aa3feca2.txt, Appendix B.</summary>
    public BigReal Rho44 => BigReal.Zero;

    /// <summary>rho_22(t). Seed 001_8d968b41aa3feca2.txt, Eq. B2a.</summary>
    public BigReal Rho22(Rational t) =>
        Half(g.Lambda2 + g.Lambda3 + 2 * g.Lambda4 - Delta0 * TwoOmegaT(t).Cos() + SinDelta * C0 * TwoOmegaT(t).Sin());

    /// <summary>rho_33(t). Seed 001_8d968b41aa3feca2.txt, Eq. B2b.</summary>
    public BigReal Rho33(Rational t) =>
        Half(g.Lambda2 + g.Lambda3 + 2 * g.Lambda4 + Delta0 * TwoOmegaT(t).Cos() - SinDelta * C0 * TwoOmegaT(t).Sin());

    /// <summary>rho_23(t) = (e^{i phi_V}/2)[C_0 cos delta - i{sin delta C_0 cos(2 Omega t) - Delta_AB(0) sin(2 Omega t)}]. Seed 001_8d968b41aa3feca2.txt, Eq. B2c.</summary>
    public BigComplex Rho23(Rational t)
    {
        var inner = new BigComplex(Half(C0 * CosDelta), -Half(SinDelta * C0 * TwoOmegaT(t).Cos() - Delta0 * TwoOmegaT(t).Sin()));
        return BigComplex.FromPolar(BigReal.One, p.PhiV(w)) * inner;
    }

    /// <summary>E_A(t) = (1/2)[lambda_1 - lambda_4 - Delta_AB(0) cos(2 Omega t) - sin(delta) C_0 sin(2 Omega t)]. Seed 001_8d968b41aa3feca2.txt, Eq. B3 (upper sign).</summary>
    public BigReal EnergyA(Rational t) =>
        Half(g.Lambda1 - g.Lambda4 - Delta0 * TwoOmegaT(t).Cos() - SinDelta * C0 * TwoOmegaT(t).Sin());

    /// <summary>E_B(t) = (1/2)[lambda_1 - lambda_4 + Delta_AB(0) cos(2 Omega t) + sin(delta) C_0 sin(2 Omega t)]. Seed 001_8d968b41aa3feca2.txt, Eq. B3 (lower sign).</summary>
    public BigReal EnergyB(Rational t) =>
        Half(g.Lambda1 - g.Lambda4 + Delta0 * TwoOmegaT(t).Cos() + SinDelta * C0 * TwoOmegaT(t).Sin());

    /// <summary>Eq. 4's first-order term -i Tr{(H_A - H_B)[V_AB, chi]} for the chi of Eq. 10. Seed 001_8d968b41aa3feca2.txt, Eq. 4.</summary>
    public BigReal InitialTrendEq4()
    {
        var chi = CorrelationMatrix.Optimal(g, p.PhiChi(w)).Matrix();
        var v = TwoQubitHamiltonian.V(p.Omega, p.PhiV(w));
        var tr = ((TwoQubitHamiltonian.HA() - TwoQubitHamiltonian.HB()) * Matrix<BigComplex>.Commutator(v, chi)).Trace();
        return tr.Im; // -i (x + i y) has real part y
    }
}
