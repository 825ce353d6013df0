using QTherm.Reference.Numerics;

namespace QTherm.Cli;

/// <summary>Numbers in tables: at most 12 significant digits (the JSON outputs keep every trusted digit).</summary>
public static class DisplayNumber
{
    public static string Short(string value) =>
        value.Length <= 20 || !Rational.TryParse(value, out var exact) ? value : BigReal.FromRational(exact, 12).ToString(12);
}
