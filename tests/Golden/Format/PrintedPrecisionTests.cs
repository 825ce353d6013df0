using QTherm.Reference.Golden;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Golden.Format;

public sealed class PrintedPrecisionTests
{
    [Theory]
    [InlineData("0.186", "5/1860")]
    [InlineData("2.9e-21", "5/290")]
    [InlineData("10", "5/100")]
    [InlineData("1.4E-6", "5/140")]
    [InlineData("-6.1", "5/610")]
    public void Half_a_unit_in_the_last_printed_digit(string printed, string expected) =>
        Assert.Equal(Rational.Parse(expected), PrintedPrecision.RelativeHalfUnit(printed));

    [Fact]
    public void A_printed_zero_has_no_relative_precision() =>
        Assert.Throws<GoldenDataException>(() => PrintedPrecision.RelativeHalfUnit("0.0"));
}
