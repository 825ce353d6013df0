namespace QTherm.Reference.Quantities;

/// <summary>
/// A model or quantity parameter outside its physical domain. The message names the parameter, the value given and
/// the valid range, so that a physicist can correct the input without reading code.
/// </summary>
public sealed class ParameterOutOfRangeException : ArgumentOutOfRangeException
{
    public string Parameter { get; }
    public string Value { get; }
    public string ValidRange { get; }

    public ParameterOutOfRangeException(string parameter, object? value, string validRange, string? reason = null)
        : base(parameter, $"Parameter '{parameter}' = {Format(value)} is outside its valid range {validRange}" +
                          (reason is null ? "." : $": {reason}."))
    {
        Parameter = parameter;
        Value = Format(value);
        ValidRange = validRange;
    }

    public override string Message => base.Message.Split(" (Parameter '")[0];

    private static string Format(object? value) => value switch
    {
        null => "(missing)",
        double d => RoundTrip(d),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "(null)",
    };

    // Stryker disable once String : since .NET Core 3.0 a double's default format is already its shortest round-trip form, so "R" and "" print the same text
    private static string RoundTrip(double d) => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
