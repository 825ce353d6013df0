using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using QTherm.Tests.Property.Generators;
using Xunit;
using Xunit.Abstractions;
using Gen = FsCheck.Fluent.Gen;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>
/// Lead currents of Eq. 12 integrated over the thermalising stroke, the electrical work W_el, particle conservation and
/// the efficiency bound Eq. 20 with the bosonic bath on (seed 004_a075f79c977e5cdb.txt, Eqs. 12, 17-21).
/// </summary>
public class ElectricalWorkTests(ITestOutputHelper output)
{
    private const int Digits = 24;
    private static readonly BigReal Tolerance = BigReal.Parse("1e-17", Digits);

    /// <summary>Small rational parameters with every rate of Eq. 12 positive (so each dissipator has a full-rank fixed point), both boson readings.</summary>
    private static Gen<SpintronicParameters> PositiveRateParameters { get; } =
        Gen.Zip(Gen.ArrayOf(Gen.Choose(-12, 12), 7), Gen.ArrayOf(Gen.Choose(1, 8), 6)).Select(t =>
        {
            var (e, r) = t;
            Rational Q(int n) => new(n, 4);
            return new SpintronicParameters(Q(e[0]), Q(e[1]), Q(e[2]), Q(e[3]), Q(e[4]), new ComplexRational(Q(e[5]), Q(e[6])),
                Q(r[0]), Q(r[1]), Q(r[2]), Q(r[3]), Q(r[4]), Q(r[5]), e[0] % 2 == 0 ? BosonReading.AsWritten : BosonReading.PlusPumps);
        });

    private static Gen<Rational> Taus { get; } = Gen.Elements(new Rational(1, 2), Rational.One, new Rational(2));

    /// <summary>A valid block-form state: positive populations and coherences with |rho_14|, |rho_36| below the smaller population of their block.</summary>
    private static Gen<BigComplex[]> BlockStates { get; } =
        Gen.Zip(Gen.ArrayOf(Gen.Choose(1, 9), 8), Gen.ArrayOf(Gen.Choose(-4, 4), 4)).Select(t =>
        {
            var (pop, coh) = t;
            var total = pop.Sum();
            Rational P(int i) => new(pop[i], total);
            ComplexRational C(int a, int b, int re, int im) =>
                new(Rational.Min(P(a), P(b)) * new Rational(re, 8), Rational.Min(P(a), P(b)) * new Rational(im, 8));
            var c14 = C(1, 4, coh[0], coh[1]);
            var c36 = C(3, 6, coh[2], coh[3]);
            var x = new ComplexRational[] { P(0), P(1), P(2), P(3), P(4), P(5), P(6), P(7), c14, c14.Conjugate(), c36, c36.Conjugate() };
            return x.Select(z => BigComplex.FromRational(z, Digits)).ToArray();
        });

    private static BigReal Occupation(IReadOnlyList<BigComplex> x, params Mode[] modes) =>
        Enumerable.Range(0, 8).Aggregate(BigReal.Zero, (s, i) => s + x[i].Re * modes.Sum(m => FockSpace.Occupation(i, m)));

    private static BigReal MaxAbs(Matrix<BigComplex> a) => HighPrecision.MaxAbs(a);

    [Fact]
    public void TimeIntegralOfThePropagatorSolvesLGEqualsPropagatorMinusIdentity() => PropertyConfig.Check(
        Gen.Zip(SpintronicGenerators.Parameters, Taus).ToArbitrary(), t =>
        {
            var (p, tau) = t;
            var s = StrokeTimeIntegral.Of(p, tau, Digits);
            var l = HighPrecision.ToBig(MasterEquation.BlockGenerator(p), Digits);
            var stroke = ThermalisingStroke.Of(p, tau, Digits).Block;
            var identity = Matrix<BigComplex>.Identity(12);
            Assert.True(MaxAbs(s.Propagator - stroke) < Tolerance, "e^(L tau) from the augmented exponential vs ThermalisingStroke");
            Assert.True(MaxAbs(l * s.Integral - (s.Propagator - identity)) < Tolerance, "L G = e^(L tau) - I");
            Assert.True(MaxAbs(s.Integral * l - (s.Propagator - identity)) < Tolerance, "G L = e^(L tau) - I");
            return true;
        }, maxTest: 4, seed: 0x5350_494E_0001UL);

