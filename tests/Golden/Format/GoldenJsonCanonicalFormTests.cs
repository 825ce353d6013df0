using QTherm.Reference.Golden;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>The canonical text of golden files (one final newline) and where a parse error points.</summary>
public sealed class GoldenJsonCanonicalFormTests
{
    [Fact]
    public void A_golden_file_ends_with_exactly_one_newline()
    {
        var text = GoldenJson.Serialize(new GoldenFile("quieg", "seed.txt", []));
        Assert.EndsWith("}\n", text);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.StartsWith("{\n  \"model\": \"quieg\",", text);
    }

    [Fact]
    public void Any_serialized_value_ends_with_exactly_one_newline()
    {
        var text = GoldenJson.Serialize(new { QuantityId = "quieg.x", Digits = 3 });
        Assert.Equal("{\n  \"quantity_id\": \"quieg.x\",\n  \"digits\": 3\n}\n", text);
    }

    [Fact]
    public void An_empty_document_is_refused_as_an_empty_file()
    {
        var e = Assert.Throws<GoldenDataException>(() => GoldenJson.Parse("null", "quieg.json"));
        Assert.Contains("quieg.json: the file is empty", e.Message);
        Assert.Contains("model, seed, records", e.Message);
    }

    [Theory]
    [InlineData(1, "{ \"model\": oops }")]
    [InlineData(3, "{\n  \"model\": \"quieg\",\n  \"seed\": oops,\n  \"records\": []\n}")]
    public void A_syntax_error_names_its_line_counted_from_one(int line, string json)
    {
        var e = Assert.Throws<GoldenDataException>(() => GoldenJson.Parse(json, "quieg.json"));
        Assert.StartsWith($"quieg.json at line {line}: ", e.Message);
    }

    [Fact]
    public void A_null_where_the_record_needs_text_is_refused()
    {
        var e = Assert.Throws<GoldenDataException>(() =>
            GoldenJson.Parse("{\"model\": null, \"seed\": \"s\", \"records\": []}", "quieg.json"));
        Assert.Contains("quieg.json", e.Message);
        Assert.IsType<System.Text.Json.JsonException>(e.InnerException);
    }
}
