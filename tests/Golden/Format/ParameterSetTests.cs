using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>Binding key=value pairs to a quantity's parameters: digits bounds, unknown and missing names, typed reads.</summary>
public sealed class ParameterSetTests
{
    private static readonly ParameterSpec Temperature = new("T", "K", "> 0", "bath temperature");
    private static readonly ParameterSpec Levels = new("n", "1", "an integer >= 1", "number of levels", "2");
    private static readonly IReadOnlyList<ParameterSpec> Specs = [Temperature, Levels];

    private static ParameterOutOfRangeException Refused(IReadOnlyList<ParameterSpec> specs, params (string, string)[] given) =>
        Assert.Throws<ParameterOutOfRangeException>(() => ParameterSet.Bind(specs, given));

    [Fact]
    public void Digits_default_to_the_project_precision() =>
        Assert.Equal(Precision.DefaultDigits, ParameterSet.Bind(Specs, ("T", "1")).Digits);

    [Theory]
    [InlineData(ParameterSet.MinimumDigits)]
    [InlineData(ParameterSet.MinimumDigits + 1)]
    [InlineData(ParameterSet.MaximumDigits - 1)]
    [InlineData(ParameterSet.MaximumDigits)]
    public void Digits_inside_the_bounds_are_the_working_precision(int digits)
    {
        var p = ParameterSet.Bind(Specs, ("T", "1"), ("digits", digits.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(digits, p.Digits);
        Assert.False(p.Values.ContainsKey("digits"));
        Assert.Equal(digits, p.Real("T").Digits);
    }

    [Theory]
    [InlineData("29")]
    [InlineData("1001")]
    [InlineData("0")]
    [InlineData("-50")]
    [InlineData("fifty")]
    [InlineData("50.5")]
    public void Digits_outside_the_bounds_are_refused_with_the_range_and_the_reason(string digits)
    {
        var e = Refused(Specs, ("T", "1"), ("digits", digits));
        Assert.Equal("digits", e.Parameter);
        Assert.Equal(digits, e.Value);
        Assert.Equal($"an integer in [{ParameterSet.MinimumDigits}, {ParameterSet.MaximumDigits}]", e.ValidRange);
        Assert.Contains($"'digits' = {digits} ", e.Message);
        Assert.Contains(": a quantity spends up to 20 working digits on guard digits", e.Message);
    }

    [Fact]
    public void Digits_are_accepted_by_a_quantity_without_parameters() =>
        Assert.Equal(40, ParameterSet.Bind([], ("digits", "40")).Digits);

    [Fact]
    public void An_unknown_name_is_refused_listing_the_known_parameters()
    {
        var e = Refused(Specs, ("T", "1"), ("Tc", "2"));
        Assert.Equal("Tc", e.Parameter);
        Assert.Equal("2", e.Value);
        Assert.Equal("(none: unknown parameter)", e.ValidRange);
        Assert.Contains(": known parameters are T, n.", e.Message);
        Assert.DoesNotContain("takes no parameters", e.Message);
    }

    [Fact]
    public void An_unknown_name_for_a_quantity_without_parameters_says_so()
    {
        var e = Refused([], ("T", "1"));
        Assert.Contains(": this quantity takes no parameters.", e.Message);
        Assert.DoesNotContain("known parameters are", e.Message);
    }

    [Fact]
    public void A_required_parameter_left_out_is_refused_with_its_meaning_and_unit()
    {
        var e = Refused(Specs, ("n", "3"));
        Assert.Equal("T", e.Parameter);
        Assert.Equal("(missing)", e.Value);
        Assert.Equal("> 0", e.ValidRange);
        Assert.Contains(": a value is required (bath temperature, unit K).", e.Message);
    }

    [Fact]
    public void Defaults_fill_in_and_given_text_is_trimmed()
    {
        var p = ParameterSet.Bind(Specs, ("T", " 3/4 "));
        Assert.Equal("3/4", p.Text("T"));
        Assert.Equal("2", p.Text("n"));
        Assert.Equal(new Rational(3, 4), p.Rational("T"));
        Assert.Equal(0.75, p.Double("T"));
        Assert.Equal(2, p.Integer("n"));
        Assert.Equal(2L, p.Long("n"));
        Assert.Equal(new System.Numerics.BigInteger(2), p.BigInteger("n"));
    }

    [Fact]
    public void Reading_an_undeclared_name_names_it()
    {
        var p = ParameterSet.Bind(Specs, ("T", "1"));
        var e = Assert.Throws<ArgumentException>(() => p.Text("beta"));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("Parameter 'beta' is not declared", e.Message);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_refused_with_the_range()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => ParameterSet.Bind(Specs, ("T", "hot")).Rational("T"));
        Assert.Equal("> 0", e.ValidRange);
        Assert.Contains("'T' = hot is outside its valid range > 0: not a number", e.Message);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("two")]
    public void A_value_that_is_not_an_integer_is_refused_by_every_integer_read(string raw)
    {
        var p = ParameterSet.Bind(Specs, ("T", "1"), ("n", raw));
        foreach (var read in new Action[] { () => p.Integer("n"), () => p.Long("n"), () => p.BigInteger("n") })
        {
            var e = Assert.Throws<ParameterOutOfRangeException>(read);
            Assert.Equal("n", e.Parameter);
            Assert.Equal("an integer >= 1", e.ValidRange);
            if (raw == "2.5") Assert.Contains($"= {raw} is outside its valid range an integer >= 1: not an integer.", e.Message);
        }
    }
}
