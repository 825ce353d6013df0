using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Spintronic;

/// <summary>The spintronic engine's headline observables for the quantity catalogue. Seed 004_a075f79c977e5cdb.txt.</summary>
public static class SpintronicQuantities
{
    private const string Model = "spintronic";

    private static readonly ParameterSpec[] Physical =
    [
        new("eps_up", "meV", "finite", "epsilon_up (Eq. 9)", "-3"),
        new("eps_down", "meV", "finite", "epsilon_down (Eq. 9)", "8"),
        new("eps_r", "meV", "finite", "epsilon_R (Eq. 9)", "1"),
        new("J", "meV", "finite", "J (Eq. 9)", "8"),
        new("U", "meV", "finite", "U (Eq. 9)", "1000"),
        new("gamma", "meV", "finite (real)", "interdot hopping gamma (Eq. 9)", "1000"),
        new("tl_plus", "meV", ">= 0", "T_L^+ (hole rate, Eq. 12)", "0.2"),
        new("tl_minus", "meV", ">= 0", "T_L^- (electron rate, Eq. 12)", "0.1"),
        new("tr_plus", "meV", ">= 0", "T_R^+ (Eq. 12)", "0.1"),
        new("tr_minus", "meV", ">= 0", "T_R^- (Eq. 12)", "0.1"),
        new("lambda_plus", "meV", ">= 0", "Lambda^+ (Eq. 12)", "0.01"),
        new("lambda_minus", "meV", ">= 0", "Lambda^- (Eq. 12)", "0.0101"),
        new("reading", "", "as_written | plus_pumps", "which spin flip each Lambda multiplies (Eq. 12 as printed, or the text's 'Lambda^+ pumps')", "as_written"),
    ];

    private static readonly ParameterSpec[] Cycle =
    [
        new("tau", "meV^-1", "> 0", "stroke duration in units of 1/meV", "1"),
        new("time_reading", "", "hbar | h", "what 1 meV^-1 means: hbar/meV (0.658 ps; t = tau in Eq. 12 with hbar = 1) or h/meV (4.14 ps; t = 2 pi tau)", "hbar"),
    ];

    private static SpintronicParameters Bind(ParameterSet p)
    {
        var reading = p.Text("reading") switch
        {
            "as_written" => BosonReading.AsWritten,
            "plus_pumps" => BosonReading.PlusPumps,
            var other => throw new ParameterOutOfRangeException("reading", other, "as_written | plus_pumps"),
        };
        return new SpintronicParameters(p.Rational("eps_up"), p.Rational("eps_down"), p.Rational("eps_r"), p.Rational("J"),
            p.Rational("U"), p.Rational("gamma"), p.Rational("tl_plus"), p.Rational("tl_minus"), p.Rational("tr_plus"),
            p.Rational("tr_minus"), p.Rational("lambda_plus"), p.Rational("lambda_minus"), reading);
    }

    /// <summary>The stroke duration in hbar/meV: tau, or 2 pi tau (as an exact rational within 10^-(digits+20)) for the h reading.</summary>
    private static Rational Tau(ParameterSet p)
    {
        var tau = p.Rational("tau");
        if (tau.Sign <= 0) throw new ParameterOutOfRangeException("tau", tau, "> 0");
        return p.Text("time_reading") switch
        {
            "hbar" => tau,
            "h" => tau * 2 * BigReal.Pi(p.Digits + 20).ToRational(),
            var other => throw new ParameterOutOfRangeException("time_reading", other, "hbar | h"),
        };
    }

    private static bool IsUnital(SpintronicParameters p)
    {
        var identity = Matrix<ComplexRational>.Identity(8).VecColumns();
        var image = MasterEquation.Generator(p) * identity;
        return image.AsSpan().ToArray().All(z => z.IsZero);
    }

    /// <summary>Long-run Delta E per cycle (meV): exactly 0 when the generator is unital (fixed point I/8), else -k.p* at high precision.</summary>
    private static QuantityResult LongRun(ParameterSet set, int decimalExponent)
    {
        var p = Bind(set);
        if (IsUnital(p))
            return QuantityResult.Exact(0, "generator exactly unital (L vec I = 0 in rational arithmetic): cycle fixed point I/8, Delta E = -Tr[C]/8 = 0");
        var cycle = EngineCycle.Of(p, Tau(set), set.Digits + 10);
        var spectrum = CycleSpectrum.Of(cycle);
        if (spectrum.FixedPointMultiplicity != 1)
            return QuantityResult.NotReproducible($"the cycle map has {spectrum.FixedPointMultiplicity} fixed points; the long-run value depends on the initial state");
        var value = SpintronicUnits.FromMeV(cycle.LongRunDeltaE(), decimalExponent);
        return QuantityResult.Of(value, set.Digits - 10,
            "fixed point of the unselective cycle map (8x8 population map from the CPTP-stable high-precision e^(L tau), Gaussian elimination)");
    }

