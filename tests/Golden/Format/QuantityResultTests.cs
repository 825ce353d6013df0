using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>What a quantity result vouches for: trusted digits, the value at working precision, and its absence.</summary>
public sealed class QuantityResultTests
{
    private static readonly BigReal Third = BigReal.FromRational(new Rational(1, 3), 50);

    [Fact]
    public void Zero_trusted_digits_are_refused_and_one_is_accepted()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => QuantityResult.Of(Third, 0, "m"));
        Assert.Equal("trustedDigits", e.ParamName);
        Assert.Contains("At least one digit must be trusted", e.Message);
        var one = QuantityResult.Of(Third, 1, "m");
        Assert.Equal(1, one.TrustedDigits);
        Assert.Equal(Third.ToString(1), one.Value);
    }

    [Fact]
    public void Trusted_digits_are_capped_at_the_digits_the_value_carries()
    {
        var coarse = BigReal.FromRational(new Rational(1, 3), 12);
        var r = QuantityResult.Of(coarse, 40, "rounded");
        Assert.Equal(12, r.TrustedDigits);
        Assert.Equal(coarse.ToString(12), r.Value);
        Assert.Equal(10, QuantityResult.Of(Third, 10, "m").TrustedDigits);
        Assert.Equal("3.333333333e-1", QuantityResult.Of(Third, 10, "m").Value);
        Assert.True(r.HasValue);
        Assert.Null(r.ExactForm);
        Assert.Null(r.NotReproducibleReason);
    }

    [Fact]
    public void A_value_is_read_back_with_two_guard_digits_beyond_those_trusted()
    {
        var r = QuantityResult.Of(Third, 10, "m");
        Assert.Equal(12, r.ToBigReal(60).Digits);
        Assert.Equal(5, r.ToBigReal(5).Digits);
        Assert.Equal("3.333333333e-1", r.ToBigReal(60).ToString(10));
    }

    [Fact]
    public void An_exact_value_is_exact_at_any_precision()
    {
        var r = QuantityResult.Exact(new Rational(1, 3), "exact");
        Assert.Equal(QuantityResult.ExactDigits, r.TrustedDigits);
        Assert.Equal("1/3", r.ExactForm);
        Assert.Equal(BigReal.FromRational(new Rational(1, 3), 80), r.ToBigReal(80));
    }

    [Fact]
    public void A_not_reproducible_result_has_no_value_and_names_its_reason()
    {
        var r = QuantityResult.NotReproducible("needs a non-Markovian solver");
        Assert.False(r.HasValue);
        Assert.Null(r.Value);
        Assert.Equal("none", r.Method);
        Assert.Equal("needs a non-Markovian solver", r.NotReproducibleReason);
        var e = Assert.Throws<InvalidOperationException>(() => r.ToBigReal(50));
        Assert.Contains("No value: needs a non-Markovian solver", e.Message);
    }
}
