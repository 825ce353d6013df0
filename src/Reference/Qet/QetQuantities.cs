using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Qet;

/// <summary>
/// The QET model's headline observables (model id <c>qet</c>), in units of the model's energy scale (hbar = k_B = 1,
/// energies in the unit of h / eps, angles in rad). Oracle quantities simulate the protocol; the <c>*_closed_form</c>
/// quantities evaluate the published formulas (Hotta arXiv:1002.0200; seed 002_3d1265a9cee6337c.txt Sec. 3).
/// </summary>
public static class QetQuantities
{
    private const string Model = "qet";
    private const string Energy = "energy (model units)";
    private const string Angle = "rad";
    private const string Verdict = "1 (claim holds) / 0";

    private static readonly ParameterSpec H = new("h", Energy, "> 0", "Hotta's local field h", "1");
    private static readonly ParameterSpec K = new("k", Energy, "> 0", "Hotta's coupling k", "3/2");
    private static readonly ParameterSpec Theta = new("theta", Angle, "finite", "Bob's rotation angle theta");
    private static readonly ParameterSpec T = new("T", Energy, "> 0", "temperature k_B T");
    private static readonly ParameterSpec EpsA = new("eps_A", Energy, "> 0", "Alice's field eps_A", "1");
    private static readonly ParameterSpec EpsB = new("eps_B", Energy, "> 0", "Bob's field eps_B", "1");
    private static readonly ParameterSpec Kappa = new("kappa", Energy, "> 0", "coupling kappa (H has 2 kappa sx sx)", "3/2");
    private static readonly ParameterSpec TA = new("T_A", Energy, "> 0", "temperature of Alice's reservoir", "1");
    private static readonly ParameterSpec TB = new("T_B", Energy, "> 0", "temperature of Bob's reservoir", "1/4");
    private static readonly ParameterSpec MuA = new("mu_A", Energy, "finite; 0 for bosons", "chemical potential of Alice's reservoir", "0");
    private static readonly ParameterSpec MuB = new("mu_B", Energy, "finite; 0 for bosons", "chemical potential of Bob's reservoir", "0");
    private static readonly ParameterSpec Gamma = new("gamma", Energy, ">= 0", "dissipation rate gamma of both reservoirs", "1/10");
    private static readonly ParameterSpec Form = new("form", "-", "local | global | redfield", "master equation form", "redfield");
    private static readonly ParameterSpec Statistics = new("statistics", "-", "bosonic | fermionic", "reservoir statistics", "bosonic");
    private static readonly ParameterSpec GammaFrom = new("gamma_decade_from", "-", "integer in [-6, 6]", "scan gamma from 10^from", "-3");
    private static readonly ParameterSpec GammaTo = new("gamma_decade_to", "-", "integer in [-6, 6], >= from", "scan gamma up to 5 x 10^to", "2");

    private static ParameterSpec[] HottaSpecs => [H, K];
    private static ParameterSpec[] OpenSpecs => [EpsA, EpsB, Kappa, TA, TB, MuA, MuB, Gamma, Form, Statistics];

