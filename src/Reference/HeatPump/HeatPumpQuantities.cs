using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>The heat-pump model's headline observables. Seed 001_8d968b41aa3feca2.txt.</summary>
public static class HeatPumpQuantities
{
    private const string Model = "heatpump";
    private const string Energy = "hbar omega";
    private const string Time = "1/omega";
    private const string One = "1";

    private static readonly ParameterSpec[] Closed =
    [
        new("T_A", Energy, "> 0", "temperature of qubit A (k_B = 1)", "2"),
        new("T_B", Energy, "> 0", "temperature of qubit B", "1"),
        new("Omega", Energy, ">= 0", "coupling magnitude of V_AB (Eq. 7)", "1/10"),
        new("delta_over_pi", One, "[-2, 2]", "delta = phi_V - phi_chi in units of pi", "-1/2"),
        new("phi_v_over_pi", One, "[-2, 2]", "phi_V in units of pi (phi_chi = phi_V - delta)", "0"),
    ];

    private static readonly ParameterSpec TimeSpec = new("t", Time, ">= 0", "time since the coupling was switched on", "3");

    private static readonly ParameterSpec[] Open =
    [
        .. Closed,
        new("kappa_a", One, ">= 0", "Ohmic coupling of qubit A to bath A (oracle's weak-coupling kappa)", "1/100"),
        new("kappa_b", One, ">= 0", "Ohmic coupling of qubit B to bath B", "23/1000"),
        new("cutoff", Energy, "> 0", "Drude cutoff of the bath spectral density", "10"),
        new("tau", Time, ">= 0", "coupling time of the pump cycle", "61/10"),
        new("tau_relax", Time, ">= 0", "rethermalisation time of the pump cycle", "500"),
    ];

    private static readonly ParameterSpec[] Heom =
    [
        .. Open,
        new("heom_depth", One, "[1, 12]", "HEOM hierarchy depth L", "3"),
        new("heom_matsubara", One, "[0, 20]", "Matsubara terms K per bath (plus the Ishizaki-Tanimura terminator)", "2"),
        new("heom_dt", Time, "(0, 1]", "RK4 step of the HEOM run", "1/50"),
    ];

    private static ParameterSpec[] WithTime(ParameterSpec[] specs) => [.. specs, TimeSpec];

    private static HeomSettings HeomSettingsOf(ParameterSet p) => new(p.Integer("heom_depth"), p.Integer("heom_matsubara"), p.Double("heom_dt"));

    private static HeomPumpCycle HeomCycle(ParameterSet p, double? coupledTime = null, double? relaxTime = null) =>
        new(Parameters(p), new DrudeLorentzBath(p.Double("T_A"), p.Double("kappa_a"), p.Double("cutoff")),
            new DrudeLorentzBath(p.Double("T_B"), p.Double("kappa_b"), p.Double("cutoff")), HeomSettingsOf(p),
            coupledTime ?? NonNegativeTime(p, "tau").ToDouble(), relaxTime ?? NonNegativeTime(p, "tau_relax").ToDouble(), true, 1);

    private static string HeomMethod(ParameterSet p) =>
        $"HEOM, Drude-Lorentz baths J = 2 lambda gamma w/(w^2+gamma^2), lambda = kappa gamma/4, sigma_x couplings, {HeomSettingsOf(p)}, " +
        "qubits pre-equilibrated with their baths, chi of Eq. 10 from the equilibrium populations; heat = first-tier current + interaction energy; " +
        "convergence at Fig. 6 parameters (gamma = 10): L 3 -> 4 changes Eq. 18's ratio by 1e-7 relative, K 2 -> 3 by 1.5e-3, dt 1/50 -> 1/100 below 1e-6";

