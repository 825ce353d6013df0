using System.Globalization;

namespace QTherm.Invariants;

/// <summary>
/// The outcome of checking one invariant: whether it <see cref="Holds"/>, the size of the measured deviation
/// (<see cref="WorstViolation"/>, reported even when it is within tolerance), the <see cref="Tolerance"/> it was
/// compared with (0 for exact input), and a <see cref="Message"/> in the physicist's terms. A combined check lists
/// its <see cref="Parts"/>.
/// </summary>
public sealed record Verdict(string Invariant, bool Holds, double WorstViolation, double Tolerance, string Message)
{
    public IReadOnlyList<Verdict> Parts { get; init; } = [];

    /// <summary>
    /// Holds when every part holds. Worst violation and tolerance are those of the first failing part, or, when all
    /// hold, of the part with the largest deviation; the message lists the failing parts (or all, when none fails).
    /// </summary>
    public static Verdict AllOf(string invariant, params Verdict[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0) throw new ArgumentException("A combined verdict needs at least one part.", nameof(parts));
        var failing = parts.Where(p => !p.Holds).ToArray();
        var lead = failing.Length > 0 ? failing[0] : parts.MaxBy(p => p.WorstViolation)!;
        var shown = failing.Length > 0 ? failing : parts;
        var message = string.Join("; ", shown.Select(p => $"{p.Invariant}: {p.Message}"));
        return new Verdict(invariant, failing.Length == 0, lead.WorstViolation, lead.Tolerance, message) { Parts = parts };
    }

    public override string ToString() => $"{Invariant}: {(Holds ? "holds" : "FAILS")} ({Message})";

    /// <summary>"deviation 2.0e-2 &gt; tolerance 1e-12" (or "&lt;=").</summary>
    internal static string Comparison(double deviation, double tolerance, bool within, string quantity = "deviation") =>
        $"{quantity} {Format(deviation)} {(within ? "<=" : ">")} tolerance {Format(tolerance)}";

    internal static string Format(double x)
    {
        if (x == 0) return "0";
        // Stryker disable once Equality : x is +-infinity here, never 0, so > 0 and >= 0 agree
        if (double.IsInfinity(x)) return x > 0 ? "infinity" : "-infinity";
        return x.ToString("0.0#e+0", CultureInfo.InvariantCulture);
    }

    internal static string Value(double x) =>
        Math.Abs(x) >= 1e-4 && Math.Abs(x) < 1e6 ? x.ToString("G10", CultureInfo.InvariantCulture) : Format(x);
}
