using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>The general model's domain eps_A, eps_B, kappa &gt; 0, with the parameter, value and range in the message.</summary>
public sealed class TwoQubitModelDomainTests
{
    [Theory]
    [InlineData("0", "1", "1", "eps_A", "Alice's level splitting")]
    [InlineData("-1/2", "1", "1", "eps_A", "Alice's level splitting")]
    [InlineData("1", "0", "1", "eps_B", "Bob's level splitting")]
    [InlineData("1", "-3", "1", "eps_B", "Bob's level splitting")]
    [InlineData("1", "1", "0", "kappa", "local gauge")]
    [InlineData("1", "1", "-1/4", "kappa", "local gauge")]
    public void NonPositiveParameterIsRejected(string epsA, string epsB, string kappa, string parameter, string reason)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => new TwoQubitModel(Rational.Parse(epsA), Rational.Parse(epsB), Rational.Parse(kappa)));
        var value = parameter switch { "eps_A" => epsA, "eps_B" => epsB, _ => kappa };
        Assert.Equal(parameter, e.Parameter);
        Assert.Contains($"'{parameter}' = {value}", e.Message);
        Assert.Contains("> 0", e.Message);
        Assert.Contains(reason, e.Message);
    }
}
