namespace QTherm.Reference.Quantities;

/// <summary>
/// A quantity the oracle computes: a stable id (<c>model.name</c>), its model, what it means, its unit, its parameters,
/// and how to evaluate it. <see cref="Conditioning"/> estimates how many times the relative error of double-precision
/// inputs is amplified in the result (used to derive the default tolerance when checking another code's numbers).
/// </summary>
public sealed record QuantityDefinition(
    string Id,
    string Model,
    string Meaning,
    string Unit,
    IReadOnlyList<ParameterSpec> Parameters,
    Func<ParameterSet, QuantityResult> Evaluate,
    double Conditioning = 1e3)
{
    /// <summary>Binds the given key/value pairs and evaluates.</summary>
    public QuantityResult EvaluateWith(IReadOnlyDictionary<string, string> given) => Evaluate(ParameterSet.Bind(Parameters, given));
}