    public static IEnumerable<QuantityDefinition> All()
    {
        yield return new("qet.ea", Model, "E_A injected by Alice's sx_A measurement into Hotta's ground state (simulated on the computed ground projector)",
            Energy, HottaSpecs, p => Hp(p, (m, sc) => Ground(m, sc, BigReal.Zero).EnergyInjected.Re, "protocol simulation"), 10);
        yield return new("qet.ea_closed_form", Model, "Hotta's closed form E_A = h^2/s", Energy, HottaSpecs,
            p => Hp(p, (m, sc) => m.HottaEnergyInjected(sc.Digits), "Hotta closed form"), 10);
        yield return new("qet.eb", Model, "E_B(theta): energy Bob's feedback extracts, Tr[H rho_1] - Tr[H rho_2] (simulated)", Energy, [H, K, Theta],
            p => Hp(p, (m, sc) => Ground(m, sc, p.Real("theta")).BobOutput.Re, "protocol simulation"), 100);
        yield return new("qet.eb_closed_form", Model, "Hotta's closed form E_B(theta) = [eta sin 2theta - xi (1 - cos 2theta)]/s", Energy, [H, K, Theta],
            p => Hp(p, (m, sc) => m.HottaBobOutput(p.Real("theta"), sc.Digits), "Hotta closed form"), 100);
        yield return new("qet.seed_eb_output", Model, "the seed's Sec. 3 formula read as Bob's output: -Delta E_B = -Tr[H_B (sum_k U_k M_k rho M_k^dagger U_k^dagger - rho)]",
            Energy, [H, K, Theta], p => Hp(p, (m, sc) => -Ground(m, sc, p.Real("theta")).SeedDeltaEB.Re, "seed Sec. 3 formula on the simulated states"), 100);
        yield return new("qet.theta_opt", Model, "theta maximising E_B (from the simulated output curve)", Angle, HottaSpecs,
            p => Hp(p, (m, sc) => GroundCurve(m, sc).OptimalAngle, "simulated E_B(theta) at two exact angles, exact trig form"), 10);
        yield return new("qet.theta_opt_closed_form", Model, "Hotta's optimum tan 2theta = eta/xi", Angle, HottaSpecs,
            p => Hp(p, (m, sc) => m.HottaOptimalAngle(sc.Digits), "Hotta closed form"), 10);
        yield return new("qet.eb_max", Model, "maximal E_B, simulated at the optimum of the simulated curve", Energy, HottaSpecs,
            p => Hp(p, (m, sc) => Ground(m, sc, GroundCurve(m, sc).OptimalAngle).BobOutput.Re, "protocol simulation at the fitted optimum"), 10);
        yield return new("qet.eb_max_closed_form", Model, "Hotta's E_B max = [sqrt(xi^2 + eta^2) - xi]/s", Energy, HottaSpecs,
            p => Hp(p, (m, sc) => m.HottaMaximalBobOutput(sc.Digits), "Hotta closed form"), 10);
        yield return new("qet.gibbs_eb", Model, "E_B from the Gibbs state at T with Hotta's ground-state-optimal theta", Energy, [H, K, T],
            p => Hp(p, (m, sc) => GibbsDecomposition(m, p.Rational("T"), sc).DirectOutput.Re, "protocol simulation on the Gibbs state"), 100);
        yield return new("qet.highest_population_relative_deviation", Model,
            "|E_ext - p_0 E^(0)| / |E_ext| for the Gibbs state at T (seed Sec. 2.1 highest-population rule)", "1", [H, K, T],
            p => Hp(p, (m, sc) =>
            {
                var d = GibbsDecomposition(m, p.Rational("T"), sc);
                return (d.DeviationFromHighestPopulationTerm(sc).Re / d.DirectOutput.Re).Abs();
            }, "eigenstate decomposition of the simulated Gibbs output"), 1e4);
        yield return new("qet.highest_population_rule", Model,
            "1 if the highest-population term p_0 E^(0) alone gives E_ext of the Gibbs state within 10 % and with its sign, else 0", Verdict, [H, K, T],
            p => Hp(p, (m, sc) =>
            {
                var d = GibbsDecomposition(m, p.Rational("T"), sc);
                var rel = (d.DeviationFromHighestPopulationTerm(sc).Re / d.DirectOutput.Re).Abs();
                return rel <= BigReal.FromRational(new Rational(1, 10), sc.Digits) ? BigReal.One : BigReal.Zero;
            }, "eigenstate decomposition of the simulated Gibbs output"), 1);
        yield return new("qet.iqc_bob", Model, "I_QC(M:B) = S(rho_B) - sum_k p_k S(rho_B^(k)) for the Gibbs state at T (nats)", "nat", [H, K, T],
            p => Hp(p, (m, sc) => QcMutualInformation.AboutBob(GibbsState.Of(m.Eigenbasis, p.Rational("T"), sc.Digits).Density,
                AliceMeasurements.ProjectiveSx(sc), sc.Digits), "entropies of simulated conditional states"), 100);
        yield return new("qet.information_bound_slack", Model,
            "T I_QC(M:AB) - (E_B - E_A) on the Gibbs state at T, theta_opt: >= 0 is the Sagawa-Ueda bound under its premises", Energy, [H, K, T],
            p => Hp(p, (m, sc) => Bound(m, p.Rational("T"), sc).SlackOfNetWorkBound, "simulation + analytic entropies"), 100);
        yield return new("qet.seed_information_bound_slack", Model,
            "T I_QC(M:B) - E_B on the Gibbs state at T, theta_opt: the seed's Sec. 1.3 bound read with Bob's output alone (negative = violated)",
            Energy, [H, K, T], p => Hp(p, (m, sc) => Bound(m, p.Rational("T"), sc).SlackOfSeedReading, "simulation + analytic entropies"), 100);
        yield return new("qet.information_bound_holds", Model,
            "1 if E_B - E_A <= T I_QC(M:AB) on the Gibbs state at T (Sagawa-Ueda under the premises in SagawaUedaBound), else 0", Verdict, [H, K, T],
            p => Hp(p, (m, sc) => Holds(Bound(m, p.Rational("T"), sc).SlackOfNetWorkBound, sc), "simulation + analytic entropies"), 1);
        yield return new("qet.seed_information_bound_holds", Model,
            "1 if Bob's output E_B <= T I_QC(M:B) on the Gibbs state at T (the seed's Sec. 1.3 bound read literally), else 0", Verdict, [H, K, T],
            p => Hp(p, (m, sc) => Holds(Bound(m, p.Rational("T"), sc).SlackOfSeedReading, sc), "simulation + analytic entropies"), 1);
        yield return new("qet.steady_eout", Model, "max_theta E_B of the steady state of the two-reservoir master equation (Alice measures sx_A)",
            Energy, OpenSpecs, p => Open(p, (s, f, sc) => s.SteadyStateOutput(f, sc).Maximum, "steady state by elimination + protocol simulation"));
        yield return new("qet.steady_eout_uninformed", Model,
            "max_theta of what Bob extracts from the same steady state WITHOUT Alice's outcome (same rotation for both outcomes): the non-QET baseline",
            Energy, OpenSpecs, p => Open(p, (s, f, sc) => UninformedCurve(s, f, sc).Maximum, "steady state by elimination + protocol simulation"));
        yield return new("qet.steady_min_principal_minor", Model,
            "most negative principal minor of the steady state (0 when positive semidefinite; Redfield may go negative)", "1", OpenSpecs,
            p => Open(p, (s, f, sc) => s.SteadyState(f, sc).Validity.MostNegativeMinor, "principal minors of the steady state"));
        yield return new("qet.ness_enhancement", Model,
            "E_out(NESS at T_A, T_B, mu_A, mu_B) - E_out(steady state with both reservoirs at the mean T and mean mu), both max over theta (seed Sec. 2.2)", Energy, OpenSpecs,
            p => Open(p, (s, f, sc) => Enhancement(s, f, sc), "two steady states + protocol simulation"));
        yield return new("qet.ness_enhancement_verdict", Model,
            "1 if the NESS gives more E_out than the equilibrium steady state at the mean temperature (seed Sec. 2.2), else 0", Verdict, OpenSpecs,
            p => Open(p, (s, f, sc) => Enhancement(s, f, sc).Sign > 0 ? BigReal.One : BigReal.Zero, "two steady states + protocol simulation"));
        yield return new("qet.bell_shape", Model,
            "1 if max_theta E_out(gamma) over gamma in {1, 2, 5} x 10^[from..to] has an interior maximum above both ends (seed Sec. 2.3), else 0",
            Verdict, [.. OpenSpecs.Where(s => s.Name != "gamma"), GammaFrom, GammaTo],
            p => Open(p, (s, f, sc) =>
            {
                int from = p.Integer("gamma_decade_from"), to = p.Integer("gamma_decade_to");
                if (from < -6 || from > 6) throw new ParameterOutOfRangeException("gamma_decade_from", from, "integer in [-6, 6]");
                if (to < from || to > 6) throw new ParameterOutOfRangeException("gamma_decade_to", to, "integer in [from, 6]");
                var scan = DissipationScan.Of(s, f, DissipationScan.LogGrid(from, to), sc);
                return scan.HasSignificantInteriorMaximum(sc) ? BigReal.One : BigReal.Zero;
            }, "steady states on a gamma grid + protocol simulation", gammaGiven: false));
    }

