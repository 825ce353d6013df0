using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Quieg;

/// <summary>
/// The Quieg's headline observables (seed 000_49a452cf4824afd6.txt). Energies (T, mu, V+-) share one unit with
/// k_B = 1; SI quantities take T in kelvin. Oracle quantities come from the stage-by-stage simulation or exact
/// density matrices; the <c>*_eq*</c> quantities evaluate the paper's closed forms for comparison.
/// Precision: simulation at digits + 15 working digits; roots to 10^-(digits + 11) m; a value is trusted to
/// digits - 5 digits, minus log10 of its amplification (energy scale over value) where cancellation occurs.
/// </summary>
public static class QuiegQuantities
{
    private const string Model = "quieg";
    private const string EnergyUnit = "energy (k_B = 1, unit of T)";

    private static readonly ParameterSpec M = new("m", "1", "[1/2, 1]", "bias of rho_M^init (Eq. 1)", "3/4");
    private static readonly ParameterSpec T = new("T", EnergyUnit, "> 0", "temperature of R, T+ and T-", "1");
    private static readonly ParameterSpec Mu = new("mu", EnergyUnit, "finite", "chemical potential of R", "0");
    private static readonly ParameterSpec VPlus = new("v_plus", EnergyUnit, "> v_minus + 2 ln2 T (1 - S_m)/m (Eq. 45)", "electro-chemical potential of T+", "2");
    private static readonly ParameterSpec VMinus = new("v_minus", EnergyUnit, "finite", "electro-chemical potential of T-", "0");
    private static readonly ParameterSpec[] Quieg = [M, T, Mu, VPlus, VMinus];

    private static QuiegParameters Bind(ParameterSet p, string suffix = "") => QuiegParameters.Create(
        p.Rational("m"), p.Rational("T" + suffix), p.Rational("mu" + suffix), p.Rational("v_plus" + suffix), p.Rational("v_minus" + suffix), p.Digits);

    private static int Trusted(ParameterSet p, BigReal scale, BigReal value)
    {
        int cap = p.Digits - 5;
        if (value.IsZero) return 1;
        var ratio = (scale.Abs() / value.Abs()).ToDouble();
        int lost = ratio > 1 ? (int)Math.Ceiling(Math.Log10(ratio)) : 0;
        return Math.Max(1, Math.Min(cap, p.Digits + 9 - lost));
    }

    private static BigReal EnergyScale(QuiegParameters q) =>
        BigReal.Max(BigReal.Max(q.VPlusReal.Abs(), q.VMinusReal.Abs()), BigReal.Max(q.Mu.Abs(), q.T));

    private static BigReal PaScale(QuiegParameters q) =>
        BigReal.Max(q.Real(q.M), BigReal.FromInteger(2, q.WorkingDigits) * EnergyScale(q) / (q.VPlusReal - q.VMinusReal));

    private static QuantityDefinition Q(string name, string meaning, string unit, IReadOnlyList<ParameterSpec> parameters,
        Func<ParameterSet, QuantityResult> evaluate, double conditioning = 10) =>
        new($"{Model}.{name}", Model, meaning, unit, parameters, evaluate, conditioning);

    private static QuantityResult Sim(ParameterSet p, BigReal value, BigReal scale, string method) =>
        QuantityResult.Of(value, Trusted(p, scale, value), method);

    private static QuantityResult Closed(ParameterSet p, BigReal value, string eq) =>
        QuantityResult.Of(value, p.Digits - 5, $"closed form {eq} as printed, at {p.Digits}+15 digits");

    private const string SimMethod = "stage-by-stage simulation of the direct cycle (Sec. 4) at the oracle's zero-work p_a (regula falsi)";

    /// <summary>Every Quieg quantity.</summary>
    public static IEnumerable<QuantityDefinition> All()
    {
        yield return Q("entropy_bits", "S_m, entropy of rho_M^init in bits (Eq. 19)", "bit", [M],
            p => QuantityResult.Of(QubitEntropy.Bits(p.Rational("m"), p.Digits + 10), p.Digits, "Eq. 19 at digits + 10"));

        yield return Q("p_a", "p_a at which the simulated direct cycle does zero average work (oracle for Eq. 22)", "1", Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            return Sim(p, pa, PaScale(q), "regula falsi on the simulated average work, p_b = 1 - p_a");
        }, 100);
        yield return Q("p_a_eq22", "Eq. 22 as printed: m - 2 ln2 T (1 - S_m)/(V+ - V-)", "1", Quieg, p => Closed(p, PaperClosedForms.Pa(Bind(p)), "Eq. 22"), 100);

