using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quantities;

/// <summary>
/// Parameter values bound to a quantity's <see cref="ParameterSpec"/>s: unknown names are refused, defaults filled in,
/// and every typed read that fails names the parameter, the value and the valid range.
/// The working precision is the reserved parameter <c>digits</c> (significant decimal digits).
/// </summary>
public sealed class ParameterSet
{
    public const string DigitsName = "digits";

    /// <summary>The fewest working digits a quantity accepts: below 30, budgets of guard digits leave nothing trusted.</summary>
    public const int MinimumDigits = 30;

    public const int MaximumDigits = 1000;

    private readonly ImmutableDictionary<string, string> values;
    private readonly ImmutableDictionary<string, ParameterSpec> specs;

    private ParameterSet(ImmutableDictionary<string, string> values, ImmutableDictionary<string, ParameterSpec> specs, int digits)
    {
        this.values = values;
        this.specs = specs;
        Digits = digits;
    }

    /// <summary>Working precision in significant decimal digits.</summary>
    public int Digits { get; }

    public IReadOnlyDictionary<string, string> Values => values;

    public static ParameterSet Bind(IReadOnlyList<ParameterSpec> specs, IReadOnlyDictionary<string, string> given)
    {
        var bySpec = specs.ToImmutableDictionary(s => s.Name, StringComparer.Ordinal);
        var bound = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        int digits = Precision.DefaultDigits;
        foreach (var (key, raw) in given)
        {
            if (key == DigitsName)
            {
                if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out digits) || digits < MinimumDigits || digits > MaximumDigits)
                    throw new ParameterOutOfRangeException(DigitsName, raw, $"an integer in [{MinimumDigits}, {MaximumDigits}]",
                        "a quantity spends up to 20 working digits on guard digits and conditioning, and must keep some to trust");
                continue;
            }
            if (!bySpec.ContainsKey(key))
                throw new ParameterOutOfRangeException(key, raw, "(none: unknown parameter)",
                    specs.Count == 0 ? "this quantity takes no parameters"
                        : $"known parameters are {string.Join(", ", specs.Select(s => s.Name))}");
            bound[key] = raw.Trim();
        }
        foreach (var spec in specs)
        {
            if (bound.ContainsKey(spec.Name)) continue;
            if (spec.Default is null)
                throw new ParameterOutOfRangeException(spec.Name, null, spec.ValidRange, $"a value is required ({spec.Meaning}, unit {spec.Unit})");
            bound[spec.Name] = spec.Default;
        }
        return new ParameterSet(bound.ToImmutable(), bySpec, digits);
    }

    public static ParameterSet Bind(IReadOnlyList<ParameterSpec> specs, params (string Key, string Value)[] given) =>
        Bind(specs, given.ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal));

    /// <summary>The raw text of a parameter.</summary>
    public string Text(string name) =>
        values.TryGetValue(name, out var v) ? v
            : throw new ArgumentException($"Parameter '{name}' is not declared by this quantity.", nameof(name));

    /// <summary>The exact rational value of a parameter ("3/4", "0.75", "7.5e-1").</summary>
    public Rational Rational(string name)
    {
        var raw = Text(name);
        return Numerics.Rational.TryParse(raw, out var r) ? r
            : throw new ParameterOutOfRangeException(name, raw, RangeOf(name), "not a number (expected p, p/q or a decimal)");
    }

    /// <summary>The value at the working precision (exact decimal input rounded once).</summary>
    public BigReal Real(string name) => BigReal.FromRational(Rational(name), Digits);

    public double Double(string name) => Rational(name).ToDouble();

    public int Integer(string name)
    {
        var raw = Text(name);
        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
            : throw new ParameterOutOfRangeException(name, raw, RangeOf(name), "not an integer");
    }

    public long Long(string name)
    {
        var raw = Text(name);
        return long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
            : throw new ParameterOutOfRangeException(name, raw, RangeOf(name), "not an integer");
    }

    public BigInteger BigInteger(string name) => Rational(name) is { IsInteger: true } r ? r.Numerator
        : throw new ParameterOutOfRangeException(name, Text(name), RangeOf(name), "not an integer");

    // Stryker disable once String : unreachable fallback: RangeOf is only called after Text(name) succeeded, and Bind binds only declared names, so every bound name has a spec
    private string RangeOf(string name) => specs.TryGetValue(name, out var s) ? s.ValidRange : "(undeclared)";
}
