using QTherm.Reference.Golden;
using QTherm.Reference.Quantities;
using Xunit.Sdk;

namespace QTherm.Tests.Property.Catalogue;

/// <summary>
/// Approval snapshots of one model's quantity catalogue, committed in <c>tests/Property/Catalogue/</c>: what
/// <c>qtherm quantities</c> prints (ids, meanings, units, parameters with their ranges and defaults) and what
/// <c>qtherm eval</c> answers at the defaults (value, trusted digits, method). A change to either turns the test red;
/// the actual text is written beside the snapshot as <c>*.received.json</c> for review, and accepted by moving it over
/// the verified file.
/// </summary>
public static class CatalogueSnapshot
{
    /// <summary>The evaluations at the defaults run at the fewest working digits accepted, where precision budgets are tightest.</summary>
    public const int Digits = ParameterSet.MinimumDigits;

    public static void MetadataMatches(string model) =>
        Matches($"{model}.quantities.verified.json", GoldenJson.Serialize(Quantities(model).Select(q => new
        {
            q.Id, q.Model, q.Unit, q.Meaning, q.Conditioning,
            Parameters = q.Parameters.Select(p => new { p.Name, p.Unit, p.ValidRange, p.Meaning, p.Default }),
        }).ToList()));

    public static void ValuesAtDefaultsMatch(string model, IReadOnlyDictionary<string, string> skipped) =>
        Matches($"{model}.defaults.verified.json", GoldenJson.Serialize(Quantities(model).Select(q => Evaluate(q, skipped)).ToList()));

    private static IEnumerable<QuantityDefinition> Quantities(string model)
    {
        var quantities = QuantityCatalog.All.Where(q => q.Model == model).ToList();
        if (quantities.Count == 0) throw new XunitException($"The catalogue has no quantity of model '{model}'.");
        return quantities;
    }

    private static object Evaluate(QuantityDefinition q, IReadOnlyDictionary<string, string> skipped)
    {
        var required = q.Parameters.Where(p => p.Default is null).Select(p => p.Name).ToList();
        if (required.Count > 0) return new { q.Id, Requires = required };
        if (skipped.TryGetValue(q.Id, out var why)) return new { q.Id, NotEvaluatedHere = why };
        QuantityResult r;
        try
        {
            r = q.EvaluateWith(new Dictionary<string, string> { [ParameterSet.DigitsName] = Digits.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        catch (ParameterOutOfRangeException e)
        {
            return new { q.Id, Refused = e.Message };
        }
        return new
        {
            q.Id, r.Value,
            TrustedDigits = r.TrustedDigits == QuantityResult.ExactDigits ? "exact" : r.TrustedDigits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.ExactForm, r.Method, r.NotReproducibleReason,
        };
    }

    private static void Matches(string fileName, string actual) =>
        Snapshot.Matches(Path.Combine(Path.GetDirectoryName(GoldenDirectory.Locate(AppContext.BaseDirectory).Path)!, "tests", "Property", "Catalogue", fileName), actual);
}
