using QTherm.Reference.Numerics;

namespace QTherm.Reference.Golden;

/// <summary>What a number printed in a paper claims about its own precision.</summary>
public static class PrintedPrecision
{
    /// <summary>
    /// Half a unit in the last printed digit, relative to the value: "2.9e-21" claims 0.05e-21 / 2.9e-21 = 1.7 %,
    /// "0.186" claims 0.0005 / 0.186. Trailing zeros of a plain integer ("10") are taken as printed digits.
    /// </summary>
    public static Rational RelativeHalfUnit(string printed)
    {
        var text = printed.Trim();
        int e = text.IndexOfAny(['e', 'E']);
        // Stryker disable once Equality : e == 0 means a leading 'e' ("e5"): with or without the exponent read, Rational.Parse below refuses the text with the same FormatException (callers check it with Rational.TryParse first)
        int exponent = e >= 0 ? int.Parse(text[(e + 1)..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        // Stryker disable once Equality : e == 0 means a leading 'e': the mantissa is then "" or the whole text, and Rational.Parse below refuses either with the same FormatException
        var mantissa = e >= 0 ? text[..e] : text;
        int dot = mantissa.IndexOf('.');
        int fractionDigits = dot >= 0 ? mantissa.Length - dot - 1 : 0;
        var value = Rational.Parse(text).Abs();
        if (value.IsZero)
            throw new GoldenDataException($"The printed value '{printed}' is zero, so a relative tolerance is undefined; set published.relative_tolerance explicitly.");
        var halfUnit = Rational.Half * Pow10(exponent - fractionDigits);
        return halfUnit / value;
    }

    // Stryker disable once Equality : at n == 0 both branches give 1
    private static Rational Pow10(int n) => n >= 0 ? new Rational(System.Numerics.BigInteger.Pow(10, n))
        : new Rational(1, System.Numerics.BigInteger.Pow(10, -n));
}
