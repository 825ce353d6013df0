using QTherm.Reference.HeatPump;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.HeatPump;

/// <summary>Invariants of the closed evolution and the closed forms of Sec. III, for random parameters. Seed 001_8d968b41aa3feca2.txt.</summary>
public class ClosedEvolutionProperties
{
    private const int Digits = 25;
    private static readonly BigReal Tol = HeatPumpProperty.Tolerance(Digits - 5);

    [Fact]
    public void Evolution_keeps_trace_positivity_spectrum_and_energy()
    {
        PropertyConfig.Check(HeatPumpProperty.ClosedCase(), c =>
        {
            var ev = new ClosedEvolution(c.P, Digits);
            var rho = ev.StateAt(c.T);
            var spectrum0 = HermitianEigensystem.Of(ev.InitialState, Digits).Values;
            var spectrum = HermitianEigensystem.Of(rho, Digits).Values;
            var hA = TwoQubitHamiltonian.HA();
            var hB = TwoQubitHamiltonian.HB();
            var v = TwoQubitHamiltonian.V(c.P.Omega, c.P.PhiV(Digits + 10));
            BigReal Energy(Matrix<BigComplex> r) => TwoQubitHamiltonian.Expectation(hA + hB + v, r);
            bool trace = (rho.Trace() - BigComplex.One).Abs() < Tol;
            bool positive = spectrum[0] > -Tol;
            bool sameSpectrum = spectrum.Zip(spectrum0).All(z => (z.First - z.Second).Abs() < Tol);
            bool energy = (Energy(rho) - Energy(ev.InitialState)).Abs() < Tol;
            return trace && positive && sameSpectrum && energy;
        }, maxTest: 25, seed: 4001);
    }

    [Fact]
    public void Eq12_matches_the_evolution_for_random_parameters()
    {
        PropertyConfig.Check(HeatPumpProperty.ClosedCase(), c =>
        {
            if (c.P.TemperatureA == c.P.TemperatureB) return true; // Eq. 12 divides by Delta_AB(0) = 0
            var ev = new ClosedEvolution(c.P, Digits);
            var closed = new PublishedClosedForms(c.P, Digits).Sed(c.T);
            return (ClosedEvolution.Sed(ev.StateAt(c.T)) - closed).Abs() < Tol;
        }, maxTest: 40, seed: 4002);
    }

    [Fact]
    public void Eq2_identity_holds_at_random_times()
    {
        PropertyConfig.Check(HeatPumpProperty.ClosedCase(), c =>
        {
            var id = EnergyExchangeIdentity.At(new ClosedEvolution(c.P, Digits), c.T);
            return (id.LeftSide - id.RightSide).Abs() < HeatPumpProperty.Tolerance(Digits - 8);
        }, maxTest: 20, seed: 4003);
    }

    [Fact]
    public void Anomalous_direction_sed_initially_grows_for_negative_delta()
    {
        // Sufficient condition after Eq. 13: C_0 > 0 and -pi < delta < 0 make dDelta_AB/dt(0) > 0, for any T_A, T_B.
        PropertyConfig.Check(HeatPumpProperty.ClosedCase(anomalous: true), c =>
        {
            if (c.P.Omega.IsZero) return true;
            var ev = new ClosedEvolution(c.P, Digits);
            var h = new Rational(1, 1000000);
            return ClosedEvolution.Sed(ev.StateAt(h)) > ClosedEvolution.Sed(ev.InitialState);
        }, maxTest: 30, seed: 4004);
    }

    [Fact]
    public void Eq4_trend_equals_the_derivative_of_the_evolution()
    {
        PropertyConfig.Check(HeatPumpProperty.ClosedCase(), c =>
        {
            var ev = new ClosedEvolution(c.P, Digits);
            var d = TwoQubitHamiltonian.HA() - TwoQubitHamiltonian.HB();
            return (ev.RateOf(d, ev.InitialState) - new PublishedClosedForms(c.P, Digits).InitialTrendEq4()).Abs() < Tol;
        }, maxTest: 30, seed: 4005);
    }
}

/// <summary>
/// Sec. III: "In the absence of initial entanglement (C_0 = 0 and thus theta = 0), SED never exceeds the initial value
/// and normal energy exchange proceeds." Within Eq. 10's family C_0 = 0 means chi = 0. Seed 001_8d968b41aa3feca2.txt, Eqs. 2, 12-13.
/// </summary>
public class NoEntanglementProperties
{
    private const int Digits = 25;

    [Fact]
    public void Without_correlation_the_exchange_is_normal_at_all_times()
    {
        // chi = 0: |Delta_AB(t)| <= |Delta_AB(0)| and (beta_A - beta_B) Delta E_A(t) >= 0 (Eq. 2 with Delta I >= 0).
        var tol = HeatPumpProperty.Tolerance(Digits - 5);
        PropertyConfig.Check(HeatPumpProperty.ClosedCase(), c =>
        {
            var zero = new CorrelationMatrix(BigReal.Zero, BigComplex.Zero);
            var ev = new ClosedEvolution(c.P, Digits, zero);
            var rho = ev.StateAt(c.T);
            var sed0 = ClosedEvolution.Sed(ev.InitialState);
            var sed = ClosedEvolution.Sed(rho);
            var hA = TwoQubitHamiltonian.HA();
            var dEA = TwoQubitHamiltonian.Expectation(hA, rho) - TwoQubitHamiltonian.Expectation(hA, ev.InitialState);
            var dBeta = BigReal.FromRational(c.P.TemperatureA.Reciprocal() - c.P.TemperatureB.Reciprocal(), Digits);
            return sed.Abs() <= sed0.Abs() + tol && dBeta * dEA >= -tol;
        }, maxTest: 30, seed: 4006);
    }

    [Fact]
    public void A_separable_coherent_chi_can_still_reverse_the_flow()
    {
        // Outside Eq. 10's family zero concurrence does not forbid anomalous exchange (Eq. 4 needs only [V_AB, chi] != 0):
        // chi_11 = 0, chi_23 = e^{i phi_chi} sqrt(lambda_2 lambda_3) is positive (A2b at equality) and separable
        // (A3: |chi_23| = sqrt(lambda_1 lambda_4) since lambda_1 lambda_4 = lambda_2 lambda_3), yet dDelta/dt(0) > 0 for delta = -pi/2.
        var p = HeatPumpParameters.WithDelta(2, 1, new Rational(1, 10), new Rational(-1, 2));
        var g = p.Product(Digits + 10);
        var chi = new CorrelationMatrix(BigReal.Zero, BigComplex.FromPolar((g.Lambda2 * g.Lambda3).Sqrt(), p.PhiChi(Digits + 10)));
        var ev = new ClosedEvolution(p, Digits, chi);
        Assert.True(QTherm.Reference.Information.Concurrence.Of(ev.InitialState, Digits) < HeatPumpProperty.Tolerance(Digits / 2 - 2));
        var d = TwoQubitHamiltonian.HA() - TwoQubitHamiltonian.HB();
        Assert.True(ev.RateOf(d, ev.InitialState) > HeatPumpProperty.Tolerance(2));
        Assert.True(ClosedEvolution.Sed(ev.StateAt(5)) > ClosedEvolution.Sed(ev.InitialState));
    }
}