    [Fact]
    public void ElectronsLeavingTheDotsEnterTheLeads() => PropertyConfig.Check(
        Gen.Zip(Gen.Zip(SpintronicGenerators.Parameters, Taus), BlockStates).ToArbitrary(), t =>
        {
            var ((p, tau), x0) = t;
            var s = StrokeTimeIntegral.Of(p, tau, Digits);
            var end = ThermalisingStroke.Of(p, tau, Digits).Apply(x0);
            var nl = LeadCurrent.DeliveredDuringStroke(s, Lead.Left, x0);
            var nr = LeadCurrent.DeliveredDuringStroke(s, Lead.Right, x0);
            var lost = Occupation(x0, Mode.Up, Mode.Down, Mode.R) - Occupation(end, Mode.Up, Mode.Down, Mode.R);
            Assert.True((nl + nr - lost).Abs() < Tolerance, $"N_L + N_R = {(nl + nr).ToString(12)} but the dots lost {lost.ToString(12)}");
            return true;
        }, maxTest: 6, seed: 0x5350_494E_0002UL);

    [Fact]
    public void InTheLimitCycleAsManyElectronsLeaveThroughOneLeadAsEnterThroughTheOther() => PropertyConfig.Check(
        Gen.Zip(PositiveRateParameters, Taus).ToArbitrary(), t =>
        {
            var (p, tau) = t;
            var th = EngineThermodynamics.AtFixedPoint(EngineCycle.Of(p, tau, Digits), BigReal.One);
            var sum = th.ElectronsIntoLeft!.Value + th.ElectronsIntoRight!.Value;
            Assert.True(sum.Abs() < Tolerance, $"N_L + N_R = {sum.ToString(6)} per cycle at the fixed point (N_L = {th.ElectronsIntoLeft!.Value.ToString(6)})");
            return true;
        }, maxTest: 4, seed: 0x5350_494E_0003UL);

    [Fact]
    public void WithoutBosonsDeliveredElectronsEqualTheOccupationLosses() => PropertyConfig.Check(
        Gen.Zip(Gen.Zip(SpintronicGenerators.Parameters, Taus), BlockStates).ToArbitrary(), t =>
        {
            var ((q, tau), x0) = t;
            var p = new SpintronicParameters(q.EpsilonUp, q.EpsilonDown, q.EpsilonR, q.J, q.U, q.Gamma, q.TLPlus, q.TLMinus, q.TRPlus, q.TRMinus, 0, 0);
            var s = StrokeTimeIntegral.Of(p, tau, Digits);
            var end = ThermalisingStroke.Of(p, tau, Digits).Apply(x0);
            // Only the left lead changes n_up; the hop c_down^dagger c_R conserves n_down + n_R (Eqs. 9, 12 with Lambda = 0).
            var lossUp = Occupation(x0, Mode.Up) - Occupation(end, Mode.Up);
            var lossRight = Occupation(x0, Mode.Down, Mode.R) - Occupation(end, Mode.Down, Mode.R);
            Assert.True((LeadCurrent.DeliveredDuringStroke(s, Lead.Left, x0) - lossUp).Abs() < Tolerance, "N_L = -(change of <n_up>)");
            Assert.True((LeadCurrent.DeliveredDuringStroke(s, Lead.Right, x0) - lossRight).Abs() < Tolerance, "N_R = -(change of <n_down + n_R>)");
            return true;
        }, maxTest: 6, seed: 0x5350_494E_0004UL);

    /// <summary>
    /// The quantities of Eq. 20 at the fixed point, with each lead at temperature T and the chemical potential its rates
    /// imply (mu_alpha = T ln(T_alpha^- / T_alpha^+), <see cref="SpinBiasReservoir.EffectivePotential"/>).
    /// Returns (mu.N = -W_el, -W_th, Delta E, T x F), F the net up-to-down flips by the bosons, x = ln(rate up-to-down / rate down-to-up).
    /// </summary>
    private static (BigReal MinusWel, BigReal MinusWth, BigReal DeltaE, BigReal BosonEntropyFlow, BigReal StrokeEntropyChange) Eq20Terms(
        SpintronicParameters p, Rational tau, BigReal temperature)
    {
        var cycle = EngineCycle.Of(p, tau, Digits);
        var integral = StrokeTimeIntegral.Of(p, tau, Digits);
        var th = EngineThermodynamics.AtFixedPoint(cycle, temperature, integral);
        BigReal R(Rational r) => BigReal.FromRational(r, Digits);
        var muL = SpinBiasReservoir.EffectivePotential(temperature, R(p.TLMinus), R(p.TLPlus));
        var muR = SpinBiasReservoir.EffectivePotential(temperature, R(p.TRMinus), R(p.TRPlus));
        var minusWel = -th.ElectricalWork(muL, muR)!.Value;
        var jumps = MasterEquation.Jumps(p);
        var bosons = jumps.Skip(4).ToArray();
        var x = (R(bosons[0].Rate) / R(bosons[1].Rate)).Log();
        var start = cycle.FixedPoint().Select(v => (BigComplex)v).Concat(Enumerable.Repeat(BigComplex.Zero, 4)).ToArray();
        var flips = LeadCurrent.Evaluate(LeadCurrent.RateFunctional(bosons, FockSpace.Number(Mode.Down)),
            integral.IntegrateState(start), Digits);
        return (minusWel, -th.WorkBound, th.DeltaE, temperature * x * flips, -th.DeltaS);
    }