    /// <summary>The first local maximum of E_A(t) on a sampled trajectory, refined by a parabola through the three samples around it.</summary>
    private static double FirstMaximum(IReadOnlyList<(double T, double E)> s)
    {
        for (int i = 1; i + 1 < s.Count; i++)
            if (s[i].E > s[i - 1].E && s[i].E >= s[i + 1].E)
            {
                double h = s[i].T - s[i - 1].T, a = s[i - 1].E, b = s[i].E, c = s[i + 1].E;
                return s[i].T + h * (a - c) / (2 * (a - 2 * b + c));
            }
        throw new InvalidOperationException("No maximum of E_A within the sampled window.");
    }

    private static HeatPumpParameters Parameters(ParameterSet p)
    {
        var phiV = p.Rational("phi_v_over_pi");
        return new HeatPumpParameters(p.Rational("T_A"), p.Rational("T_B"), p.Rational("Omega"), phiV, phiV - p.Rational("delta_over_pi"));
    }

    private static Rational NonNegativeTime(ParameterSet p, string name = "t")
    {
        var t = p.Rational(name);
        return t.Sign >= 0 ? t : throw new ParameterOutOfRangeException(name, t, ">= 0");
    }

    private static QuantityResult Evolved(ParameterSet p, Func<ClosedEvolution, Matrix<BigComplex>, BigReal> f, string what)
    {
        var ev = new ClosedEvolution(Parameters(p), p.Digits);
        return QuantityResult.Of(f(ev, ev.StateAt(NonNegativeTime(p))), p.Digits - 5,
            $"{what} of rho(t) = U rho0 U^dagger, U = exp(-iHt) by high-precision matrix exponential");
    }

    private static QuantityResult Formula(ParameterSet p, Func<PublishedClosedForms, BigReal> f, string where) =>
        QuantityResult.Of(f(new PublishedClosedForms(Parameters(p), p.Digits)), p.Digits - 5, $"closed form as printed, {where}");

    private static QuantityDefinition Q(string name, string meaning, string unit, ParameterSpec[] specs, Func<ParameterSet, QuantityResult> f, double conditioning = 1e2) =>
        new($"{Model}.{name}", Model, meaning, unit, specs, f, conditioning);


    private static PumpCycle Cycle(ParameterSet p, bool correlated, int steps = 16) =>
        new(Parameters(p), p.Rational("kappa_a"), p.Rational("kappa_b"), p.Rational("cutoff"), NonNegativeTime(p, "tau"),
            NonNegativeTime(p, "tau_relax"), correlated, p.Digits, steps, 20);

    private const string CycleMethod = "weak-coupling global Davies master equation (Ohmic-Drude Bose rates, sigma_x coupling), propagator and exact heat integral by Taylor + doubling";

