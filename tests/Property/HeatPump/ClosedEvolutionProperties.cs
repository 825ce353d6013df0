using QTherm.Reference.HeatPump;
using QTherm.Reference.Numerics;
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
        HeatPumpProperty.Check(HeatPumpProperty.ClosedCase(), c =>
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
        HeatPumpProperty.Check(HeatPumpProperty.ClosedCase(), c =>
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
        HeatPumpProperty.Check(HeatPumpProperty.ClosedCase(), c =>
        {
            var id = EnergyExchangeIdentity.At(new ClosedEvolution(c.P, Digits), c.T);
            return (id.LeftSide - id.RightSide).Abs() < HeatPumpProperty.Tolerance(Digits - 8);
        }, maxTest: 20, seed: 4003);
    }

    [Fact]
    public void Anomalous_direction_sed_initially_grows_for_negative_delta()
    {
        // Sufficient condition after Eq. 13: C_0 > 0 and -pi < delta < 0 make dDelta_AB/dt(0) > 0, for any T_A, T_B.
        HeatPumpProperty.Check(HeatPumpProperty.ClosedCase(anomalous: true), c =>
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
        HeatPumpProperty.Check(HeatPumpProperty.ClosedCase(), c =>
        {
            var ev = new ClosedEvolution(c.P, Digits);
            var d = TwoQubitHamiltonian.HA() - TwoQubitHamiltonian.HB();
            return (ev.RateOf(d, ev.InitialState) - new PublishedClosedForms(c.P, Digits).InitialTrendEq4()).Abs() < Tol;
        }, maxTest: 30, seed: 4005);
    }
}