    private static QuantityResult Hp(ParameterSet p, Func<HottaMinimalModel, HighPrecisionScalars, BigReal> f, string method)
    {
        var model = new HottaMinimalModel(p.Rational("h"), p.Rational("k"));
        var scalars = new HighPrecisionScalars(p.Digits);
        return QuantityResult.Of(f(model, scalars), p.Digits - HighPrecisionScalars.GuardDigits, method);
    }

    private static QetRun<BigComplex> Ground(HottaMinimalModel m, HighPrecisionScalars sc, BigReal theta) =>
        QetProtocol.Run(m.Hamiltonian(sc.Digits), m.Eigenbasis.Levels(sc.Digits)[0].Projector, AliceMeasurements.ProjectiveSx(sc), HottaFeedback.AtAngle(theta, sc));

    private static BobOutputCurve GroundCurve(HottaMinimalModel m, HighPrecisionScalars sc) =>
        BobOutputCurve.Of(m.Hamiltonian(sc.Digits), m.Eigenbasis.Levels(sc.Digits)[0].Projector, AliceMeasurements.ProjectiveSx(sc), sc);

    private static EigenstateDecomposition<BigComplex> GibbsDecomposition(HottaMinimalModel m, Rational temperature, HighPrecisionScalars sc)
    {
        var gibbs = GibbsState.Of(m.Eigenbasis, temperature, sc.Digits);
        return EigenstateDecomposition<BigComplex>.Of(m.Hamiltonian(sc.Digits), gibbs.Levels.Select(l => l.Projector).ToList(),
            gibbs.Populations.Select(BigComplex.FromReal).ToList(), AliceMeasurements.ProjectiveSx(sc), HottaFeedback.AtAngle(m.HottaOptimalAngle(sc.Digits), sc));
    }

