using QTherm.Reference.Golden;
using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>The status rule of golden records, on quantities whose values are known exactly.</summary>
public sealed class GoldenReproductionTests
{
    private static readonly QuantityDefinition Third = new("test.third", "test", "one third", "1", [],
        _ => QuantityResult.Exact(new Rational(1, 3), "exact division"));

    private static readonly QuantityDefinition ThirdToTenDigits = new("test.third10", "test", "one third, ten digits", "1", [],
        _ => QuantityResult.Of(BigReal.FromRational(new Rational(1, 3), 50), 10, "rounded"));

    private static readonly QuantityDefinition Scaled = new("test.scaled", "test", "x / 3", "1",
        [new ParameterSpec("x", "1", "> 0", "numerator")],
        p => QuantityResult.Exact(p.Rational("x") / 3, "exact division"));

    private static readonly QuantityDefinition ThirdIgnoringX = new("test.third_x", "test", "one third whatever x", "1",
        [new ParameterSpec("x", "1", "> 0", "ignored")],
        _ => QuantityResult.Exact(new Rational(1, 3), "exact division"));

    private static readonly QuantityDefinition Unreachable = new("test.heom", "test", "needs HEOM", "1", [],
        _ => QuantityResult.NotReproducible("needs a non-Markovian solver"));

    private static readonly QuantityDefinition Joules = new("test.joules", "test", "an energy", "J", [],
        _ => QuantityResult.Exact(1, "constant"));

    private static QuantityDefinition? Find(string id) =>
        new[] { Third, ThirdToTenDigits, Scaled, ThirdIgnoringX, Unreachable, Joules }.FirstOrDefault(q => q.Id == id);

    private static GoldenRecord Record(string quantity, string? value, string? tolerance = null, string? closedForm = null,
        Dictionary<string, string>? parameters = null, string unit = "1") =>
        new("test.r", "Eq. 1", quantity, parameters ?? [], new PublishedValue(value, unit, value ?? "formula", tolerance, closedForm),
            null, null, null, null);

    private static GoldenRecord Reproduce(GoldenRecord r) =>
        GoldenReproduction.Reproduce(new GoldenFile("test", "seed.txt", [r]), Find).Records.Single();

    [Theory]
    [InlineData("0.333", GoldenStatus.Reproduced)]   // printed to 3 digits: claims +-0.0005
    [InlineData("0.3333", GoldenStatus.Reproduced)]
    [InlineData("0.334", GoldenStatus.Discrepancy)]  // off by 6.7e-4 > 5e-4
    [InlineData("0.33", GoldenStatus.Reproduced)]
    [InlineData("0.32", GoldenStatus.Discrepancy)]
    [InlineData("3.33e-1", GoldenStatus.Reproduced)]
    public void Printed_digits_set_the_tolerance(string printed, string expected)
    {
        var r = Reproduce(Record("test.third", printed));
        Assert.Equal(expected, r.Status);
        Assert.Equal("1/3", r.Oracle!.Exact);
        Assert.Null(r.Oracle.Digits);
    }

    [Fact]
    public void An_explicit_tolerance_overrides_the_printed_digits()
    {
        Assert.Equal(GoldenStatus.Discrepancy, Reproduce(Record("test.third", "0.4")).Status);
        Assert.Equal(GoldenStatus.Reproduced, Reproduce(Record("test.third", "0.4", tolerance: "0.25")).Status);
    }

    [Fact]
    public void The_relative_difference_is_signed_and_rounded_to_three_digits()
    {
        var r = Reproduce(Record("test.third", "0.3"));
        Assert.Equal("1.11e-1", r.RelativeDifference); // (1/3 - 0.3) / 0.3 = 1/9
    }

    [Fact]
    public void The_oracles_own_digits_widen_the_tolerance_by_one_unit_in_its_last_digit()
    {
        // 0.3333333333 (10 digits) vs a published 0.33333333330: difference 3.3e-11 relative 1e-10, within 1e-9.
        var r = Reproduce(Record("test.third10", "0.33333333330"));
        Assert.Equal(GoldenStatus.Reproduced, r.Status);
        Assert.Equal(10, r.Oracle!.Digits);
        Assert.Equal(GoldenStatus.Discrepancy, Reproduce(Record("test.third10", "0.333333330000")).Status);
    }

    [Fact]
    public void A_closed_form_is_compared_with_the_digits_both_sides_trust()
    {
        var agree = Reproduce(Record("test.third10", null, closedForm: "test.third"));
        Assert.Equal(GoldenStatus.Reproduced, agree.Status);
        Assert.NotNull(agree.Oracle!.ClosedFormValue);
        var disagree = Reproduce(Record("test.scaled", null, closedForm: "test.third_x", parameters: new() { ["x"] = "1.000001" }));
        Assert.Equal(GoldenStatus.Discrepancy, disagree.Status);
        Assert.Equal("1.00e-6", disagree.RelativeDifference);
    }

    [Fact]
    public void A_quantity_the_oracle_cannot_compute_is_not_reproducible_with_its_reason()
    {
        var r = Reproduce(Record("test.heom", "0.186"));
        Assert.Equal(GoldenStatus.NotReproducible, r.Status);
        Assert.Null(r.Oracle!.Value);
        Assert.Contains("non-Markovian", r.Oracle.Reason);
        Assert.Null(r.RelativeDifference);
    }

    [Fact]
    public void Inconsistent_records_are_refused_with_the_record_named()
    {
        Assert.Contains("unknown quantity", Assert.Throws<GoldenDataException>(() => Reproduce(Record("test.none", "1"))).Message);
        Assert.Contains("'J'", Assert.Throws<GoldenDataException>(() => Reproduce(Record("test.joules", "1", unit: "eV"))).Message);
        Assert.Contains("exactly one", Assert.Throws<GoldenDataException>(() => Reproduce(Record("test.third", null))).Message);
        Assert.Contains("'x'", Assert.Throws<GoldenDataException>(() => Reproduce(Record("test.scaled", "1"))).Message);
        var duplicate = new GoldenFile("test", "seed.txt", [Record("test.third", "0.3"), Record("test.third", "0.3")]);
        Assert.Contains("twice", Assert.Throws<GoldenDataException>(() => GoldenReproduction.Reproduce(duplicate, Find)).Message);
    }

    [Fact]
    public void Reproduction_never_touches_the_published_side()
    {
        var before = Record("test.third", "0.32", tolerance: null) with { Note = "typed by hand" };
        var after = Reproduce(before);
        Assert.Equal(before.Published, after.Published);
        Assert.Equal(before.Note, after.Note);
        Assert.Equal(before.Parameters, after.Parameters);
    }
}
