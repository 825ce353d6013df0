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
        int exponent = e >= 0 ? int.Parse(text[(e + 1)..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var mantissa = e >= 0 ? text[..e] : text;
        int dot = mantissa.IndexOf('.');
        int fractionDigits = dot >= 0 ? mantissa.Length - dot - 1 : 0;
        var value = Rational.Parse(text).Abs();
        if (value.IsZero)
            throw new GoldenDataException($"The printed value '{printed}' is zero, so a relative tolerance is undefined; set published.relative_tolerance explicitly.");
        var halfUnit = Rational.Half * Pow10(exponent - fractionDigits);
        return halfUnit / value;
    }

    private static Rational Pow10(int n) => n >= 0 ? new Rational(System.Numerics.BigInteger.Pow(10, n))
        : new Rational(1, System.Numerics.BigInteger.Pow(10, -n));
}
