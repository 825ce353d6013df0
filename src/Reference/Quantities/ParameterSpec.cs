namespace QTherm.Reference.Quantities;

/// <summary>
/// One parameter of a quantity: its name as typed on the command line (<c>key=value</c>), its unit, its valid range
/// in words (e.g. "[1/2, 1]", "&gt; 0", "finite"), what it means, and its default (null: required).
/// </summary>
public sealed record ParameterSpec(string Name, string Unit, string ValidRange, string Meaning, string? Default = null);
