using System.Globalization;
using System.Xml.Linq;
using QTherm.Invariants;
using QTherm.Reference.Golden;

namespace QTherm.Cli.Checking;

/// <summary>Invariant verdicts for each line of another code's states: a table, JSON, or JUnit XML.</summary>
public sealed record StateCheckReport(string Source, IReadOnlyList<(int Line, double? Time, Verdict Verdict)> Rows)
{
    public int Failures => Rows.Count(r => !r.Verdict.Holds);

    public string ToTable()
    {
        var table = new TextTable("line", "t", "verdict", "worst deviation", "tolerance", "details");
        foreach (var (line, time, verdict) in Rows)
            table.Add(line.ToString(CultureInfo.InvariantCulture), time?.ToString("G6", CultureInfo.InvariantCulture) ?? "-",
                verdict.Holds ? "pass" : "FAIL", verdict.WorstViolation.ToString("0.0e+00", CultureInfo.InvariantCulture),
                verdict.Tolerance.ToString("0.0e+00", CultureInfo.InvariantCulture), verdict.Holds ? "" : verdict.Message);
        return table + $"\n{Rows.Count - Failures} passed, {Failures} failed ({Source})\n";
    }

    public string ToJson() => GoldenJson.Serialize(new
    {
        Source, Passed = Rows.Count - Failures, Failed = Failures,
        Rows = Rows.Select(r => new
        {
            r.Line, r.Time, r.Verdict.Holds, r.Verdict.Invariant, r.Verdict.WorstViolation, r.Verdict.Tolerance, r.Verdict.Message,
        }),
    });

    public string ToJUnit() => new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites",
        new XElement("testsuite",
            new XAttribute("name", "qtherm check-states " + Path.GetFileName(Source)),
            new XAttribute("tests", Rows.Count), new XAttribute("failures", Failures), new XAttribute("errors", 0),
            Rows.Select(r => new XElement("testcase",
                new XAttribute("classname", "qtherm.states"),
                new XAttribute("name", $"line {r.Line}" + (r.Time is { } t ? $" (t = {t.ToString("G6", CultureInfo.InvariantCulture)})" : "")),
                r.Verdict.Holds ? null : new XElement("failure", new XAttribute("message", r.Verdict.Message), r.Verdict.ToString())))))).ToString() + "\n";
}