        yield return Q("p_b", "p_b at which R is left unchanged, given the oracle p_a (oracle for Eq. 13)", "1", Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            var pb = ZeroWorkOccupation.SolvePb(q, pa).Pb;
            return Sim(p, pb, PaScale(q), "regula falsi on the simulated net electron exchange with R");
        }, 100);
        yield return Q("p_b_eq13", "Eq. 13 with Eq. 22: 1 - p_a", "1", Quieg, p => Closed(p, PaperClosedForms.Pb(Bind(p)), "Eqs. 13, 22"), 100);

        yield return Q("work_per_cycle", "average work done on F per cycle, simulated at p_a of Eq. 22 (Eq. 23 says 0)", EnergyUnit, Quieg, p =>
        {
            var q = Bind(p);
            var w = DirectCycle.Run(q, DirectProtocol.Reversible(q, PaperClosedForms.Pa(q))).AverageWorkOnF;
            return QuantityResult.Of(w, 1, $"stage-by-stage simulation at p_a of Eq. 22; a zero result: absolute accuracy ~1e-{q.WorkingDigits - 3} x energy scale, no relative digits");
        }, 1e3);

        yield return Q("eq20_residual", "left side of Eq. 20 with W_a, W_b from the simulation at p_a = 1/5, p_b = 2/3 (paper: 0)", EnergyUnit, Quieg, p =>
        {
            var q = Bind(p);
            var pa = BigReal.Parse("1/5", q.WorkingDigits);
            var pb = BigReal.Parse("2/3", q.WorkingDigits);
            var r = DirectCycle.Run(q, new DirectProtocol(pa, pb, q.M, pa, pb, ContactSchedule.QuasiStatic)).Eq20Residual;
            return QuantityResult.Of(r, 1, $"stage-by-stage simulation; a zero result: absolute accuracy ~1e-{q.WorkingDigits - 3} x energy scale");
        }, 1e3);

        yield return Q("electrons_per_cycle", "electrons moved from T- to T+ per qubit at zero average work (oracle for Eqs. 24, 28)", "electron", Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            var n = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa)).ElectronsTMinusToTPlus;
            return Sim(p, n, PaScale(q), SimMethod);
        }, 100);
        yield return Q("electrons_per_cycle_eq24", "Eq. 24: ln2 T (1 - S_m)/(V+ - V-)", "electron", Quieg, p => Closed(p, PaperClosedForms.ElectronsPerCycle(Bind(p)), "Eq. 24"));
        yield return Q("electrons_per_cycle_eq28", "Eq. 28: (1 - S_m)/(gamma+ - gamma-)", "electron", Quieg, p => Closed(p, InfoPotential.ElectronsPerCycle(Bind(p)), "Eq. 28"));

        yield return Q("electrons_r_to_tplus", "electrons handed to T+ per cycle (oracle for Eq. 11)", "electron", Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            return Sim(p, DirectCycle.Run(q, DirectProtocol.Reversible(q, pa)).ElectronsRToTPlus, PaScale(q), SimMethod);
        }, 100);
        yield return Q("electrons_r_to_tplus_eq11", "Eq. 11 with Eq. 22: (m - p_a)/2", "electron", Quieg, p =>
        {
            var q = Bind(p);
            return Closed(p, PaperClosedForms.ElectronsRToTPlus(q, PaperClosedForms.Pa(q)), "Eqs. 11, 22");
        }, 100);
        yield return Q("electrons_tminus_to_r", "electrons taken from T- per cycle (oracle for Eq. 12)", "electron", Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            return Sim(p, DirectCycle.Run(q, DirectProtocol.Reversible(q, pa)).ElectronsTMinusToR, PaScale(q), SimMethod);
        }, 100);
        yield return Q("electrons_tminus_to_r_eq12", "Eq. 12 with Eqs. 13, 22: (p_b - (1 - m))/2", "electron", Quieg, p =>
        {
            var q = Bind(p);
            return Closed(p, PaperClosedForms.ElectronsTMinusToR(q, PaperClosedForms.Pb(q)), "Eqs. 12, 13, 22");
        }, 100);

        yield return Q("qubits_per_electron", "qubits used per electron moved T- to T+ (oracle for Eq. 25)", "qubit/electron", Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            var n = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa)).ElectronsTMinusToTPlus;
            return n.IsZero ? QuantityResult.NotReproducible("no electrons move at m = 1/2 (S_m = 1)")
                : Sim(p, BigReal.One / n, PaScale(q), SimMethod);
        }, 100);
        yield return Q("qubits_per_electron_eq25", "Eq. 25: (V+ - V-)/(ln2 T (1 - S_m))", "qubit/electron", Quieg, p =>
            p.Rational("m") == Rational.Half ? QuantityResult.NotReproducible("Eq. 25 diverges at m = 1/2")
                : Closed(p, PaperClosedForms.QubitsPerElectron(Bind(p)), "Eq. 25"));

        var gammaParams = new[] { T, new ParameterSpec("mu", EnergyUnit, "> 2 ln2 T (a pure qubit Quieg must run: Eq. 45 with m = 1)", "chemical potential of the reservoir", "4") };
        yield return Q("info_potential", "info-potential of a reservoir (oracle): qubits per electron for a m = 1 Quieg moving electrons from mu = 0 to it", "bit/electron", gammaParams, p =>
        {
            var mu = p.Rational("mu");
            var t = p.Rational("T");
            if (mu.Sign <= 0 || BigReal.FromRational(mu, p.Digits) <= QuiegParameters.MinimalVoltageGap(1, t, p.Digits))
                return QuantityResult.NotReproducible("a pure-qubit Quieg cannot move electrons to this reservoir at zero work (Eq. 45); the simulation needs mu > 2 ln2 T");
            var q = QuiegParameters.Create(1, t, 0, mu, 0, p.Digits);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            var n = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa)).ElectronsTMinusToTPlus;
            return Sim(p, BigReal.One / n, PaScale(q), "simulated direct cycle with m = 1, V- = 0, V+ = mu: qubits per electron");
        }, 100);
        yield return Q("info_potential_eq26", "Eq. 26: gamma = mu/(ln2 T)", "bit/electron", gammaParams, p =>
            Closed(p, InfoPotential.Of(p.Real("mu"), p.Real("T")), "Eq. 26"));

        yield return Q("reverse_electrons_per_cycle", "electrons moved T+ to T- per qubit by the simulated reverse cycle at its zero-work p_a (oracle for Eq. 32)", "electron", Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.SolveReverse(q).Pa;
            return Sim(p, ReverseCycle.Run(q, pa).ElectronsTPlusToTMinus, PaScale(q), "stage-by-stage simulation of the reverse cycle (Sec. 5)");
        }, 100);
        yield return Q("reverse_electrons_per_cycle_eq32", "Eq. 32: (1 - S_m)/(gamma+ - gamma-)", "electron", Quieg, p => Closed(p, PaperClosedForms.ReverseElectronsPerCycle(Bind(p)), "Eq. 32"));

        yield return Q("reverse_p_a", "p'_a at which the simulated reverse cycle does zero work (oracle for Eq. 35)", "1", Quieg, p =>
        {
            var q = Bind(p);
            return Sim(p, ZeroWorkOccupation.SolveReverse(q).Pa, PaScale(q), "regula falsi on the simulated reverse-cycle work");
        }, 100);
        yield return Q("reverse_p_a_eq35", "Eq. 35: m - 2 ln2 T (1 - S_m)/(e Delta V2)", "1", Quieg, p => Closed(p, PaperClosedForms.Pa(Bind(p)), "Eq. 35"), 100);

        yield return Q("reverse_branch_c_final_occupation", "occupation of F at the end of reverse branch c (M = 1), simulated", "1", Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.SolveReverse(q).Pa;
            return Sim(p, ReverseCycle.Run(q, pa).FinalOccupations.C, BigReal.One, "stage-by-stage simulation of the reverse cycle (Sec. 5)");
        }, 10);
        yield return Q("reverse_branch_c_occupation_eq30", "occupation of |1> in rho_F^m of Eq. 30 as printed: 1 - m", "1", Quieg, p =>
            QuantityResult.Exact(Rational.One - p.Rational("m"), "Eq. 30 as printed (occupied state |1> has weight 1 - m)"));

        yield return Q("reset_error", "max |entry| of rho_6 - rho_M^init x 1/2 after the exact reset CNOT (Sec. 5 stage 6)", "1", [M], p =>
        {
            var m = p.Rational("m");
            var reset = ResetCnot.Of(Rational.One - m, m);
            var target = QubitGates.DiagonalQubit(Rational.One - m).Kron(QubitGates.DiagonalQubit(Rational.Half));
            return QuantityResult.Exact(MaxAbs(reset.After - target), "exact rational density matrices");
        });

        yield return Q("measurement_probability_m1", "probability that the CNOT measurement finds M = 1 (Eqs. 3-4)", "1", [M], p =>
            QuantityResult.Exact(CnotMeasurement.Of(p.Rational("m")).ProbabilityM1, "exact rational density matrices"));
        yield return Q("measurement_eq3_error", "max |entry| of the exact post-CNOT state minus Eq. 3 as printed", "1", [M], p =>
        {
            var m = p.Rational("m");
            var h = Rational.Half;
            var eq3 = Matrix<ComplexRational>.Diagonal(h * m, h * (1 - m), h * (1 - m), h * m);
            return QuantityResult.Exact(MaxAbs(CnotMeasurement.Of(m).JointAfterCnot - eq3), "exact rational density matrices");
        });

        yield return Q("security_reduced_purity", "Tr rho_Ma^2 of the shared pair (Eq. 43: maximally mixed, purity 1/2)", "1", [M], p =>
        {
            var s = SecurityProtocol.Of(p.Rational("m"));
            return QuantityResult.Exact((s.ReducedMa * s.ReducedMa).Trace().Re, "exact rational density matrices, H rho H^dagger = (1/2) H' rho H'^dagger");
        });
        yield return Q("security_eq40_error", "max |entry| of the exact Hadamard output minus Eq. 40 as printed", "1", [M], p =>
        {
            var m = p.Rational("m");
            return QuantityResult.Exact(MaxAbs(SecurityProtocol.Of(m).MbAfterHadamard - SecurityProtocol.Eq40AsPrinted(m)), "exact rational density matrices");
        });
        yield return Q("security_eq42_error", "max |entry| of the exact entangled pair minus Eq. 42 as printed", "1", [M], p =>
        {
            var m = p.Rational("m");
            return QuantityResult.Exact(MaxAbs(SecurityProtocol.Of(m).Joint3 - SecurityProtocol.Eq42AsPrinted(m)), "exact rational density matrices");
        });
        yield return Q("security_recovery_error", "max |entry| of B's recovered pair minus rho_M^init x rho_M^init (Eq. 44)", "1", [M], p =>
        {
            var m = p.Rational("m");
            var rho = QubitGates.DiagonalQubit(Rational.One - m);
            return QuantityResult.Exact(MaxAbs(SecurityProtocol.Of(m).Recovered - rho.Kron(rho)), "exact rational density matrices");
        });

        var pair = new[]
        {
            M,
            new ParameterSpec("T1", EnergyUnit, "> 0", "temperature of Q1 (direct mode, consumer)", "2"),
            new ParameterSpec("mu1", EnergyUnit, "finite", "chemical potential of R1", "0"),
            new ParameterSpec("v_plus1", EnergyUnit, "Eq. 45 at T1", "V+ of Q1", "6"),
            new ParameterSpec("v_minus1", EnergyUnit, "finite", "V- of Q1", "0"),
            new ParameterSpec("T2", EnergyUnit, "> 0", "temperature of Q2 (reverse mode, supplier)", "1"),
            new ParameterSpec("mu2", EnergyUnit, "finite", "chemical potential of R2", "0"),
            new ParameterSpec("v_plus2", EnergyUnit, "Eq. 45 at T2", "V+ of Q2", "3"),
            new ParameterSpec("v_minus2", EnergyUnit, "finite", "V- of Q2", "-1"),
        };
        var rate = new ParameterSpec("bit_rate", "qubit per unit time", "> 0", "qubit rate B shared by Q1 and Q2", "1");
        var pairWithRate = pair.Append(rate).ToArray();
        yield return Q("carnot_ratio", "P1/P2 of two Quiegs sharing one qubit stream, from the two simulations (oracle for Eq. 39)", "1", pair, p =>
        {
            var x = InformationalTransformer.Run(Bind(p, "1"), Bind(p, "2"), BigReal.One);
            var amplification = BigReal.Max(PaScale(x.Consumer.Parameters) / x.Consumer.ElectronsTMinusToTPlus,
                PaScale(x.Supplier.Parameters) / x.Supplier.ElectronsTPlusToTMinus);
            return Sim(p, x.PowerRatio, x.PowerRatio * amplification, "simulated transformer: reverse Q2 hands its exact reset qubits to direct Q1");
        }, 100);
        yield return Q("carnot_ratio_eq39", "Eq. 39: T1/T2", "1", pair, p => QuantityResult.Exact(p.Rational("T1") / p.Rational("T2"), "Eq. 39 as printed"));
        yield return Q("transformer_power_q1", "power delivered at Q1's terminals, simulated (oracle for Eqs. 34, 37)", "energy per unit time", pairWithRate, p =>
        {
            var x = InformationalTransformer.Run(Bind(p, "1"), Bind(p, "2"), p.Real("bit_rate"));
            return Sim(p, x.PowerDeliveredByQ1, PaScale(x.Consumer.Parameters) * x.PowerDeliveredByQ1 / x.Consumer.ElectronsTMinusToTPlus, "simulated transformer");
        }, 100);
        yield return Q("transformer_power_q1_eq34", "Eqs. 34, 37: B (1 - S_m) ln2 T1", "energy per unit time", pairWithRate, p =>
            Closed(p, PaperClosedForms.Power(Bind(p, "1"), p.Real("bit_rate")), "Eq. 34"));
        yield return Q("transformer_power_q2", "power drawn from Q2's terminals, simulated (oracle for Eqs. 36, 38)", "energy per unit time", pairWithRate, p =>
        {
            var x = InformationalTransformer.Run(Bind(p, "1"), Bind(p, "2"), p.Real("bit_rate"));
            return Sim(p, x.PowerDrawnFromQ2, PaScale(x.Supplier.Parameters) * x.PowerDrawnFromQ2 / x.Supplier.ElectronsTPlusToTMinus, "simulated transformer");
        }, 100);
        yield return Q("transformer_power_q2_eq36", "Eqs. 36, 38: B (1 - S_m) ln2 T2", "energy per unit time", pairWithRate, p =>
            Closed(p, PaperClosedForms.Power(Bind(p, "2"), p.Real("bit_rate")), "Eq. 36"));

        yield return Q("min_voltage_gap", "Delta* of Eq. 45 from the simulation: 2 N dV / m, N the simulated zero-work electrons per cycle at dV = v_plus - v_minus", EnergyUnit, Quieg, p =>
        {
            var q = Bind(p);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            var n = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa)).ElectronsTMinusToTPlus;
            var value = BigReal.FromInteger(2, q.WorkingDigits) * n * (q.VPlusReal - q.VMinusReal) / q.Real(q.M);
            return n.IsZero ? QuantityResult.Of(value, 1, "zero: no electrons move at m = 1/2") : Sim(p, value, PaScale(q), SimMethod + "; p_a reaches 0 at Delta V = 2 N Delta V / m since N Delta V is fixed at zero work");
        }, 100);
        yield return Q("min_voltage_gap_eq45", "Eq. 45 (energy units): 2 ln2 T (1 - S_m)/m", EnergyUnit, Quieg, p =>
            QuantityResult.Of(QuiegParameters.MinimalVoltageGap(p.Rational("m"), p.Rational("T"), p.Digits + 10), p.Digits, "Eq. 45 as printed"));

        var si = new[]
        {
            M,
            new ParameterSpec("T", "K", "> 0", "temperature", "300"),
            new ParameterSpec("bit_rate", "bit/s", "> 0", "qubit rate B", "1e12"),
            new ParameterSpec("delta_v", "V", "> Eq. 45 bound", "voltage between the terminals used in the simulation (the power does not depend on it)", "0.1"),
        };
        yield return Q("power_si", "power distributed by a Quieg fed B qubits per second (oracle for Eq. 46): B x simulated electrons per qubit x e dV", "W", si, p =>
        {
            var t = p.Rational("T");
            var dv = QuiegSiUnits.KelvinUnitsFromVolts(p.Rational("delta_v"));
            var q = QuiegParameters.Create(p.Rational("m"), t, 0, dv, 0, p.Digits);
            var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
            var n = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa)).ElectronsTMinusToTPlus;
            var watts = QuiegSiUnits.JoulesFromKelvinUnits(p.Real("bit_rate") * n * q.Real(dv));
            return n.IsZero ? QuantityResult.Of(watts, 1, "zero at m = 1/2") : Sim(p, watts, PaScale(q) * watts / n, SimMethod + "; energies in k_B x 1 K, CODATA 2018 exact k_B");
        }, 10);
        yield return Q("power_si_eq46", "Eq. 46: B ln2 k_B T (1 - S_m) in W (CODATA 2018 exact k_B)", "W", si, p =>
        {
            var w = p.Digits + 10;
            var value = QuiegSiUnits.JoulesFromKelvinUnits(p.Real("bit_rate").WithDigits(w) * BigReal.Ln2(w) * BigReal.FromRational(p.Rational("T"), w)
                                                          * (BigReal.One - QubitEntropy.Bits(p.Rational("m"), w)));
            return QuantityResult.Of(value, p.Digits, "Eq. 46 as printed, CODATA 2018 exact k_B");
        });
        yield return Q("min_voltage_gap_si", "Eq. 45 in volts: 2 ln2 k_B T (1 - S_m)/(e m), T in K", "V", [M, new ParameterSpec("T", "K", "> 0", "temperature", "300")], p =>
            QuantityResult.Of(QuiegSiUnits.VoltsFromKelvinUnits(QuiegParameters.MinimalVoltageGap(p.Rational("m"), p.Rational("T"), p.Digits + 10)), p.Digits, "Eq. 45 with CODATA 2018 exact k_B, e"));

        var variant = new[]
        {
            M, T, Mu, VPlus, VMinus,
            new ParameterSpec("variant", "-", "reversible | jumps | misset_pa | misfit | mislevel", "protocol family member", "jumps"),
            new ParameterSpec("jumps", "1", ">= 1", "sudden level jumps per contact step (variant jumps)", "1"),
        };
        yield return Q("coherence_time_si", "lifetime of a quantum state of the dot F without significant decoherence (Sec. 3 remark)", "s", [], _ =>
            QuantityResult.NotReproducible("the Quieg model of the seed has no decoherence channel; 'some microseconds' is an experimental remark about quantum dots (refs. 69-70), not a consequence of Eqs. 1-46"));

        yield return Q("second_law_slack", "ln2 T (1 - S_m) - [N (V+ - V-) - W_in] for a protocol variant (Eq. 24 bound; >= 0, 0 only if reversible)", EnergyUnit, variant, p =>
        {
            var q = Bind(p);
            var r = DirectCycle.Run(q, ProtocolVariant.Of(q, p.Text("variant"), p.Integer("jumps")));
            return QuantityResult.Of(r.SecondLawSlack, r.SecondLawSlack.IsZero ? 1 : Trusted(p, EnergyScale(q), r.SecondLawSlack), "stage-by-stage simulation of the variant");
        }, 1e3);
    }

    private static Rational MaxAbs(Matrix<ComplexRational> a)
    {
        var max = Rational.Zero;
        foreach (var z in a.AsSpan().ToArray())
            max = Rational.Max(max, Rational.Max(z.Re.Abs(), z.Im.Abs()));
        return max;
    }
}
