using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The domain of the inverted Fermi function (Eqs. 5-10): only 0 &lt; p &lt; 1 has a finite level; exact arguments
/// (an exact temperature such as T = 1) leave the working precision to the other argument; the info-potential of
/// Eqs. 26-27 likewise takes its precision from the inexact argument.
/// </summary>
public class FermiLevelDomainTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-0.5")]
    [InlineData("1.5")]
    public void AnOccupationOutsideTheOpenUnitIntervalHasNoFiniteLevel(string p)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FermiLevel.LevelFor(BigReal.Parse(p, 40), BigReal.Parse("0.5", 40), BigReal.Parse("2", 40)));
        Assert.Equal("p", e.ParamName);
        Assert.Contains("(0, 1)", e.Message);
        Assert.Equal(BigReal.Parse(p, 40).ToString(10), e.ActualValue);
    }

    [Fact]
    public void AnExactTemperatureInvertsAtThePrecisionOfTheOccupation()
    {
        // T = 1 and mu = 0 exact: E(1/4) = ln 3 to the 40 digits of p.
        var level = FermiLevel.LevelFor(BigReal.Parse("0.25", 40), BigReal.Zero, BigReal.One);
        Close(BigReal.FromInteger(3, 45).Log(), level, 38, BigReal.Zero, "E(1/4) at T = 1");
        Assert.Equal(40, level.Digits);
    }

    [Fact]
    public void InfoPotentialWithAnExactTemperatureKeepsThePrecisionOfMu()
    {
        // gamma = mu / (ln2 T): mu = 3 at 40 digits, T = 2 exact.
        var gamma = InfoPotential.Of(BigReal.Parse("3", 40), 2);
        Close(BigReal.FromInteger(3, 45) / (2 * BigReal.Ln2(45)), gamma, 38, BigReal.Zero, "gamma");
        Assert.Equal(40, gamma.Digits);
    }
}
