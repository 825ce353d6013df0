using QTherm.Reference.Numerics;

namespace QTherm.Reference.Information;

/// <summary>
/// An entropic quantity that may be +infinity (the relative entropy S(rho||sigma) when supp rho is not within
/// supp sigma). <see cref="Value"/> is meaningful only when <see cref="IsInfinite"/> is false.
/// </summary>
public sealed record EntropyValue
{
    public bool IsInfinite { get; }
    public BigReal Value { get; }

    private EntropyValue(bool isInfinite, BigReal value)
    {
        IsInfinite = isInfinite;
        Value = value;
    }

    public static EntropyValue Finite(BigReal value) => new(false, value);
    public static EntropyValue PositiveInfinity { get; } = new(true, BigReal.Zero);

    /// <summary>The finite value; throws when the quantity is +infinity.</summary>
    public BigReal FiniteValue => IsInfinite
        ? throw new InvalidOperationException("The entropy is +infinity (support mismatch); it has no finite value.")
        : Value;

    public double ToDouble() => IsInfinite ? double.PositiveInfinity : Value.ToDouble();

    public override string ToString() => IsInfinite ? "+infinity" : Value.ToString();
}
