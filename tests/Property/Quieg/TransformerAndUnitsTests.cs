using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// Two Quiegs sharing a qubit stream (Secs. 6-7): P1/P2 = T1/T2 comes out of the two simulations for any voltages;
/// P1, P2 equal Eqs. 34, 36. The SI power (Eq. 46) does not depend on the simulated voltage and equals B ln2 k_B T (1 - S_m).
/// </summary>
public class TransformerAndUnitsTests
{
    private const int K = 24;

    [Fact]
    public void CarnotRatioIsTheTemperatureRatioForAnyVoltages()
    {
        var samples = QuiegGenerators.Sample(16);
        for (int i = 0; i + 1 < samples.Length; i += 2)
        {
            var q1 = samples[i];
            if (q1.M == Rational.Half) continue;
            var other = samples[i + 1];
            var q2 = Make(q1.M, other.Temperature, other.ChemicalPotential, other.VMinus, 2);
            var rate = BigReal.FromRational(new Rational(7, 3), 40);
            var x = InformationalTransformer.Run(q1, q2, rate);
            var where = $"{QuiegGenerators.Describe(q1)} / {QuiegGenerators.Describe(q2)}";
            Assert.Equal(q1.M, x.QubitBiasHandedOver);
            Close(BigReal.FromRational(q1.Temperature / q2.Temperature, 40), x.PowerRatio, K, BigReal.Zero, where + " Eq. 39");
            Close(PaperClosedForms.Power(q1, rate), x.PowerDeliveredByQ1, K, BigReal.Zero, where + " Eq. 34");
            Close(PaperClosedForms.Power(q2, rate), x.PowerDrawnFromQ2, K, BigReal.Zero, where + " Eq. 36");
            Assert.True(x.Consumer.AverageWorkOnF.Abs() <= Eps(K, 40) * Scale(q1));
            Assert.True(x.Supplier.AverageWorkOnF.Abs() <= Eps(K, 40) * Scale(q2));
        }
    }

    [Fact]
    public void SiPowerIsIndependentOfTheVoltageAndEqualsEq46()
    {
        var power = QuiegQuantities.All().Single(q => q.Id == "quieg.power_si");
        var formula = QuiegQuantities.All().Single(q => q.Id == "quieg.power_si_eq46");
        foreach (var (m, t, dv) in new[] { ("1", "300", "0.1"), ("1", "300", "3"), ("9/10", "4", "0.01"), ("3/4", "1000", "1") })
        {
            var args = new Dictionary<string, string> { ["m"] = m, ["T"] = t, ["bit_rate"] = "1e12", ["delta_v"] = dv, ["digits"] = "40" };
            var a = power.EvaluateWith(args).ToBigReal(40);
            var b = formula.EvaluateWith(args).ToBigReal(40);
            Close(b, a, K, BigReal.Zero, $"P at m={m}, T={t} K, dV={dv} V");
        }
        // The CODATA 2018 constants are exact by definition.
        Assert.Equal(Rational.Parse("1.380649e-23"), QuiegSiUnits.BoltzmannJoulePerKelvin);
        Assert.Equal(Rational.Parse("1.602176634e-19"), QuiegSiUnits.ElementaryChargeCoulomb);
    }
}
