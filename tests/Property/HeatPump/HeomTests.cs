using System.Numerics;
using QTherm.Reference.HeatPump;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.HeatPump;

/// <summary>
/// HEOM (Drude-Lorentz baths) checks: detailed balance of the stationary hierarchy, the first law along a run, convergence
/// in L, K and dt, and the weak-coupling limit against the global Davies model. Seed 001_8d968b41aa3feca2.txt, Secs. IV-V.
/// </summary>
public class HeomTests
{
    private static readonly HeatPumpParameters Fig4 = HeatPumpParameters.WithDelta(2, 1, new Rational(1, 10), new Rational(-1, 2));

    [Fact]
    public void Golden_rule_rate_of_the_Drude_bath_is_the_Davies_rate()
    {
        // 2 J(omega)(1 + n(omega)) with lambda = kappa gamma/4 must be BathSpectrum's emission rate.
        foreach (var (t, k, g, w) in new[] { (1.0, 0.01, 10.0, 1.0), (2.0, 0.023, 2.0, 0.9), (0.5, 0.004, 5.0, 1.1) })
        {
            var drude = new DrudeLorentzBath(t, k, g);
            double golden = 2 * drude.SpectralDensity(w) / (1 - Math.Exp(-w / t));
            var davies = new BathSpectrum(Rational.FromDouble(t), Rational.FromDouble(k), Rational.FromDouble(g)).Rate(BigReal.FromDouble(w, 20), 20).ToDouble();
            Assert.InRange(golden / davies - 1, -1e-13, 1e-13);
        }
    }

    [Fact]
    public void Stationary_qubit_tends_to_the_Gibbs_state_linearly_in_the_coupling()
    {
        // Weak-coupling limit: the mean-force state deviates from the Gibbs state at first order in lambda.
        var s = new HeomSettings(3, 2, 0.1);
        foreach (var t in new[] { 1.0, 2.0 })
        {
            double gibbs = 1 / (1 + Math.Exp(1 / t));
            double Dev(double kappa) => HeomPumpCycle.StationaryQubit(new DrudeLorentzBath(t, kappa, 2), s)[3].Real - gibbs;
            double d1 = Dev(0.004), d2 = Dev(0.002);
            Assert.True(Math.Abs(d1) < 1e-3, $"T = {t}: deviation {d1:E3} at kappa = 0.004");
            Assert.InRange(d2 / d1, 0.4, 0.6);
        }
    }

    [Fact]
    public void First_law_holds_along_a_switched_run()
    {
        // E_S(t) - E_S(0) = sum_k int J_k + W_on + W_off; J_k is the first-tier current. RK4 at dt = 0.05: O(dt^4) ~ 1e-6 relative.
        var s = new HeomSettings(3, 1, 0.05);
        var bathA = new DrudeLorentzBath(2, 0.01, 2);
        var bathB = new DrudeLorentzBath(1, 0.023, 2);
        var h0 = HeomPumpCycle.FreeHamiltonian();
        var v = HeomPumpCycle.Coupling(Fig4);
        var free = HeomPumpCycle.TwoQubitGenerator(h0, bathA, bathB, s);
        var hs = new Complex[4, 4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) hs[i, j] = h0[i, j] + v[i, j];
        var coupled = free.WithHamiltonian(hs);
        var y = HeomPumpCycle.EquilibratedProduct(free, bathA, bathB, s);
        var chi = HeomPumpCycle.OptimalChi(y, Fig4.PhiChi(20).ToDouble());
        for (int i = 0; i < 16; i++) y[i] += chi[i];
        double E(Complex[,] h, Complex[] rho) { Complex t = 0; for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) t += h[i, j] * rho[j * 4 + i]; return t.Real; }
        var run = new HeomEvolution(coupled, y);
        double e0 = E(hs, run.ReducedState());
        run.Evolve(7, s.TimeStep);
        double e1 = E(hs, run.ReducedState());
        double wOff = -E(v, run.ReducedState());
        run.Switch(free);
        run.Evolve(20, s.TimeStep);
        double e2 = E(h0, run.ReducedState());
        double gained = run.SystemSideHeat(0) + run.SystemSideHeat(1);
        _ = e1;
        Assert.InRange(e2 - e0 - gained - wOff, -1e-7, 1e-7);
        Assert.True(Math.Abs(gained) > 1e-2, "the run must exchange heat for the check to mean anything");
        // The heat that left the baths includes the change of the interaction energy.
        Assert.InRange(run.Heat(0) - run.SystemSideHeat(0) - (free.InteractionEnergy(run.State, 0) - free.InteractionEnergy(y, 0)), -1e-12, 1e-12);
    }

    [Fact]
    public void Heat_per_cycle_converges_in_depth_Matsubara_terms_and_step()
    {
        static double Qb(int l, int k, double dt) =>
            new HeomPumpCycle(Fig4, new DrudeLorentzBath(2, 0.01, 2), new DrudeLorentzBath(1, 0.023, 2), new HeomSettings(l, k, dt), 7, 30, true, 100).Final.HeatB;
        double reference = Qb(2, 1, 0.05);
        Assert.True(reference > 0.1, $"anomalous heat drawn from the cold bath: {reference}");
        Assert.InRange(Qb(3, 1, 0.05) / reference - 1, -1e-4, 1e-4);   // L -> L + 1
        Assert.InRange(Qb(2, 2, 0.05) / reference - 1, -1e-3, 1e-3);   // K -> K + 1 (terminator carries the rest)
        Assert.InRange(Qb(2, 1, 0.025) / reference - 1, -1e-8, 1e-8);  // RK4: dt -> dt/2
    }

    [Fact]
    public void Heom_approaches_the_Davies_model_linearly_in_the_coupling()
    {
        // Per-cycle Q_B (tau = 7, relaxation 2/kappa): HEOM and the global Davies model differ at first order in kappa
        // (interaction energy, Lamb shift, non-secular terms), so halving kappa halves the relative difference.
        static double RelativeDifference(double kappa)
        {
            double relax = 2 / kappa;
            var heom = new HeomPumpCycle(Fig4, new DrudeLorentzBath(2, kappa, 2), new DrudeLorentzBath(1, kappa, 2), new HeomSettings(2, 0, 0.2), 7, relax, true, 1000);
            var k = Rational.FromDouble(kappa);
            var davies = new PumpCycle(Fig4, k, k, 2, 7, Rational.FromDouble(relax), true, 16, 2, 2);
            return heom.Final.HeatB / davies.Final.HeatB.ToDouble() - 1;
        }
        double d1 = RelativeDifference(0.008), d2 = RelativeDifference(0.004);
        Assert.InRange(Math.Abs(d1), 1e-3, 0.3);
        Assert.InRange(d2 / d1, 0.4, 0.6);
    }
}
