using System.Numerics;
using QTherm.Cli.Checking;
using QTherm.Invariants;

namespace QTherm.Cli.Commands;

/// <summary>
/// <c>qtherm check-states FILE</c>: density matrices or a trajectory from another code (JSON Lines) checked against the
/// invariants: Hermitian, unit trace, positive semidefinite on every line; trace preserved between consecutive lines;
/// with <c>--closed</c>, energy Tr(rho H) conserved relative to the first line (H from the line, or the last one given).
/// </summary>
public static class CheckStatesCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        bool json = args.Flag("json"), closed = args.Flag("closed");
        var junit = args.Option("junit");
        args.RejectUnknown(maxPositionals: 1);
        if (args.Positionals.Count == 0) throw new UsageException("check-states needs a JSON Lines file of states; '-' reads standard input.");
        var source = args.Positionals[0];
        if (source != "-" && !File.Exists(source)) throw new UsageException($"cannot read '{source}': no such file.");

        var rows = new List<(int, double?, Verdict)>();
        try
        {
            using var reader = source == "-" ? Console.In : new StreamReader(source);
            Complex[,]? first = null, previous = null, hamiltonian = null;
            int lineNumber = 0, dimension = 0;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (reader.ReadLine() is { } text)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(text)) continue;
                var line = StateLine.Parse(text, lineNumber);
                int n = line.Rho.GetLength(0);
                if (dimension == 0) dimension = n;
                else if (n != dimension) throw new CheckInputException(lineNumber, $"rho is {n}x{n}; earlier lines are {dimension}x{dimension}.");
                hamiltonian = line.Hamiltonian ?? hamiltonian;
                if (closed && hamiltonian is null)
                    throw new CheckInputException(lineNumber, "--closed needs the Hamiltonian \"H\" on the first line.");

                var parts = new List<Verdict> { StateValidity.Check(line.Rho) };
                if (previous is not null) parts.Add(Conservation.TracePreserved(previous, line.Rho));
                if (closed && first is not null) parts.Add(Conservation.EnergyConserved(hamiltonian!, first, line.Rho));
                rows.Add((lineNumber, line.Time, Verdict.AllOf("state", parts.ToArray())));
                first ??= line.Rho;
                previous = line.Rho;
                if (rows.Count % 1000 == 0 && clock.Elapsed.TotalSeconds > 2) stderr.WriteLine($"checked {rows.Count} states");
            }
        }
        catch (CheckInputException e)
        {
            throw new UsageException($"{source}, {e.Message}");
        }
        if (rows.Count == 0) throw new UsageException($"{source} holds no states.");

        var report = new StateCheckReport(source, rows);
        if (junit is not null) AtomicFile.Write(junit, report.ToJUnit());
        stdout.Write(json ? report.ToJson() : report.ToTable());
        return report.Failures == 0 ? Program.Success : Program.CheckFailed;
    }
}
