using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using Xunit;
using Xunit.Abstractions;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>spintronic.electrical_work and spintronic.efficiency against the long-run Delta E quantity and the flip balance of n_up.</summary>
public class ElectricalWorkQuantityTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Small = new()
    {
        ["eps_up"] = "-1", ["eps_down"] = "2", ["eps_r"] = "0.5", ["J"] = "1", ["U"] = "3", ["gamma"] = "1",
        ["tl_plus"] = "0.5", ["tl_minus"] = "0.25", ["tr_plus"] = "0.25", ["tr_minus"] = "0.5",
        ["lambda_plus"] = "0.25", ["lambda_minus"] = "0.125", ["reading"] = "as_written",
        ["tau"] = "1", ["time_reading"] = "hbar", ["mu_l"] = "-0.5", ["mu_r"] = "0.25", ["digits"] = "30",
    };

    private static QTherm.Reference.Quantities.QuantityResult Evaluate(string id, Dictionary<string, string> given) =>
        SpintronicQuantities.All().Single(q => q.Id == id).EvaluateWith(given);

    [Fact]
    public void EfficiencyIsMinusElectricalWorkOverTheLongRunDeltaE()
    {
        var work = Evaluate("spintronic.electrical_work", Small);
        var eta = Evaluate("spintronic.efficiency", Small);
        var deltaE = Evaluate("spintronic.delta_e_longrun", Small.Where(kv => kv.Key is not ("mu_l" or "mu_r")).ToDictionary());
        output.WriteLine($"W_el {work.Value} meV, eta {eta.Value}, Delta E {deltaE.Value} meV");
        Assert.True(work.HasValue && eta.HasValue && deltaE.HasValue);
        var digits = Math.Min(work.TrustedDigits, deltaE.TrustedDigits);
        var expected = -work.ToBigReal(30) / deltaE.ToBigReal(30);
        Assert.True(((eta.ToBigReal(30) - expected) / expected).Abs() < BigReal.Parse($"1e-{digits - 2}", 30));
    }

    [Fact]
    public void ElectricalWorkFollowsTheUpSpinBalanceAtTheFixedPoint()
    {
        // Independent of the lead functional: over a limit cycle <n_up> returns, so the electrons the left lead receives
        // equal the net down-to-up flips by the bosons, N_L = -F; and N_R = -N_L. Hence W_el = (mu_L - mu_R) F.
        var p = new SpintronicParameters(-1, 2, new Rational(1, 2), 1, 3, 1, new Rational(1, 2), new Rational(1, 4), new Rational(1, 4),
            new Rational(1, 2), new Rational(1, 4), new Rational(1, 8));
        var cycle = EngineCycle.Of(p, 1, 35);
        var integral = StrokeTimeIntegral.Of(p, 1, 35);
        var start = cycle.FixedPoint().Select(v => (BigComplex)v).Concat(Enumerable.Repeat(BigComplex.Zero, 4)).ToArray();
        var bosons = MasterEquation.Jumps(p).Skip(4).ToArray();
        var upToDown = LeadCurrent.Evaluate(LeadCurrent.RateFunctional(bosons, FockSpace.Number(Mode.Down)), integral.IntegrateState(start), 35);
        var expected = (BigReal.Parse("-0.5", 35) - BigReal.Parse("0.25", 35)) * upToDown;
        var work = Evaluate("spintronic.electrical_work", Small).ToBigReal(30);
        output.WriteLine($"W_el quantity {work.ToString(15)} vs (mu_L - mu_R) F {expected.ToString(15)}");
        Assert.True(((work - expected) / expected).Abs() < BigReal.Parse("1e-12", 30));
    }
}
