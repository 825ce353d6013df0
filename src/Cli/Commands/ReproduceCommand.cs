using QTherm.Reference.Golden;

namespace QTherm.Cli.Commands;

/// <summary><c>qtherm reproduce</c>: every published number beside the oracle's own value.</summary>
public static class ReproduceCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        bool json = args.Flag("json"), write = args.Flag("write");
        var model = args.Option("model");
        var dirOption = args.Option("golden-dir");
        args.RejectUnknown(maxPositionals: 0);

        var directory = dirOption is null ? GoldenDirectory.Locate(Directory.GetCurrentDirectory()) : new GoldenDirectory(dirOption);
        var files = directory.ModelFiles()
            .Select(f => (File: f, Content: GoldenDirectory.Load(f)))
            .Where(f => model is null || f.Content.Model == model)
            .ToList();
        if (files.Count == 0)
            throw new UsageException(model is null ? $"no golden files in '{directory.Path}'." : $"no golden file for model '{model}' in '{directory.Path}'.");

        var reproduced = new List<(string File, GoldenFile Content)>();
        foreach (var (file, content) in files)
        {
            stderr.WriteLine($"reproducing {Path.GetFileName(file)} ({content.Records.Count} records)...");
            reproduced.Add((file, GoldenReproduction.Reproduce(content)));
        }

        if (write)
        {
            GoldenDirectory.WriteAll(reproduced);
            stderr.WriteLine($"wrote {reproduced.Count} file(s) in {directory.Path}");
        }

        if (json)
        {
            stdout.Write(GoldenJson.Serialize(reproduced.Select(r => r.Content).ToList()));
            return Program.Success;
        }

        var table = new TextTable("id", "where", "published", "oracle", "unit", "rel. diff.", "status");
        foreach (var record in reproduced.SelectMany(r => r.Content.Records))
        {
            var published = record.Published.Value ?? $"closed form {DisplayNumber.Short(record.Oracle?.ClosedFormValue ?? "?")}";
            var oracle = record.Oracle?.Exact ?? record.Oracle?.Value ?? "-";
            table.Add(record.Id, record.Where, published, DisplayNumber.Short(oracle), record.Published.Unit,
                record.RelativeDifference ?? "-", record.Status ?? "-");
        }
        stdout.Write(table.ToString());
        var counts = reproduced.SelectMany(r => r.Content.Records).GroupBy(r => r.Status).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key}");
        stdout.WriteLine();
        stdout.WriteLine($"{reproduced.Sum(r => r.Content.Records.Count)} records: {string.Join(", ", counts)}");
        return Program.Success;
    }
}