    private static QuantityDefinition LongRunIn(string suffix, string unit, int decimalExponent) => new(
        $"spintronic.delta_e_longrun{suffix}", Model,
        "Long-run energy increment per cycle E[Delta E] of the unselective engine cycle (stroke tau under Eq. 12, then the n_R measurement of Eq. 13): the fixed point of the cycle map",
        unit, [.. Physical, .. Cycle], set => LongRun(set, decimalExponent), Conditioning: 1e5);

    private static readonly ParameterSpec[] Potentials =
    [
        new("mu_l", "meV", "finite", "(electro)chemical potential of the left lead (with a spin bias: mu_L + m_L, Eq. 32)", "-0.5"),
        new("mu_r", "meV", "finite", "(electro)chemical potential of the right lead (with a spin bias: mu_R - m_R, Eq. 32)", "0"),
    ];

    /// <summary>W_el = -(mu_L N_L + mu_R N_R) per cycle at the cycle's fixed point and Delta E (meV), or why it is not defined.</summary>
    private static (BigReal ElectricalWork, BigReal DeltaE)? FixedPointWork(ParameterSet set, out string? reason)
    {
        var p = Bind(set);
        var cycle = EngineCycle.Of(p, Tau(set), set.Digits + 10);
        var spectrum = CycleSpectrum.Of(cycle);
        if (spectrum.FixedPointMultiplicity != 1)
        {
            reason = $"the cycle map has {spectrum.FixedPointMultiplicity} fixed points; the long-run value depends on the initial state";
            return null;
        }
        var th = EngineThermodynamics.AtFixedPoint(cycle, BigReal.Zero);
        reason = null;
        return (th.ElectricalWork(set.Real("mu_l"), set.Real("mu_r"))!.Value, th.DeltaE);
    }

