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
        // Fig. 7 (bosons on): Delta E and Delta S are nonzero at the fixed point, so W_th, T_c and Eq. 20 are defined.
        var cycle = EngineCycle.Of(SpintronicParameters.Figure7(BosonReading.AsWritten), 1, 30);
        foreach (var tText in new[] { "0", "0.01", "1", "10" })
        {
            var t = BigReal.Parse(tText, 30);
            var th = EngineThermodynamics.AtFixedPoint(cycle, t);
            Assert.True(th.DeltaS.Sign > 0, "a dephasing measurement of a coherent state raises the entropy");
            Assert.True((th.EfficiencyBound!.Value - th.CarnotLikeBound!.Value).Abs() < BigReal.Parse("1e-20", 30));
            Assert.True((th.WorkBound - (-th.DeltaE + t * th.DeltaS)).Abs() < BigReal.Parse("1e-20", 30));
            output.WriteLine($"T {tText}: dE {th.DeltaE.ToString(6)} dS {th.DeltaS.ToString(6)} Wth {th.WorkBound.ToString(6)} Tc {th.CriticalTemperature!.Value.ToString(6)} bound {th.EfficiencyBound!.Value.ToString(6)}");
        }
    }

    [Fact]
    public void WithoutBosonsTheCycleFixedPointCarriesNoCoherenceAndNoCurrent()
    {
        var p = new SpintronicParameters(-3, 8, 1, 8, 20, new Rational(1, 2), new Rational(1, 5), new Rational(1, 10), new Rational(1, 50), new Rational(1, 100), 0, 0);
        var th = EngineThermodynamics.AtFixedPoint(EngineCycle.Of(p, 1, 30), BigReal.Zero);
        var tiny = BigReal.Parse("1e-25", 30);
        output.WriteLine($"dE {th.DeltaE.ToString(4)} N_L {th.ElectronsIntoLeft!.Value.ToString(4)} N_R {th.ElectronsIntoRight!.Value.ToString(4)}");
        Assert.True(th.DeltaE.Abs() < tiny);
        Assert.True(th.ElectronsIntoLeft!.Value.Abs() < tiny && th.ElectronsIntoRight!.Value.Abs() < tiny);
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