    public static IEnumerable<QuantityDefinition> All()
    {
        var hA = TwoQubitHamiltonian.HA();
        var hB = TwoQubitHamiltonian.HB();
        yield return Q("c0", "maximal concurrence C_0 = 2 sqrt(lambda_4) (Eq. 11)", One, Closed, p => Formula(p, f => f.MaximalConcurrence, "Eq. 11"));
        yield return Q("c0_search", "maximal Wootters concurrence over chi_11, |chi_23| under Eqs. 9a-9b, found by the oracle's own search (Appendix A)", One, Closed, p =>
        {
            var g = Parameters(p).Product(20);
            var opt = OptimalCorrelationSearch.Find([g.Lambda1.ToDouble(), g.Lambda2.ToDouble(), g.Lambda3.ToDouble(), g.Lambda4.ToDouble()]);
            return QuantityResult.Of(BigReal.FromDouble(opt.Concurrence, 17), 6, "grid + nested golden-section search, double precision, positivity by eigenvalues");
        });
        yield return Q("concurrence", "Wootters concurrence of rho(t) (Fig. 1b)", One, WithTime(Closed), p => Evolved(p, (ev, rho) => Concurrence.Of(rho, p.Digits), "Wootters concurrence"));
        yield return Q("mutual_information", "mutual information I_AB of rho(t) in nats (Fig. 1c)", "nat", WithTime(Closed), p => Evolved(p, (ev, rho) => MutualInformation.Of(rho, [2, 2], p.Digits), "S_A + S_B - S_AB"));
        yield return Q("i0", "initial mutual information I_0 of rho_A^0 (x) rho_B^0 + chi (Eq. 10)", "nat", Closed, p =>
        {
            var ev = new ClosedEvolution(Parameters(p), p.Digits);
            return QuantityResult.Of(MutualInformation.Of(ev.InitialState, [2, 2], p.Digits), p.Digits - 5, "S_A + S_B - S_AB by eigenvalues");
        });
        yield return Q("sed", "subspace energy difference E_A - E_B at time t (Fig. 1a)", Energy, WithTime(Closed), p => Evolved(p, (ev, rho) => ClosedEvolution.Sed(rho), "Tr((H_A - H_B) rho)"));
        yield return Q("sed_eq12", "SED from the closed form Eq. 12", Energy, WithTime(Closed), p => Formula(p, f => f.Sed(NonNegativeTime(p)), "Eq. 12"));
        yield return Q("energy_a", "E_A(t) = Tr(H_A rho(t))", Energy, WithTime(Closed), p => Evolved(p, (ev, rho) => TwoQubitHamiltonian.Expectation(hA, rho), "Tr(H_A rho)"));
        yield return Q("energy_b", "E_B(t) = Tr(H_B rho(t))", Energy, WithTime(Closed), p => Evolved(p, (ev, rho) => TwoQubitHamiltonian.Expectation(hB, rho), "Tr(H_B rho)"));
        yield return Q("b3_energy_a", "E_A(t) from Eq. B3 as printed", Energy, WithTime(Closed), p => Formula(p, f => f.EnergyA(NonNegativeTime(p)), "Eq. B3"));
        yield return Q("b3_energy_b", "E_B(t) from Eq. B3 as printed", Energy, WithTime(Closed), p => Formula(p, f => f.EnergyB(NonNegativeTime(p)), "Eq. B3"));
        yield return Q("rho11", "rho_11(t) of the evolution", One, WithTime(Closed), p => Evolved(p, (ev, rho) => rho[0, 0].Re, "entry"));
        yield return Q("rho22", "rho_22(t) of the evolution", One, WithTime(Closed), p => Evolved(p, (ev, rho) => rho[1, 1].Re, "entry"));
        yield return Q("rho33", "rho_33(t) of the evolution", One, WithTime(Closed), p => Evolved(p, (ev, rho) => rho[2, 2].Re, "entry"));
        yield return Q("rho23_re", "Re rho_23(t) of the evolution", One, WithTime(Closed), p => Evolved(p, (ev, rho) => rho[1, 2].Re, "entry"));
        yield return Q("rho23_im", "Im rho_23(t) of the evolution", One, WithTime(Closed), p => Evolved(p, (ev, rho) => rho[1, 2].Im, "entry"));
        yield return Q("b_rho11", "rho_11(t) = lambda_1 - lambda_2 as printed in Appendix B", One, WithTime(Closed), p => Formula(p, f => f.Rho11, "Appendix B"));
        yield return Q("b2a_rho22", "rho_22(t) from Eq. B2a", One, WithTime(Closed), p => Formula(p, f => f.Rho22(NonNegativeTime(p)), "Eq. B2a"));
        yield return Q("b2b_rho33", "rho_33(t) from Eq. B2b", One, WithTime(Closed), p => Formula(p, f => f.Rho33(NonNegativeTime(p)), "Eq. B2b"));
        yield return Q("b2c_rho23_re", "Re rho_23(t) from Eq. B2c", One, WithTime(Closed), p => Formula(p, f => f.Rho23(NonNegativeTime(p)).Re, "Eq. B2c"));
        yield return Q("b2c_rho23_im", "Im rho_23(t) from Eq. B2c", One, WithTime(Closed), p => Formula(p, f => f.Rho23(NonNegativeTime(p)).Im, "Eq. B2c"));
        yield return Q("theta_eq13", "phase theta of Eq. 13", "rad", Closed, p => Formula(p, f => f.Theta, "Eq. 13"));
        yield return Q("first_max_time", "first maximum of the SED for t > 0, found on the evolution (Newton on dDelta/dt)", Time, Closed, p =>
            QuantityResult.Of(new ClosedEvolution(Parameters(p), p.Digits).FirstSedMaximumTime(), p.Digits - 5, "scan + Newton on the Liouville-equation derivative of the evolved SED"));
        yield return Q("first_max_time_formula", "tau = |theta|/(2 Omega) (Sec. III)", Time, Closed, p => Formula(p, f => f.FirstMaximumTime, "Sec. III"));
        yield return Q("initial_trend", "dDelta_AB/dt at t = 0 by central difference of the evolved SED", Energy, Closed, p =>
        {
            var ev = new ClosedEvolution(Parameters(p), p.Digits);
            var h = new Rational(1, System.Numerics.BigInteger.Pow(10, p.Digits / 3));
            var plus = ClosedEvolution.Sed(ev.StateAt(h));
            var u = ev.Propagator(-h);
            var minus = ClosedEvolution.Sed(u * ev.InitialState * u.Adjoint());
            var slope = (plus - minus) / BigReal.FromRational(2 * h, p.Digits + 10);
            return QuantityResult.Of(slope, 2 * p.Digits / 3 - 3, "central difference of the evolved SED, h = 10^-(digits/3)");
        });
        yield return Q("initial_trend_eq4", "-i Tr{(H_A - H_B)[V_AB, chi]} (Eq. 4)", Energy, Closed, p => Formula(p, f => f.InitialTrendEq4(), "Eq. 4"));
        yield return Q("initial_trend_text", "-2 Omega [Delta_AB(0)^2 + C_0^2 sin^2 delta]^{1/2} sin(theta) (text after Eq. 13)", Energy, Closed, p => Formula(p, f => f.InitialTrendAsPrinted, "text after Eq. 13"));
        yield return Q("eq2_lhs", "(beta_A - beta_B) Delta E_A(t) (Eq. 2, left side)", "nat", WithTime(Closed), p =>
            QuantityResult.Of(EnergyExchangeIdentity.At(new ClosedEvolution(Parameters(p), p.Digits), NonNegativeTime(p)).LeftSide, p.Digits - 5, "energies of the evolved state"));
        yield return Q("eq2_rhs", "S(rho_A||rho_A^0) + S(rho_B||rho_B^0) + Delta I_AB (Eq. 2, right side)", "nat", WithTime(Closed), p =>
            QuantityResult.Of(EnergyExchangeIdentity.At(new ClosedEvolution(Parameters(p), p.Digits), NonNegativeTime(p)).RightSide, p.Digits - 5, "relative entropies and mutual information of the evolved state"));
        yield return Q("concurrence_vanishes_at_first_max", "1 if the Wootters concurrence at the first SED maximum is below 10^-(digits/2 - 2), else 0 (Fig. 1b)", One, Closed, p =>
        {
            var ev = new ClosedEvolution(Parameters(p), p.Digits);
            var c = Concurrence.Of(ev.StateAt(ev.FirstSedMaximumTime().ToRational()), p.Digits);
            var floor = BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, p.Digits / 2 - 2)), 20);
            return QuantityResult.Exact(c < floor ? Rational.One : Rational.Zero, "Wootters concurrence of the evolved state at the Newton-refined first maximum; C = " + c.ToString(4));
        });
        yield return Q("mutual_information_fraction_at_first_max", "I_AB(tau)/I_0 at the first SED maximum tau (Fig. 1c)", One, Closed, p =>
        {
            var ev = new ClosedEvolution(Parameters(p), p.Digits);
            var i0 = MutualInformation.Of(ev.InitialState, [2, 2], p.Digits);
            var it = MutualInformation.Of(ev.StateAt(ev.FirstSedMaximumTime().ToRational()), [2, 2], p.Digits);
            return QuantityResult.Of(it / i0, p.Digits - 10, "S_A + S_B - S_AB of the evolved state at the Newton-refined first maximum, over I_0");
        });
        yield return Q("fig1_relative_variation", "max over one period pi/Omega (32 samples) of |C(t)/C(0) - 1| and |I(t)/I(0) - 1|, the larger (Fig. 1b-c)", One, Closed, p =>
        {
            var ev = new ClosedEvolution(Parameters(p), p.Digits);
            var c0 = Concurrence.Of(ev.InitialState, p.Digits);
            var i0 = MutualInformation.Of(ev.InitialState, [2, 2], p.Digits);
            var period = new Rational(314159265, 100000000) / Parameters(p).Omega;
            var worst = BigReal.Zero;
            for (int k = 1; k <= 32; k++)
            {
                var rho = ev.StateAt(period * new Rational(k, 32));
                worst = BigReal.Max(worst, BigReal.Max((Concurrence.Of(rho, p.Digits) / c0 - BigReal.One).Abs(), (MutualInformation.Of(rho, [2, 2], p.Digits) / i0 - BigReal.One).Abs()));
            }
            return QuantityResult.Of(worst, 6, "32 evolved states over one period; Wootters concurrence and S_A + S_B - S_AB");
        });
        yield return Q("anomalous_to_normal_amplitude", "SED at its first maximum for the given delta over |Delta_AB(0)|, the amplitude of the normal (delta = 0) oscillation (Fig. 2)", One, Closed, p =>
        {
            var ev = new ClosedEvolution(Parameters(p), p.Digits);
            var peak = ClosedEvolution.Sed(ev.StateAt(ev.FirstSedMaximumTime().ToRational()));
            return QuantityResult.Of(peak / ClosedEvolution.Sed(ev.InitialState).Abs(), p.Digits - 10, "evolved SED at the Newton-refined first maximum over the initial SED");
        });
        yield return Q("carnot_cop", "Carnot COP T_B/(T_A - T_B) (Eq. 18 left side)", One, Closed, p =>
            QuantityResult.Exact(PumpCycle.CarnotCop(p.Rational("T_A"), p.Rational("T_B")), "exact rational"));
        yield return Q("pump_heat_b", "heat drawn from the cold bath B in one pump cycle (Sec. V)", Energy, Open, p =>
            QuantityResult.Of(Cycle(p, true).Final.HeatB, p.Digits - 8, CycleMethod), 1e3);
        yield return Q("pump_heat_a", "heat drawn from the hot bath A in one pump cycle (negative: delivered)", Energy, Open, p =>
            QuantityResult.Of(Cycle(p, true).Final.HeatA, p.Digits - 8, CycleMethod), 1e3);
        yield return Q("cop", "COP Q_B/(Q_A + Q_B) per cycle (Eq. 16)", One, Open, p =>
            QuantityResult.Of(Cycle(p, true).CoefficientOfPerformance, p.Digits - 12, CycleMethod), 1e6);
        yield return Q("eq18_ratio", "Q_B/(T_A I_0) per cycle in the oracle's weak-coupling model (Eq. 18)", One, Open, p =>
            QuantityResult.Of(Cycle(p, true).Eq18Ratio, p.Digits - 8, CycleMethod), 1e3);
        yield return Q("eq18_ratio_heom", "Q_B/(T_A I_0) per cycle with HEOM, Drude-Lorentz baths (the seed's method, Eq. 18)", One, Heom, p =>
            QuantityResult.Of(BigReal.FromDouble(HeomCycle(p).Eq18Ratio, 17), 3, HeomMethod(p)), 1e2);
        yield return Q("heom_heat_b", "heat drawn from the cold bath B in one pump cycle, HEOM (Sec. V, Fig. 6)", Energy, Heom, p =>
            QuantityResult.Of(BigReal.FromDouble(HeomCycle(p).Final.HeatB, 17), 3, HeomMethod(p)), 1e2);
        yield return Q("heom_heat_a", "heat drawn from the hot bath A in one pump cycle, HEOM (negative: delivered; Fig. 6)", Energy, Heom, p =>
            QuantityResult.Of(BigReal.FromDouble(HeomCycle(p).Final.HeatA, 17), 3, HeomMethod(p)), 1e2);
        yield return Q("first_max_time_heom", "first maximum of E_A(t) with V_AB on and the qubits coupled to their HEOM baths (Sec. V's tau)", Time, Heom, p =>
        {
            var c = HeomCycle(p, 15, 0);
            return QuantityResult.Of(BigReal.FromDouble(FirstMaximum(c.Samples.Select(x => (x.Time, x.EnergyA)).ToList()), 17), 3,
                HeomMethod(p) + "; maximum from the RK4 samples refined by a parabola");
        }, 1e2);
        yield return Q("sigma_min", "minimum over the sampled cycle of Sigma(t) = Delta S_AB - Q_A/T_A - Q_B/T_B (Eq. 15 with Appendix C's sign)", "nat", Open, p =>
        {
            var c = Cycle(p, true);
            return QuantityResult.Of(c.Samples.Select(c.EntropyProduction).Aggregate(BigReal.Min), p.Digits - 8, CycleMethod);
        });
        yield return Q("sigma0_min", "minimum over the sampled cycle of Sigma_0(t) (Eq. 14 with Appendix C's sign)", "nat", Open, p =>
        {
            var c = Cycle(p, true);
            return QuantityResult.Of(c.Samples.Select(c.LocalEntropyProduction).Aggregate(BigReal.Min), p.Digits - 8, CycleMethod);
        });
        yield return Q("sigma_nonnegative", "1 if Sigma(t) >= -10^-(digits-10) at every sampled time of the cycle (Eq. 15 with Appendix C's sign), else 0", One, Open, p =>
        {
            var c = Cycle(p, true);
            var floor = -BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, p.Digits - 10)), 20);
            var min = c.Samples.Select(c.EntropyProduction).Aggregate(BigReal.Min);
            return QuantityResult.Exact(min >= floor ? Rational.One : Rational.Zero, CycleMethod + "; min Sigma = " + min.ToString(6));
        });
        yield return Q("sigma0_negative", "1 if Sigma_0(t) < 0 at some sampled time of the cycle (Eq. 14 with Appendix C's sign), else 0", One, Open, p =>
        {
            var c = Cycle(p, true);
            var min = c.Samples.Select(c.LocalEntropyProduction).Aggregate(BigReal.Min);
            return QuantityResult.Exact(min.Sign < 0 ? Rational.One : Rational.Zero, CycleMethod + "; min Sigma_0 = " + min.ToString(6));
        });
        yield return Q("rethermalised", "1 if after tau_relax both reduced states are within 1e-3 (max entry) of their Gibbs states, else 0", One, Open, p =>
        {
            var c = Cycle(p, true);
            var rho = c.Final.State;
            var g = Parameters(p).Product(p.Digits);
            var dev = BigReal.Max((rho.ReducedTo([2, 2], 0)[1, 1].Re - g.A.Excited).Abs(), (rho.ReducedTo([2, 2], 1)[1, 1].Re - g.B.Excited).Abs());
            return QuantityResult.Exact(dev < BigReal.FromRational(new Rational(1, 1000), 20) ? Rational.One : Rational.Zero, CycleMethod + "; deviation " + dev.ToString(4));
        });
    }
}
