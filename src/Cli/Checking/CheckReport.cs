using System.Globalization;
using System.Xml.Linq;
using QTherm.Reference.Golden;

namespace QTherm.Cli.Checking;

/// <summary>The outcome of checking a file: as a table, as JSON, and as JUnit XML for CI systems.</summary>
public sealed record CheckReport(string Source, IReadOnlyList<CheckRow> Rows)
{
    public int Failures => Rows.Count(r => !r.Passed);

    public string ToTable()
    {
        var table = new TextTable("line", "quantity", "params", "theirs", "oracle", "rel. error", "tolerance", "verdict");
        foreach (var r in Rows)
            table.Add(r.Line.ToString(CultureInfo.InvariantCulture), r.Quantity, r.Parameters, r.Theirs,
                r.Oracle is null ? "-" : DisplayNumber.Short(r.Oracle),
                r.RelativeError?.ToString("0.00e+00", CultureInfo.InvariantCulture) ?? "-",
                r.Tolerance.ToString("0.0e+00", CultureInfo.InvariantCulture),
                r.Passed ? "pass" : "FAIL" + (r.Problem is null ? "" : $": {r.Problem}"));
        var sources = Rows.Select(r => r.ToleranceSource).Distinct().ToList();
        return table + $"\n{Rows.Count - Failures} passed, {Failures} failed ({Source}); tolerances: {string.Join("; ", sources)}\n";
    }

    public string ToJson() => GoldenJson.Serialize(new { Source, Passed = Rows.Count - Failures, Failed = Failures, Rows });

    public string ToJUnit()
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", "qtherm check " + Path.GetFileName(Source)),
            new XAttribute("tests", Rows.Count),
            new XAttribute("failures", Failures),
            new XAttribute("errors", 0),
            Rows.Select(r => new XElement("testcase",
                new XAttribute("classname", "qtherm." + r.Quantity),
                new XAttribute("name", $"line {r.Line}: {r.Quantity}({r.Parameters})"),
                r.Passed ? null : new XElement("failure",
                    new XAttribute("message", r.Problem ?? $"relative error {r.RelativeError:0.00e+00} exceeds tolerance {r.Tolerance:0.0e+00}"),
                    $"theirs {r.Theirs}, oracle {r.Oracle ?? "-"}, tolerance {r.Tolerance:0.0e+00} ({r.ToleranceSource})"))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite)).ToString() + "\n";
    }
}
