using System.Globalization;
using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Cli.Checking;

/// <summary>Relative error of another code's double against the oracle's value (absolute error when the oracle's value is zero).</summary>
public static class NumberComparison
{
    public static double RelativeError(double theirs, QuantityResult oracle)
    {
        var exact = oracle.ToBigReal(40);
        var difference = BigReal.FromRational(Rational.FromDouble(theirs), 40) - exact;
        return (exact.IsZero ? difference.Abs() : difference.Abs() / exact.Abs()).ToDouble();
    }

    public static bool TryParseFinite(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
