using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The Gibbs state on the exact levels -3, -2, 6, 7 (basis (a, b, c, q) = (0, 3, 4, 4)) at T = 1: populations
/// e^{-(E_n - E_0)}/Z and the entropy ln Z + &lt;E - E_0&gt;/T, computed here from the energies alone; T &gt; 0 required.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.1.
/// </summary>
public sealed class GibbsStateTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly BigReal Tol = BigReal.Parse("1e-30", Digits);

    [Fact]
    public void PopulationsAndEntropyFollowFromTheEnergies()
    {
        var gibbs = GibbsState.Of(EnergyEigenbasis.OfXShaped(0, 3, 4, 4), 1, Digits);
        int[] gaps = [0, 1, 9, 10];
        var w = gaps.Select(g => BigReal.FromInteger(-g, Digits).Exp()).ToArray();
        var z = w.Aggregate(BigReal.Zero, (a, x) => a + x);
        var meanGap = gaps.Select((g, n) => BigReal.FromInteger(g, Digits) * w[n]).Aggregate(BigReal.Zero, (a, x) => a + x) / z;
        for (int n = 0; n < 4; n++)
            Assert.True((gibbs.Populations[n] - w[n] / z).Abs() < Tol);
        var entropy = z.Log() + meanGap;
        Assert.True((gibbs.Entropy - entropy).Abs() < Tol, gibbs.Entropy.ToString(20));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public void NonPositiveTemperatureIsRejected(string t)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => GibbsState.Of(EnergyEigenbasis.OfXShaped(0, 3, 4, 4), Rational.Parse(t), Digits));
        Assert.Equal("T", e.Parameter);
        Assert.Contains($"'T' = {t}", e.Message);
        Assert.Contains("> 0", e.Message);
        Assert.Contains("ground projector", e.Message);
    }
}