    private static SagawaUedaBound Bound(HottaMinimalModel m, Rational temperature, HighPrecisionScalars sc) =>
        SagawaUedaBound.Evaluate(m.Hamiltonian(sc.Digits), GibbsState.Of(m.Eigenbasis, temperature, sc.Digits), AliceMeasurements.ProjectiveSx(sc),
            HottaFeedback.AtAngle(m.HottaOptimalAngle(sc.Digits), sc), sc);

    private static BigReal Holds(BigReal slack, HighPrecisionScalars sc) => slack.Sign >= 0 || sc.IsNegligible(slack) ? BigReal.One : BigReal.Zero;

    private static QuantityResult Open(ParameterSet p, Func<OpenQetSystem, MasterEquationForm, HighPrecisionScalars, BigReal> f, string method, bool gammaGiven = true)
    {
        var model = new TwoQubitModel(p.Rational("eps_A"), p.Rational("eps_B"), p.Rational("kappa"));
        var form = p.Text("form") switch
        {
            "local" => MasterEquationForm.LocalLindblad,
            "global" => MasterEquationForm.GlobalLindblad,
            "redfield" => MasterEquationForm.BlochRedfield,
            var other => throw new ParameterOutOfRangeException("form", other, "local | global | redfield"),
        };
        var gamma = gammaGiven ? p.Rational("gamma") : Rational.One;
        Reservoir Make(Rational t, Rational mu) => p.Text("statistics") switch
        {
            "bosonic" => new Reservoir(ReservoirKind.Bosonic, gamma, t, mu),
            "fermionic" => Reservoir.Fermionic(gamma, t, mu),
            var other => throw new ParameterOutOfRangeException("statistics", other, "bosonic | fermionic"),
        };
        var system = new OpenQetSystem(model, Make(p.Rational("T_A"), p.Rational("mu_A")), Make(p.Rational("T_B"), p.Rational("mu_B")));
        var scalars = new HighPrecisionScalars(p.Digits);
        BigReal value;
        try
        {
            value = f(system, form, scalars);
        }
        catch (InvalidSteadyStateException e)
        {
            return QuantityResult.NotReproducible($"QET output of a non-state is meaningless: {e.Message}");
        }
        // The steady-state elimination on 16 x 16 loses a few more digits than the closed-state simulation.
        return QuantityResult.Of(value, p.Digits - 2 * HighPrecisionScalars.GuardDigits, method + $" ({form})");
    }

    private static BobOutputCurve UninformedCurve(OpenQetSystem s, MasterEquationForm f, HighPrecisionScalars sc) =>
        BobOutputCurve.WithoutOutcome(ExactToHighPrecision.Of(s.Model.Hamiltonian, sc), s.ValidSteadyState(f, sc).Density, AliceMeasurements.ProjectiveSx(sc), sc);

    private static BigReal Enhancement(OpenQetSystem s, MasterEquationForm f, HighPrecisionScalars sc)
    {
        var mean = (s.ReservoirA.Temperature + s.ReservoirB.Temperature) / 2;
        var meanMu = (s.ReservoirA.ChemicalPotential + s.ReservoirB.ChemicalPotential) / 2;
        var equilibrium = s with
        {
            ReservoirA = new Reservoir(s.ReservoirA.Kind, s.ReservoirA.Gamma, mean, meanMu),
            ReservoirB = new Reservoir(s.ReservoirB.Kind, s.ReservoirB.Gamma, mean, meanMu),
        };
        return s.SteadyStateOutput(f, sc).Maximum - equilibrium.SteadyStateOutput(f, sc).Maximum;
    }
}
