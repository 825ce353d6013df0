using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>The message of an out-of-range parameter: the parameter, the value given, the valid range and the reason.</summary>
public sealed class ParameterOutOfRangeMessageTests
{
    private sealed class Unprintable
    {
        public override string? ToString() => null;
    }

    [Fact]
    public void Without_a_reason_the_message_ends_after_the_range()
    {
        var e = new ParameterOutOfRangeException("T", 2.5, "> 0");
        Assert.Equal("Parameter 'T' = 2.5 is outside its valid range > 0.", e.Message);
        Assert.Equal("T", e.Parameter);
        Assert.Equal("2.5", e.Value);
        Assert.Equal("> 0", e.ValidRange);
        Assert.Equal("T", e.ParamName);
    }

    [Fact]
    public void A_reason_follows_the_range_after_a_colon()
    {
        var e = new ParameterOutOfRangeException("eta", "1.5", "[0, 1]", "an efficiency cannot exceed one");
        Assert.Contains("Parameter 'eta' = 1.5", e.Message);
        Assert.Contains("[0, 1]: an efficiency cannot exceed one.", e.Message);
        Assert.EndsWith("one.", e.Message);
    }

    [Fact]
    public void The_message_does_not_repeat_the_parameter_name_in_the_framework_suffix()
    {
        var e = new ParameterOutOfRangeException("T", -1, "> 0", "negative temperature");
        Assert.DoesNotContain("(Parameter '", e.Message);
        Assert.Contains("= -1 ", e.Message);
    }

    [Fact]
    public void A_missing_value_is_shown_as_missing()
    {
        var e = new ParameterOutOfRangeException("T", null, "> 0");
        Assert.Equal("(missing)", e.Value);
        Assert.Contains("'T' = (missing) is outside", e.Message);
    }

    [Fact]
    public void Values_are_printed_in_the_invariant_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("0.1", new ParameterOutOfRangeException("x", 0.1, "finite").Value);
            Assert.Equal("1.5", new ParameterOutOfRangeException("x", 1.5m, "finite").Value);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_value_without_text_is_shown_as_null()
    {
        Assert.Equal("(null)", new ParameterOutOfRangeException("x", new Unprintable(), "finite").Value);
        Assert.Equal("abc", new ParameterOutOfRangeException("x", "abc", "finite").Value);
    }
}