    public static IEnumerable<QuantityDefinition> All()
    {
        yield return LongRunIn("", "meV", 3);
        yield return LongRunIn("_uev", "ueV", 6);
        yield return LongRunIn("_pev", "peV", 12);

        yield return new QuantityDefinition("spintronic.steady_delta_e", Model,
            "Delta E = -Tr[C rho_ss] (Eq. 16) in the exact steady state of Eq. 12 (null space of the 64x64 generator in rational arithmetic)",
            "meV", Physical, set =>
            {
                var p = Bind(set);
                var ss = ExactSteadyState.Of(p);
                if (ss.Multiplicity != 1)
                    return QuantityResult.NotReproducible($"the steady state is not unique (null space of dimension {ss.Multiplicity})");
                return QuantityResult.Exact(MeasurementEnergy.FromMatrixElements(p, ss.Unique), "exact null space of the 64x64 generator");
            }, Conditioning: 1e3);

        yield return new QuantityDefinition("spintronic.electrical_work", Model,
            "Electrical work per cycle W_el = -(mu_L N_L + mu_R N_R) at the cycle's fixed point, N_alpha the electrons delivered into lead alpha during the stroke (time integral of the lead currents of Eq. 12); negative when the engine delivers work (sign of Eqs. 19-21)",
            "meV", [.. Physical, .. Cycle, .. Potentials], set =>
            {
                var r = FixedPointWork(set, out var reason);
                if (r is not { } w) return QuantityResult.NotReproducible(reason!);
                return QuantityResult.Of(w.ElectricalWork, set.Digits - 10,
                    "lead currents -Tr[N D_alpha(rho)] of Eq. 12 integrated exactly over the stroke (augmented exponential exp([[L,0],[I,0]] tau) on the 12 block coordinates) from the cycle's fixed point");
            }, Conditioning: 1e5);

        yield return new QuantityDefinition("spintronic.efficiency", Model,
            "Efficiency eta = -W_el / Delta E (Eq. 18, sign so that delivered work counts positive; bounded by -W_th/Delta E, Eq. 20) at the cycle's fixed point",
            "", [.. Physical, .. Cycle, .. Potentials], set =>
            {
                var r = FixedPointWork(set, out var reason);
                if (r is not { } w) return QuantityResult.NotReproducible(reason!);
                if (w.DeltaE.IsZero) return QuantityResult.NotReproducible("Delta E = 0 at the fixed point: eta is undefined");
                return QuantityResult.Of(-w.ElectricalWork / w.DeltaE, set.Digits - 10,
                    "-W_el / Delta E with W_el from the exactly integrated lead currents of Eq. 12 and Delta E = -Tr[C rho(tau^-)] (Eq. 16) at the fixed point");
            }, Conditioning: 1e5);

        yield return new QuantityDefinition("spintronic.power", Model,
            "P = E[Delta E] / tau (Eq. 21, P_max) with the long-run Delta E of a cycle of duration tau and the cycle rate 1/tau_SI = frequency",
            "nW", [.. Physical, .. Cycle, new("frequency", "THz", "> 0", "cycle rate 1/tau in SI (the seed's 140 THz)", "140")], set =>
            {
                var meV = LongRun(set, 3);
                if (!meV.HasValue) return meV;
                var f = set.Rational("frequency");
                if (f.Sign <= 0) throw new ParameterOutOfRangeException("frequency", f, "> 0");
                var value = SpintronicUnits.PowerInNanowatt(meV.ToBigReal(set.Digits), f * Rational.Parse("1e12"), set.Digits);
                return QuantityResult.Of(value, Math.Min(meV.TrustedDigits, set.Digits), "long-run Delta E times e times frequency (CODATA 2018 e)");
            }, Conditioning: 1e5);

        yield return new QuantityDefinition("spintronic.time_unit_ps", Model,
            "The SI value of the time unit 1 meV^-1: hbar/meV (reading hbar) or h/meV (reading h), CODATA 2018 exact constants",
            "ps", [new("time_reading", "", "hbar | h", "hbar/meV or h/meV", "hbar")], set => set.Text("time_reading") switch
            {
                "hbar" => QuantityResult.Of(SpintronicUnits.HbarOverMeVInPs(set.Digits), set.Digits - 2, "hbar/(1e-3 e), exact h and e"),
                "h" => QuantityResult.Exact(Rational.Parse("6.62607015e-34") / Rational.Parse("1.602176634e-22") * Rational.Parse("1e12"), "h/(1e-3 e), exact"),
                var other => throw new ParameterOutOfRangeException("time_reading", other, "hbar | h"),
            }, Conditioning: 1);

        yield return new QuantityDefinition("spintronic.cycle_spectral_gap", Model,
            "Spectral gap 1 - max|lambda| (lambda != 1) of the unselective cycle map", "1", [.. Physical, .. Cycle], set =>
            {
                var cycle = EngineCycle.Of(Bind(set), Tau(set), set.Digits + 10);
                return QuantityResult.Of(CycleSpectrum.Of(cycle).SpectralGap, set.Digits - 15, "eigenvalues of the 8x8 population map (QR start, Newton on the characteristic polynomial)");
            }, Conditioning: 1e3);

        var mu = new ParameterSpec("mu", "1", "[0, 1]", "initial population <n_down(0)> (Sec. II E)", "0");
        // Sec. II E solves the model without the bosonic bath, so Lambda^+- default to 0 here.
        ParameterSpec[] withoutBosons = [.. Physical.Select(s => s.Name is "lambda_plus" or "lambda_minus" ? s with { ValidRange = "0 (Sec. II E has no bosons)", Default = "0" } : s), mu];
        yield return new QuantityDefinition("spintronic.eq24_delta_e", Model,
            "Delta E of the perturbative solution, the closed form Eq. 24 with |det B|^2 of Eq. 25 (no bosons)", "meV", withoutBosons,
            set => QuantityResult.Exact(PerturbativeSteadyState.DeltaE(Bind(set), set.Rational("mu")), "closed form, Eqs. 24-25"), Conditioning: 1e2);

        yield return new QuantityDefinition("spintronic.first_order_delta_e", Model,
            "Delta E to order |gamma|^2 from the first-order coherences solved exactly (L_0 rho_1 = -L_1 rho_0 on the block generator, rho_0 of Eq. 22)",
            "meV", withoutBosons,
            set => QuantityResult.Exact(PerturbativeSteadyState.DeltaEFromFirstOrder(Bind(set), set.Rational("mu")), "exact linear algebra on the block generator"), Conditioning: 1e2);

        yield return new QuantityDefinition("spintronic.delta_e_at_cycle", Model,
            "Delta E_n = -Tr[C rho(n tau^-)] of the unselective cycle at cycle n from the basis state |initial> of Eq. 14", "meV",
            [.. Physical, .. Cycle, new("n", "1", "[1, 100000]", "cycle number", "1"), new("initial", "1", "[0, 7]", "index of the initial basis state of Eq. 14", "3")],
            set =>
            {
                int n = set.Integer("n"), init = set.Integer("initial");
                if (n < 1 || n > 100_000) throw new ParameterOutOfRangeException("n", n, "[1, 100000]");
                if (init < 0 || init > 7) throw new ParameterOutOfRangeException("initial", init, "[0, 7]");
                var cycle = EngineCycle.Of(Bind(set), Tau(set), set.Digits + 10);
                var x = Enumerable.Range(0, 12).Select(i => i == init ? BigComplex.One : BigComplex.Zero).ToArray();
                return QuantityResult.Of(cycle.UnselectiveTrajectory(x, n)[n - 1], set.Digits - 5, "high-precision cycle iteration");
            }, Conditioning: 1e5);
    }
}
