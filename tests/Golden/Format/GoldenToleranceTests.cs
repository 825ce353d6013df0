using QTherm.Reference.Golden;
using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>
/// The tolerance edge of the status rule, zero published values, explicit tolerances, and records whose model, value
/// or closed form does not fit.
/// </summary>
public sealed class GoldenToleranceTests
{
    private static QuantityDefinition Exact(string id, Rational value, string unit = "1", string model = "test") =>
        new(id, model, "an exact constant", unit, [], _ => QuantityResult.Exact(value, "exact"));

    private static readonly QuantityDefinition[] Quantities =
    [
        Exact("test.five_quarters", new Rational(5, 4)),
        Exact("test.half", Rational.Half),
        Exact("test.zero", Rational.Zero),
        Exact("test.other_model", 1, model: "other"),
        Exact("test.joules", 1, unit: "J"),
        new("test.heom", "test", "needs HEOM", "1", [], _ => QuantityResult.NotReproducible("needs a non-Markovian solver")),
    ];

    private static QuantityDefinition? Find(string id) => Quantities.FirstOrDefault(q => q.Id == id);

    private static GoldenRecord Record(string quantity, string? value, string? tolerance = null, string? closedForm = null) =>
        new("test.r", "Eq. 1", quantity, [], new PublishedValue(value, "1", value ?? "formula", tolerance, closedForm),
            null, null, null, null);

    private static GoldenRecord Reproduce(GoldenRecord r) =>
        GoldenReproduction.Reproduce(new GoldenFile("test", "seed.txt", [r]), Find).Records.Single();

    private static string Refusal(GoldenRecord r) => Assert.Throws<GoldenDataException>(() => Reproduce(r)).Message;

    [Fact]
    public void A_difference_exactly_at_the_tolerance_is_reproduced()
    {
        // (5/4 - 1) / 1 = 1/4 exactly; an exact oracle adds nothing to the tolerance.
        var edge = Reproduce(Record("test.five_quarters", "1", tolerance: "0.25"));
        Assert.Equal(GoldenStatus.Reproduced, edge.Status);
        Assert.Equal("2.50e-1", edge.RelativeDifference);
        Assert.Equal(GoldenStatus.Discrepancy, Reproduce(Record("test.five_quarters", "1", tolerance: "0.2499999")).Status);
    }

    [Fact]
    public void An_exact_agreement_has_relative_difference_zero()
    {
        var r = Reproduce(Record("test.half", "0.5"));
        Assert.Equal(GoldenStatus.Reproduced, r.Status);
        Assert.Equal("0", r.RelativeDifference);
    }

    [Fact]
    public void A_published_zero_is_compared_by_absolute_difference()
    {
        var near = Reproduce(Record("test.half", "0", tolerance: "0.5"));
        Assert.Equal(GoldenStatus.Reproduced, near.Status);
        Assert.Equal("5.00e-1", near.RelativeDifference);
        Assert.Equal(GoldenStatus.Discrepancy, Reproduce(Record("test.half", "0", tolerance: "0.4")).Status);
        var both = Reproduce(Record("test.zero", "0", tolerance: "1e-30"));
        Assert.Equal(GoldenStatus.Reproduced, both.Status);
        Assert.Equal("0", both.RelativeDifference);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("-0.25")]
    [InlineData("abc")]
    public void A_relative_tolerance_that_is_not_positive_is_refused(string tolerance)
    {
        var message = Refusal(Record("test.half", "0.5", tolerance: tolerance));
        Assert.Contains("Record 'test.r'", message);
        Assert.Contains($"published.relative_tolerance '{tolerance}' must be a positive number", message);
    }

    [Fact]
    public void A_tolerance_given_as_a_fraction_is_accepted() =>
        Assert.Equal(GoldenStatus.Reproduced, Reproduce(Record("test.five_quarters", "1", tolerance: "1/4")).Status);

    [Fact]
    public void A_published_value_that_is_not_a_number_is_refused() =>
        Assert.Contains("Record 'test.r': published.value '0,5' is not a decimal number", Refusal(Record("test.half", "0,5")));

    [Fact]
    public void A_quantity_of_another_model_is_refused_naming_both_models()
    {
        var message = Refusal(Record("test.other_model", "1"));
        Assert.Contains("Record 'test.r': quantity 'test.other_model' belongs to model 'other', not 'test'", message);
    }

    [Fact]
    public void A_closed_form_in_another_unit_is_refused_naming_both_units()
    {
        var message = Refusal(Record("test.half", null, closedForm: "test.joules"));
        Assert.Contains("closed form 'test.joules' is in 'J', the oracle's quantity in '1'", message);
    }

    [Fact]
    public void A_closed_form_that_cannot_be_evaluated_is_refused_with_its_reason()
    {
        var message = Refusal(Record("test.half", null, closedForm: "test.heom"));
        Assert.Contains("Record 'test.r': the closed form 'test.heom' could not be evaluated: needs a non-Markovian solver", message);
    }
}
