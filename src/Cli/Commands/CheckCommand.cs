using System.Globalization;
using QTherm.Cli.Checking;
using QTherm.Reference.Quantities;

namespace QTherm.Cli.Commands;

/// <summary>
/// <c>qtherm check FILE</c>: another implementation's numbers (CSV <c>quantity,params,value[,rel_tol]</c>) recomputed
/// by the oracle and compared. Exit 0 when every row passes, 1 when any fails, 2 when the file cannot be used.
/// </summary>
public static class CheckCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        bool json = args.Flag("json");
        var junit = args.Option("junit");
        args.RejectUnknown(maxPositionals: 1);
        if (args.Positionals.Count == 0) throw new UsageException("check needs a CSV file (quantity,params,value[,rel_tol]); '-' reads standard input.");
        var source = args.Positionals[0];

        CheckReport report;
        try
        {
            using var reader = source == "-" ? Console.In : OpenOrThrow(source);
            report = new CheckReport(source, Check(reader, stderr).ToList());
        }
        catch (CheckInputException e)
        {
            throw new UsageException($"{source}, {e.Message}");
        }
        if (report.Rows.Count == 0) throw new UsageException($"{source} has a header but no rows to check.");

        if (junit is not null) AtomicFile.Write(junit, report.ToJUnit());
        stdout.Write(json ? report.ToJson() : report.ToTable());
        return report.Failures == 0 ? Program.Success : Program.CheckFailed;
    }

    private static StreamReader OpenOrThrow(string path) =>
        File.Exists(path) ? new StreamReader(path) : throw new UsageException($"cannot read '{path}': no such file.");

    private static IEnumerable<CheckRow> Check(TextReader reader, TextWriter progress)
    {
        var rows = CsvRowReader.Read(reader).GetEnumerator();
        if (!rows.MoveNext()) throw new CheckInputException(1, "the file is empty; expected the header quantity,params,value[,rel_tol].");
        var (headerLine, header) = rows.Current;
        bool hasTolerance = header.Length == 4 && header[3] == "rel_tol";
        if (header.Length < 3 || header[0] != "quantity" || header[1] != "params" || header[2] != "value" || (header.Length == 4 && !hasTolerance) || header.Length > 4)
            throw new CheckInputException(headerLine, $"the header is '{string.Join(",", header)}'; expected quantity,params,value or quantity,params,value,rel_tol.");

        var cache = new Dictionary<string, QuantityResult>(StringComparer.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int count = 0;
        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            if (fields.Length != header.Length)
                throw new CheckInputException(line, $"{fields.Length} fields where the header has {header.Length}.");
            yield return CheckOne(line, fields, hasTolerance, cache);
            if (++count % 100 == 0 && clock.Elapsed.TotalSeconds > 2)
                progress.WriteLine($"checked {count} rows ({clock.Elapsed.TotalSeconds:F0} s)");
        }
    }

    private static CheckRow CheckOne(int line, string[] fields, bool hasTolerance, Dictionary<string, QuantityResult> cache)
    {
        var (id, parameterText, valueText) = (fields[0], fields[1], fields[2]);
        if (!QuantityCatalog.TryFind(id, out var quantity))
            throw new CheckInputException(line, $"unknown quantity '{id}' (see 'qtherm quantities').");
        if (!NumberComparison.TryParseFinite(valueText, out var theirs))
            throw new CheckInputException(line, $"value '{valueText}' is not a finite number.");
        double? givenTolerance = null;
        if (hasTolerance && fields[3].Length > 0)
        {
            if (!NumberComparison.TryParseFinite(fields[3], out var t) || t <= 0)
                throw new CheckInputException(line, $"rel_tol '{fields[3]}' must be a positive number.");
            givenTolerance = t;
        }

        Dictionary<string, string> parameters;
        try
        {
            parameters = EvalCommand.ParseAssignments(parameterText.Length == 0 ? [] : parameterText.Split(';', StringSplitOptions.TrimEntries));
        }
        catch (UsageException e)
        {
            throw new CheckInputException(line, $"params: {e.Message}");
        }

        var key = id + "|" + string.Join(";", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        if (!cache.TryGetValue(key, out var oracle))
        {
            try
            {
                oracle = quantity.EvaluateWith(parameters);
            }
            catch (ArgumentException e)
            {
                throw new CheckInputException(line, e.Message);
            }
            cache[key] = oracle;
        }

        var tolerance = givenTolerance ?? DefaultTolerance.For(quantity, oracle);
        var toleranceSource = givenTolerance is null ? DefaultTolerance.Describe(quantity) : "rel_tol column";
        if (!oracle.HasValue)
            return new CheckRow(line, id, parameterText, valueText, null, null, tolerance, toleranceSource, false,
                $"the oracle cannot compute this: {oracle.NotReproducibleReason}");
        var error = NumberComparison.RelativeError(theirs, oracle);
        return new CheckRow(line, id, parameterText, valueText, oracle.Value, error, tolerance, toleranceSource,
            error <= tolerance, null);
    }
}
