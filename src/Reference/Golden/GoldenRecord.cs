namespace QTherm.Reference.Golden;

/// <summary>
/// One published number: where it stands in its seed, the quantity and parameters that reproduce it, the value as
/// printed (typed from the paper), the oracle's own value (written only by code), and the verdict.
/// </summary>
public sealed record GoldenRecord(
    string Id,
    string Where,
    string Quantity,
    Dictionary<string, string> Parameters,
    PublishedValue Published,
    OracleEntry? Oracle,
    string? Status,
    string? RelativeDifference,
    string? Note);

/// <summary>
/// The paper's side of a record. <see cref="Value"/> is the printed number in <see cref="Unit"/> as a decimal string;
/// when it is null, <see cref="ClosedForm"/> names a quantity that evaluates the paper's formula at the same
/// parameters. <see cref="RelativeTolerance"/> is null unless the wording ("about") sets it; then the tolerance is half
/// a unit in the last printed digit.
/// </summary>
public sealed record PublishedValue(string? Value, string Unit, string AsPrinted, string? RelativeTolerance, string? ClosedForm);

/// <summary>
/// The oracle's side of a record, written by <see cref="GoldenReproduction"/>. <see cref="Digits"/> is the number of
/// significant digits trusted (null with <see cref="Exact"/> set: an exact rational). <see cref="ClosedFormValue"/> is
/// the paper's closed form evaluated by code, when the record checks one.
/// </summary>
public sealed record OracleEntry(
    string? Value,
    string Unit,
    int? Digits,
    string? Exact,
    string Method,
    string? ClosedFormValue,
    string? Reason);

/// <summary>The records of one model's seed, as stored in <c>golden-data/&lt;model&gt;.json</c>.</summary>
public sealed record GoldenFile(string Model, string Seed, List<GoldenRecord> Records);

/// <summary>The three honest outcomes of comparing the oracle with a published number.</summary>
public static class GoldenStatus
{
    public const string Reproduced = "reproduced";
    public const string Discrepancy = "discrepancy";
    public const string NotReproducible = "not-reproducible";
}
