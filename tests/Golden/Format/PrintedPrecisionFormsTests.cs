using QTherm.Reference.Golden;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>Half a unit in the last printed digit for the other ways a paper prints a number.</summary>
public sealed class PrintedPrecisionFormsTests
{
    [Theory]
    [InlineData("0.5", "1/10")]      // 0.05 / 0.5
    [InlineData(".5", "1/10")]       // no leading zero: still one printed decimal
    [InlineData("5e-3", "1/10")]     // 0.0005 / 0.005
    [InlineData("5E2", "1/10")]      // 50 / 500: a positive exponent scales the half unit up
    [InlineData("5e0", "1/10")]
    [InlineData("12", "1/24")]       // no dot: half a unit in the units digit
    [InlineData("2.50e3", "1/500")]  // 5 / 2500
    [InlineData(" 1.5 ", "1/30")]
    public void Half_a_unit_in_the_last_printed_digit(string printed, string expected) =>
        Assert.Equal(Rational.Parse(expected), PrintedPrecision.RelativeHalfUnit(printed));

    [Fact]
    public void A_printed_zero_is_refused_naming_the_value_and_the_remedy()
    {
        var e = Assert.Throws<GoldenDataException>(() => PrintedPrecision.RelativeHalfUnit("0e-3"));
        Assert.Contains("'0e-3' is zero", e.Message);
        Assert.Contains("published.relative_tolerance", e.Message);
    }
}