    private static Gen<BigReal> Temperatures { get; } = Gen.Elements("0.1", "1", "10").Select(s => BigReal.Parse(s, Digits));

    /// <summary>
    /// The second law of the stroke, a theorem for Eq. 12 (Spohn: each dissipator alone lowers S(rho || its full-rank
    /// fixed point e^(a n)/Z)): T (S(end) - S(start)) &gt;= mu . N - T x F. Eq. 20 times Delta E &gt; 0 reads -W_el &lt;= -W_th,
    /// i.e. mu . N &lt;= Delta E + T (S(end) - S(start)); the second law implies it wherever T x F &lt;= Delta E (always without
    /// bosons). Outside that domain (the bosons are a second fuel) the cases where Eq. 20 fails are counted and printed.
    /// </summary>
    [Fact]
    public void SecondLawHoldsAndImpliesTheEfficiencyBoundOfEquation20()
    {
        int defined = 0, violated = 0;
        PropertyConfig.Check(Gen.Zip(Gen.Zip(PositiveRateParameters, Taus), Temperatures).ToArbitrary(), t =>
        {
            var ((p, tau), temperature) = t;
            var (minusWel, minusWth, deltaE, bosonFlow, dS) = Eq20Terms(p, tau, temperature);
            var slack = temperature * dS - (minusWel - bosonFlow);
            Assert.True(slack > -Tolerance, $"second law: T dS - (mu.N - T x F) = {slack.ToString(6)}");
            if (deltaE.Sign <= 0) return true;
            bool holds = minusWel <= minusWth + Tolerance;
            if (bosonFlow <= deltaE)
            {
                defined++;
                Assert.True(holds, $"Eq. 20: -W_el = {minusWel.ToString(8)} > -W_th = {minusWth.ToString(8)} (Delta E {deltaE.ToString(6)}, T x F {bosonFlow.ToString(6)})");
            }
            else if (!holds)
            {
                violated++;
                output.WriteLine($"Eq. 20 fails outside its premise: {p} tau {tau} T {temperature.ToString(3)}: -W_el {minusWel.ToString(8)} -W_th {minusWth.ToString(8)} dE {deltaE.ToString(8)} TxF {bosonFlow.ToString(8)}");
            }
            return true;
        }, maxTest: 12, seed: 0x5350_494E_0006UL);
        output.WriteLine($"Eq. 20 checked in {defined} cases; outside its premise it failed in {violated}");
        Assert.True(defined > 0, "no case reached the domain of Eq. 20");
    }

    /// <summary>Fig. 7 (bosons on, spin bias), T = 1 meV: the bound of Eq. 20 holds (premise T x F &lt;= Delta E met) and the electrons run down the spin-bias gradient (eta &lt; 0).</summary>
    [Fact]
    public void Figure7ElectricalWorkAndEfficiency()
    {
        var (minusWel, minusWth, deltaE, bosonFlow, _) = Eq20Terms(SpintronicParameters.Figure7(BosonReading.AsWritten), 1, BigReal.One);
        output.WriteLine($"Fig. 7 as written, tau = 1, T = 1: -W_el {minusWel.ToString(8)} -W_th {minusWth.ToString(8)} dE {deltaE.ToString(8)} eta {(minusWel / deltaE).ToString(8)} bound {(minusWth / deltaE).ToString(8)} TxF {bosonFlow.ToString(6)}");
        Assert.True(bosonFlow <= deltaE);
        Assert.True(minusWel <= minusWth);
        Assert.True(minusWel.Sign < 0, "with mu_L = T ln(1/2) < mu_R = 0 the cycle drives electrons into the left lead");
    }
}
