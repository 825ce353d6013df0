using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Parameters of the two-qubit anomalous-energy-exchange model (hbar omega = k_B = 1): temperatures of A and B,
/// coupling magnitude Omega and phase phi_V of V_AB (Eq. 7), and phase phi_chi of the correlation (Eq. 10).
/// Phases are given in units of pi (exact rationals) so that delta = phi_V - phi_chi = -pi/2 is exact.
/// Seed 001_8d968b41aa3feca2.txt, Eqs. 5-10.
/// </summary>
public sealed record HeatPumpParameters
{
    public Rational TemperatureA { get; }
    public Rational TemperatureB { get; }
    public Rational Omega { get; }
    public Rational PhiVOverPi { get; }
    public Rational PhiChiOverPi { get; }

    public HeatPumpParameters(Rational temperatureA, Rational temperatureB, Rational omega, Rational phiVOverPi, Rational phiChiOverPi)
    {
        if (temperatureA.Sign <= 0) throw new ParameterOutOfRangeException("T_A", temperatureA, "> 0", "temperature in units of hbar omega / k_B");
        if (temperatureB.Sign <= 0) throw new ParameterOutOfRangeException("T_B", temperatureB, "> 0", "temperature in units of hbar omega / k_B");
        if (omega.Sign < 0) throw new ParameterOutOfRangeException("Omega", omega, ">= 0", "magnitude of the coupling V_AB (Eq. 7)");
        if (phiVOverPi < -2 || phiVOverPi > 2) throw new ParameterOutOfRangeException("phi_V/pi", phiVOverPi, "[-2, 2]");
        if (phiChiOverPi < -2 || phiChiOverPi > 2) throw new ParameterOutOfRangeException("phi_chi/pi", phiChiOverPi, "[-2, 2]");
        TemperatureA = temperatureA;
        TemperatureB = temperatureB;
        Omega = omega;
        PhiVOverPi = phiVOverPi;
        PhiChiOverPi = phiChiOverPi;
    }

    /// <summary>phi_V = 0 and phi_chi = -delta: the paper's figures fix only delta = phi_V - phi_chi (Sec. III).</summary>
    public static HeatPumpParameters WithDelta(Rational temperatureA, Rational temperatureB, Rational omega, Rational deltaOverPi) =>
        new(temperatureA, temperatureB, omega, Rational.Zero, -deltaOverPi);

    /// <summary>delta = phi_V - phi_chi in units of pi. Seed 001_8d968b41aa3feca2.txt, Eq. 13.</summary>
    public Rational DeltaOverPi => PhiVOverPi - PhiChiOverPi;

    public BigReal PhiV(int digits) => BigReal.FromRational(PhiVOverPi, digits + 5) * BigReal.Pi(digits + 5);
    public BigReal PhiChi(int digits) => BigReal.FromRational(PhiChiOverPi, digits + 5) * BigReal.Pi(digits + 5);
    public BigReal Delta(int digits) => BigReal.FromRational(DeltaOverPi, digits + 5) * BigReal.Pi(digits + 5);

    public QubitGibbsState GibbsA(int digits) => QubitGibbsState.AtTemperature(TemperatureA, digits);
    public QubitGibbsState GibbsB(int digits) => QubitGibbsState.AtTemperature(TemperatureB, digits);
    public ProductGibbsState Product(int digits) => new(GibbsA(digits), GibbsB(digits));
}
