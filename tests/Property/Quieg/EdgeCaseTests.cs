using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;
using QTherm.Reference.Quieg;
using Xunit;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>Edge cases: m = 1 (S_m = 0), m -> 1/2, large and small T; parameter validation.</summary>
public class EdgeCaseTests
{
    private const int K = 25;

    [Fact]
    public void PureQubitsGiveSmZeroAndLn2TPerElectronVolt()
    {
        Assert.True(QubitEntropy.Bits(1, 40).IsZero);
        var q = QuiegParameters.Create(1, 1, -3, 2, 0, Digits);
        var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
        var cycle = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa));
        Assert.Contains("m = 1 limit", cycle.BranchA[0].Name);
        var ln2 = BigReal.Ln2(40);
        Close(BigReal.One - ln2, pa, K, BigReal.Zero, "p_a = 1 - 2 ln2 T / dV at m = 1");
        Close(ln2 / BigReal.FromInteger(2, 40), cycle.ElectronsTMinusToTPlus, K, BigReal.Zero, "N = ln2 T / dV");
    }

    [Fact]
    public void BiasApproachingOneHalfMovesElectronsQuadraticallyFewAndNoneAtOneHalf()
    {
        var q = QuiegParameters.Create(Rational.Half, 1, 0, 1, 0, Digits);
        var cycle = DirectCycle.Run(q, DirectProtocol.Reversible(q, ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa));
        Assert.True(cycle.ElectronsTMinusToTPlus.Abs() <= Eps(K, 40));
        foreach (var exponent in new[] { 3, 8, 12 })
        {
            var delta = new Rational(1, System.Numerics.BigInteger.Pow(10, exponent));
            var near = QuiegParameters.Create(Rational.Half + delta, 1, 0, 1, 0, Digits);
            var pa = ZeroWorkOccupation.Solve(near, ContactSchedule.QuasiStatic).Pa;
            var n = DirectCycle.Run(near, DirectProtocol.Reversible(near, pa)).ElectronsTMinusToTPlus;
            // 1 - S_m = (2/ln2) delta^2 + O(delta^4): N = ln2 T (1 - S_m)/dV -> 2 delta^2; the closed form keeps all digits.
            Close(PaperClosedForms.ElectronsPerCycle(near), n, K - 2 * exponent > 10 ? K - 2 * exponent : 10, BigReal.Zero, $"N at m = 1/2 + 1e-{exponent}");
            var leading = BigReal.FromRational(2 * delta * delta, 40);
            Assert.True(((n - leading) / leading).Abs() < BigReal.FromRational(new Rational(10, 1) * delta * delta + new Rational(1, System.Numerics.BigInteger.Pow(10, 8)), 40) * 100,
                $"N = {n.ToString(12)} vs 2 delta^2 = {leading.ToString(12)}");
        }
    }

    [Theory]
    [InlineData("1/1000000", "7/8")]
    [InlineData("1000000", "7/8")]
    [InlineData("1/1000", "1")]
    [InlineData("1000", "51/100")]
    public void LargeAndSmallTemperatures(string temperature, string m)
    {
        var t = Rational.Parse(temperature);
        var q = Make(Rational.Parse(m), t, 3 * t + 1, -2 * t - 5, 3);
        var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
        Close(PaperClosedForms.Pa(q), pa, K, BigReal.Zero, "p_a");
        var cycle = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa));
        Close(PaperClosedForms.ElectronsPerCycle(q), cycle.ElectronsTMinusToTPlus, K, BigReal.Zero, "N");
        Assert.True(cycle.AverageWorkOnF.Abs() <= Eps(K, 40) * Scale(q));
        Assert.True(cycle.SecondLawSlack.Abs() <= Eps(K, 40) * Scale(q));
    }

    [Theory]
    [InlineData("2/5", "1", "0", "2", "0", "m")]
    [InlineData("11/10", "1", "0", "2", "0", "m")]
    [InlineData("3/4", "0", "0", "2", "0", "T")]
    [InlineData("3/4", "-1", "0", "2", "0", "T")]
    [InlineData("3/4", "1", "0", "0", "0", "v_plus")]
    [InlineData("3/4", "1", "0", "-1", "0", "v_plus")]
    [InlineData("1", "1", "0", "1", "0", "v_plus - v_minus")]
    [InlineData("3/4", "10", "0", "3", "0", "v_plus - v_minus")]
    public void OutOfDomainParametersAreRefusedByName(string m, string t, string mu, string vPlus, string vMinus, string parameter)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => QuiegParameters.Create(
            Rational.Parse(m), Rational.Parse(t), Rational.Parse(mu), Rational.Parse(vPlus), Rational.Parse(vMinus), Digits));
        Assert.Equal(parameter, e.Parameter);
        Assert.Contains(parameter, e.Message);
        Assert.False(string.IsNullOrWhiteSpace(e.ValidRange));
    }

    [Fact]
    public void Eq45ThresholdIsTheBoundaryOfTheDomain()
    {
        // Just above Delta* the parameters are valid and p_a is small and positive; Eq. 45's closed form is the edge.
        var threshold = QuiegParameters.MinimalVoltageGap(new Rational(3, 4), 1, 40).ToRational();
        var q = QuiegParameters.Create(new Rational(3, 4), 1, 0, threshold * new Rational(1001, 1000), 0, Digits);
        var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
        Assert.True(pa.Sign > 0 && pa < BigReal.FromRational(new Rational(1, 1000), 40), $"p_a = {pa.ToString(10)}");
        Assert.Throws<ParameterOutOfRangeException>(() => QuiegParameters.Create(new Rational(3, 4), 1, 0, threshold * new Rational(999, 1000), 0, Digits));
    }
}
