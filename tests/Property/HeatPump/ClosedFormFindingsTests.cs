using QTherm.Reference.HeatPump;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.HeatPump;

/// <summary>
/// Appendix A-B closed forms against the evolution at Fig. 1's parameters; where a printed form disagrees, the test
/// pins exactly which term differs. Seed 001_8d968b41aa3feca2.txt.
/// </summary>
public class ClosedFormFindingsTests
{
    private const int Digits = 30;
    private static readonly HeatPumpParameters Fig1 = HeatPumpParameters.WithDelta(2, 1, new Rational(1, 10), new Rational(-1, 2));
    private static readonly BigReal Tol = HeatPumpProperty.Tolerance(Digits - 5);
    private static readonly Rational T = 3;

    [Fact]
    public void B2a_B2b_hold_and_B2c_has_the_sign_of_the_Delta0_sin_term_flipped()
    {
        var p = new HeatPumpParameters(2, 1, new Rational(1, 10), new Rational(1, 3), new Rational(3, 4));
        var ev = new ClosedEvolution(p, Digits);
        var cf = new PublishedClosedForms(p, Digits);
        var rho = ev.StateAt(T);
        Assert.True((rho[1, 1].Re - cf.Rho22(T)).Abs() < Tol);
        Assert.True((rho[2, 2].Re - cf.Rho33(T)).Abs() < Tol);
        // rho_23(evolved) - rho_23(B2c) = -i e^{i phi_V} Delta0 sin(2 Omega t).
        var g = p.Product(Digits + 10);
        var s = BigReal.FromRational(2 * p.Omega * T, Digits + 10).Sin() * g.InitialSed;
        var expected = BigComplex.FromPolar(s, p.PhiV(Digits + 10)) * new BigComplex(BigReal.Zero, -BigReal.One);
        var diff = rho[1, 2] - cf.Rho23(T);
        Assert.True((diff - expected).Abs() < Tol, $"difference {diff.ToString(10)} expected {expected.ToString(10)}");
        Assert.True(diff.Abs() > BigReal.FromRational(new Rational(1, 100), 10));
    }

    [Fact]
    public void B3_differs_in_the_constant_and_cos_terms_and_rho11_is_lambda1_minus_lambda4()
    {
        var ev = new ClosedEvolution(Fig1, Digits);
        var cf = new PublishedClosedForms(Fig1, Digits);
        var g = Fig1.Product(Digits + 10);
        var rho = ev.StateAt(T);
        var cos = BigReal.FromRational(2 * Fig1.Omega * T, Digits + 10).Cos() * g.InitialSed;
        var eA = TwoQubitHamiltonian.Expectation(TwoQubitHamiltonian.HA(), rho);
        var eB = TwoQubitHamiltonian.Expectation(TwoQubitHamiltonian.HB(), rho);
        Assert.True((eA - cf.EnergyA(T) - (g.Lambda4 - g.Lambda1 + cos)).Abs() < Tol);
        Assert.True((eB - cf.EnergyB(T) - (g.Lambda4 - g.Lambda1 - cos)).Abs() < Tol);
        Assert.True((rho[0, 0].Re - (g.Lambda1 - g.Lambda4)).Abs() < Tol);
        Assert.True((rho[0, 0].Re - cf.Rho11).Abs() > BigReal.FromRational(new Rational(1, 100), 10));
        Assert.True(rho[3, 3].Abs() < Tol);
    }

    [Fact]
    public void First_maximum_of_the_evolution_is_at_abs_theta_over_two_omega()
    {
        var ev = new ClosedEvolution(Fig1, Digits);
        var tau = ev.FirstSedMaximumTime();
        Assert.True((tau - new PublishedClosedForms(Fig1, Digits).FirstMaximumTime).Abs() < Tol);
        Assert.InRange(tau.ToDouble(), 7.0100556, 7.0100557);
    }

    [Fact]
    public void Optimal_chi_meets_9a_9c_and_its_concurrence_is_C0()
    {
        var g = Fig1.Product(Digits + 10);
        var chi = CorrelationMatrix.Optimal(g, Fig1.PhiChi(Digits + 10));
        var conditions = CorrelationConditions.Of(g, chi, Digits);
        Assert.True(conditions.HoldWithin(Tol), $"min eigenvalue {conditions.MinEigenvalue.ToString(5)}");
        Assert.True((conditions.Concurrence - g.MaximalConcurrence).Abs() < Tol);
        // Exact check with rational Boltzmann ratios r = 1/2, 1/3 and chi_11 = -lambda_4, |chi_23|^2 = lambda_4.
        var (a0, a1) = QubitGibbsState.ExactFromBoltzmannRatio(new Rational(1, 2));
        var (b0, b1) = QubitGibbsState.ExactFromBoltzmannRatio(new Rational(1, 3));
        var l4 = a1 * b1;
        Assert.Equal((true, true, true), CorrelationConditions.Exact(new Rational(1, 2), new Rational(1, 3), -l4, l4));
        // One step past the optimum (|chi_23|^2 larger) violates positivity exactly.
        Assert.False(CorrelationConditions.Exact(new Rational(1, 2), new Rational(1, 3), -l4, l4 + new Rational(1, 1000000)).Positive);
    }

    [Fact]
    public void Appendix_A_search_finds_Eq11_and_Eq10()
    {
        var g = Fig1.Product(20);
        var lambda = new[] { g.Lambda1.ToDouble(), g.Lambda2.ToDouble(), g.Lambda3.ToDouble(), g.Lambda4.ToDouble() };
        var opt = OptimalCorrelationSearch.Find(lambda, grid: 40);
        Assert.InRange(opt.Concurrence - g.MaximalConcurrence.ToDouble(), -1e-6, 1e-6);
        Assert.InRange(opt.Chi11 + lambda[3], -1e-6, 1e-6);
        Assert.InRange(opt.Chi23 - Math.Sqrt(lambda[3]), -1e-6, 1e-6);
        // The double fast path agrees with the high-precision Wootters concurrence at the optimum. There rho is singular,
        // and a double eigenvalue error of ~1e-16 near zero becomes ~sqrt(1e-16) = 1e-8 after the square root.
        // The double search accepts points up to its rounding level outside the positive cone (here chi_11 below
        // -lambda_4 by 5e-14, so rho_44 < 0); the high-precision concurrence refuses a non-state, so clamp chi_11 to
        // the boundary -lambda_4 first (a change of 5e-14, far below the 1e-7 compared).
        var chi11 = BigReal.Max(BigReal.FromDouble(opt.Chi11, 20), -g.Lambda4);
        var chi = new CorrelationMatrix(chi11, BigReal.FromDouble(opt.Chi23, 20));
        var hp = Concurrence.Of(chi.InitialState(g), 20).ToDouble();
        Assert.InRange(hp - opt.Concurrence, -1e-7, 1e-7);
    }
}
