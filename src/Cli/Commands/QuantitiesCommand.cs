using QTherm.Reference.Golden;
using QTherm.Reference.Quantities;

namespace QTherm.Cli.Commands;

/// <summary><c>qtherm quantities</c>: the catalogue of everything the oracle computes.</summary>
public static class QuantitiesCommand
{
    public static int Run(Arguments args, TextWriter stdout)
    {
        bool json = args.Flag("json");
        args.RejectUnknown(maxPositionals: 0);
        var all = QuantityCatalog.All.ToList();
        if (json)
        {
            stdout.Write(GoldenJson.Serialize(all.Select(q => new
            {
                q.Id, q.Model, q.Unit, q.Meaning, q.Conditioning,
                Parameters = q.Parameters.Select(p => new { p.Name, p.Unit, p.ValidRange, p.Meaning, p.Default }),
            }).ToList()));
            return Program.Success;
        }
        foreach (var q in all)
        {
            var parameters = q.Parameters.Count == 0 ? "(no parameters)"
                : string.Join("; ", q.Parameters.Select(p => $"{p.Name} [{p.Unit}] {p.ValidRange}{(p.Default is null ? " required" : $" default {p.Default}")}"));
            stdout.WriteLine($"{q.Id}  ({q.Model}, unit {q.Unit})  {q.Meaning}  | {parameters}");
        }
        return Program.Success;
    }
}
