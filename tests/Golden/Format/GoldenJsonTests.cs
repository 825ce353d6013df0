using QTherm.Reference.Golden;
using Xunit;

namespace QTherm.Tests.Golden.Format;

public sealed class GoldenJsonTests
{
    private const string Minimal = """
        {
          "model": "quieg",
          "seed": "000_49a452cf4824afd6.txt",
          "records": [
            {
              "id": "quieg.x",
              "where": "Eq. 46",
              "quantity": "quieg.power_si",
              "parameters": { "T": "300" },
              "published": { "value": "2.9e-9", "unit": "W", "as_printed": "2.9 nW", "relative_tolerance": null, "closed_form": null },
              "oracle": null,
              "status": null,
              "relative_difference": null,
              "note": "μ and ≈ stay readable"
            }
          ]
        }
        """;

    [Fact]
    public void A_file_round_trips_in_canonical_form()
    {
        var parsed = GoldenJson.Parse(Minimal, "quieg.json");
        var text = GoldenJson.Serialize(parsed);
        Assert.Equal(text, GoldenJson.Serialize(GoldenJson.Parse(text, "again")));
        Assert.Contains("\"as_printed\": \"2.9 nW\"", text);
        Assert.Contains("μ and ≈ stay readable", text);
        Assert.DoesNotContain("\r", text);
    }

    [Theory]
    [InlineData("{", "quieg.json")]
    [InlineData("""{"model":"quieg","seed":"s","records":[],"extra":1}""", "extra")]
    [InlineData("""{"model":"quieg","records":[]}""", "seed")]
    public void A_malformed_file_is_refused_with_its_name_and_the_problem(string json, string mentioned)
    {
        var e = Assert.Throws<GoldenDataException>(() => GoldenJson.Parse(json, "quieg.json"));
        Assert.Contains("quieg.json", e.Message);
        Assert.Contains(mentioned, e.Message);
    }
}
