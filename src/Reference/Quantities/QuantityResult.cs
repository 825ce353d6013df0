using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quantities;

/// <summary>
/// What the oracle says about a quantity: a value with the number of significant digits it trusts and the method
/// that produced it, or the reason it cannot compute the quantity.
/// </summary>
public sealed record QuantityResult
{
    /// <summary>The value rounded to <see cref="TrustedDigits"/> significant digits (scientific notation), or null.</summary>
    public string? Value { get; }

    /// <summary>Significant digits the oracle vouches for; <see cref="ExactDigits"/> for an exact rational.</summary>
    public int TrustedDigits { get; }

    /// <summary>The exact rational form ("3/4") when the value is exact, else null.</summary>
    public string? ExactForm { get; }

    public string Method { get; }

    /// <summary>Why the oracle cannot compute this quantity, or null.</summary>
    public string? NotReproducibleReason { get; }

    public const int ExactDigits = int.MaxValue;

    public bool HasValue => Value is not null;

    private QuantityResult(string? value, int digits, string? exactForm, string method, string? reason)
    {
        Value = value;
        TrustedDigits = digits;
        ExactForm = exactForm;
        Method = method;
        NotReproducibleReason = reason;
    }

    /// <summary>An arbitrary-precision value of which <paramref name="trustedDigits"/> significant digits are trusted.</summary>
    public static QuantityResult Of(BigReal value, int trustedDigits, string method)
    {
        if (trustedDigits < 1)
            throw new ArgumentOutOfRangeException(nameof(trustedDigits), trustedDigits, "At least one digit must be trusted.");
        return new(value.ToString(Math.Min(trustedDigits, value.Digits)), Math.Min(trustedDigits, value.Digits), null, method, null);
    }

    /// <summary>An exact rational value; printed to <paramref name="printedDigits"/> significant digits beside its exact form.</summary>
    public static QuantityResult Exact(Rational value, string method, int printedDigits = Precision.DefaultDigits) =>
        new(BigReal.FromRational(value, printedDigits).ToString(printedDigits), ExactDigits, value.ToString(), method, null);

    /// <summary>The oracle cannot compute this; the reason says why (missing method, ill-posed reading, ...).</summary>
    public static QuantityResult NotReproducible(string reason) => new(null, 0, null, "none", reason);

    /// <summary>The value at <paramref name="digits"/> working precision (exact values are exact to any precision).</summary>
    public BigReal ToBigReal(int digits) =>
        Value is null ? throw new InvalidOperationException($"No value: {NotReproducibleReason}")
            : ExactForm is not null ? BigReal.FromRational(Rational.Parse(ExactForm), digits)
            : BigReal.Parse(Value, Math.Min(digits, TrustedDigits + 2));
}
