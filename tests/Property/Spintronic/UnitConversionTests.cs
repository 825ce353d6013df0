using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using Xunit;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>The SI edge of the spintronic engine: the time unit hbar/meV follows from the exact CODATA 2018 h and e.</summary>
public class UnitConversionTests
{
    private const int Digits = 30;

    [Fact]
    public void HbarIsPlanckOverTwoPi()
    {
        var hbar = SpintronicUnits.HbarOverMeVInPs(Digits);
        var h = SpintronicUnits.PlanckOverMeVInPs(Digits);
        var twoPi = BigReal.FromInteger(2, Digits) * BigReal.Pi(Digits);
        var residual = (hbar * twoPi - h).Abs();
        Assert.True(residual < BigReal.Parse("1e-27", Digits), $"2 pi hbar - h = {residual.ToString(5)} ps meV");
    }

    [Fact]
    public void HbarMatchesCodataListedValue()
    {
        // CODATA 2018 lists hbar = 6.582 119 569... x 10^-16 eV s (exact, truncated): hbar / meV = 0.6582119569... ps.
        var listed = BigReal.Parse("0.6582119569", Digits);
        var difference = SpintronicUnits.HbarOverMeVInPs(Digits) - listed;
        Assert.True(difference.Sign >= 0 && difference < BigReal.Parse("1e-10", Digits),
            $"hbar/meV = {SpintronicUnits.HbarOverMeVInPs(Digits).ToString(15)} ps, CODATA lists 0.6582119569... ps");
    }
}
