namespace QTherm.Reference.Numerics;

/// <summary>
/// Working precision of the arbitrary-precision types, in significant decimal digits. Precision is always an explicit
/// argument; this class only holds the project default and the digits-to-bits rule.
/// </summary>
public static class Precision
{
    /// <summary>The project's default working precision: 50 significant decimal digits.</summary>
    public const int DefaultDigits = 50;

    /// <summary>The largest precision a <see cref="BigReal"/> may be asked for (larger values are almost surely a bug).</summary>
    public const int MaxDigits = 100_000;

    /// <summary>Extra binary digits every inexact <see cref="BigReal"/> stores beyond its decimal precision.</summary>
    public const int GuardBits = 8;

    /// <summary>
    /// The binary precision p of a <see cref="BigReal"/> with <paramref name="digits"/> significant decimal digits:
    /// p = ceil(digits log2 10) + <see cref="GuardBits"/>, so one unit in the last binary place is below 10^-digits / 256
    /// relative to the value.
    /// </summary>
    public static int BitsFor(int digits)
    {
        RequireValid(digits, nameof(digits));
        // digits * log2(10) is irrational and, for digits <= MaxDigits, at least ~1e-6 from an integer (continued
        // fraction of log2 10), far above the ~1e-10 error of this double product, so the ceiling is exact.
        return (int)Math.Ceiling(digits * 3.3219280948873623) + GuardBits;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 1 &lt;= digits &lt;= <see cref="MaxDigits"/>.</summary>
    public static void RequireValid(int digits, string parameterName)
    {
        if (digits < 1 || digits > MaxDigits)
            throw new ArgumentOutOfRangeException(parameterName, digits,
                $"Precision must be between 1 and {MaxDigits} significant decimal digits.");
    }
}
