using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using Xunit;
using Xunit.Abstractions;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>Eqs. 17-21 at the cycle's fixed point, and the spin-bias mapping of Eqs. 27-32.</summary>
public class ThermodynamicsTests(ITestOutputHelper output)
{
    [Fact]
    public void EfficiencyBoundOfEquation20HoldsWhereDefined()
    {
        var p = new SpintronicParameters(-3, 8, 1, 8, 20, new Rational(1, 2), new Rational(1, 5), new Rational(1, 10), new Rational(1, 50), new Rational(1, 100), 0, 0);
        var cycle = EngineCycle.Of(p, 1, 30);
        foreach (var tText in new[] { "0", "0.01", "1", "10" })
        {
            var t = BigReal.Parse(tText, 30);
            var th = EngineThermodynamics.AtFixedPoint(cycle, t);
            Assert.True(th.DeltaS.Sign >= 0, "a dephasing measurement cannot lower the entropy");
            Assert.True((th.EfficiencyBound - th.CarnotLikeBound).Abs() < BigReal.Parse("1e-20", 30));
            // mu_alpha implied by the rates at temperature T (Eq. 32 mapping): T ln(T^-/T^+).
            var muL = SpinBiasReservoir.EffectivePotential(t, BigReal.FromRational(p.TLMinus, 30), BigReal.FromRational(p.TLPlus, 30));
            var muR = SpinBiasReservoir.EffectivePotential(t, BigReal.FromRational(p.TRMinus, 30), BigReal.FromRational(p.TRPlus, 30));
            var eta = th.Efficiency(muL, muR)!.Value;
            output.WriteLine($"T {tText}: dE {th.DeltaE.ToString(6)} dS {th.DeltaS.ToString(6)} Wth {th.WorkBound.ToString(6)} Tc {th.CriticalTemperature.ToString(6)} bound {th.EfficiencyBound.ToString(6)} eta {eta.ToString(6)} N_L {th.ElectronsIntoLeft!.Value.ToString(4)} N_R {th.ElectronsIntoRight!.Value.ToString(4)}");
            // Particle conservation: at the fixed point nothing accumulates, so the electrons into the leads balance.
            Assert.True((th.ElectronsIntoLeft!.Value + th.ElectronsIntoRight!.Value).Abs() < BigReal.Parse("1e-20", 30));
        }
    }

    [Fact]
    public void SpinBiasRatesFollowTheFermiFilling()
    {
        var beta = BigReal.Parse("2", 30);
        var left = new SpinBiasReservoir(beta, BigReal.Parse("0.3", 30), BigReal.Parse("0.2", 30), +1);
        var right = new SpinBiasReservoir(beta, BigReal.Parse("0.3", 30), BigReal.Parse("0.2", 30), -1);
        var (inL, outL) = left.Rates(BigReal.One);
        var (inR, outR) = right.Rates(BigReal.One);
        // T^-/T^+ = e^(beta (mu + sigma m)).
        Assert.True(((inL / outL) - BigReal.Parse("1", 30).Exp()).Abs() < BigReal.Parse("1e-25", 30));
        Assert.True(((inR / outR) - BigReal.Parse("0.2", 30).Exp()).Abs() < BigReal.Parse("1e-25", 30));
        var recovered = SpinBiasReservoir.EffectivePotential(BigReal.One / beta, inL, outL);
        Assert.True((recovered - BigReal.Parse("0.5", 30)).Abs() < BigReal.Parse("1e-25", 30));
    }
}
