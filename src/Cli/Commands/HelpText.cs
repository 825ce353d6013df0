namespace QTherm.Cli.Commands;

/// <summary>The text of <c>qtherm --help</c> and <c>qtherm COMMAND --help</c>.</summary>
public static class HelpText
{
    public static readonly string[] Commands = ["reproduce", "quantities", "eval", "check", "check-states"];

    public const string Overview = """
        qtherm: reference oracle for four quantum-thermodynamics models
        (Quieg electron pump, correlation-driven heat pump, quantum energy teleportation,
        spintronic measurement engine). Units: hbar = k_B = 1 unless a quantity says otherwise.

        Usage: qtherm COMMAND [options]

        Commands:
          reproduce    recompute every published number of the four seeds; table of published vs oracle
          quantities   list every quantity the oracle computes, with parameters, units and ranges
          eval         evaluate one quantity: qtherm eval QUANTITY key=value ... [--json]
          check        check another code's numbers: qtherm check FILE.csv [--json] [--junit FILE]
          check-states check another code's density matrices (JSON Lines) against the invariants

        Run 'qtherm COMMAND --help' for a command's options.
        Exit codes: 0 success, 1 a check failed, 2 unusable input or command line, 3 internal error.

        """;

    public static string For(string command) => command switch
    {
        "reproduce" => """
            Usage: qtherm reproduce [--model NAME] [--json] [--write] [--golden-dir DIR]

            Recomputes the oracle's value of every golden record (golden-data/<model>.json) and prints
            id, published value, oracle value, relative difference and status.
              --model NAME      only one model (quieg, heatpump, qet, spintronic)
              --json            the recomputed records as JSON
              --write           refresh the oracle fields of golden-data/ (published values are never touched)
              --golden-dir DIR  where golden-data is (default: found from the current folder upwards)

            """,
        "quantities" => """
            Usage: qtherm quantities [--json]

            Every quantity the oracle computes: id, model, unit, meaning and parameters
            (name, unit, valid range, default). 'digits=N' sets the working precision of any quantity.

            """,
        "eval" => """
            Usage: qtherm eval QUANTITY [key=value ...] [--json]

            The oracle's value of QUANTITY with the digits it trusts and the method used.
            Parameters not given take their defaults; 'digits=N' sets the working precision (default 50).

            """,
        "check" => """
            Usage: qtherm check FILE [--json] [--junit REPORT.xml]

            FILE is CSV with the header quantity,params,value and an optional rel_tol column;
            params is key=value;key=value (the parameters of 'qtherm quantities'). Each row is
            recomputed by the oracle and compared. Without rel_tol the tolerance is derived from
            double precision and the quantity's conditioning; the report says which was used.
            FILE '-' reads standard input.
              --json            the report as JSON
              --junit FILE      also write a JUnit XML report (written whole or not at all)
            Exit codes: 0 every row passes, 1 a row fails, 2 the file cannot be used (line named).

            """,
        "check-states" => """
            Usage: qtherm check-states FILE [--closed] [--json] [--junit REPORT.xml]

            FILE is JSON Lines, one state per line:
              {"t": 0.5, "rho": [[[re, im], [re, im]], [[re, im], [re, im]]], "H": [[...]]}
            ("t" and "H" optional; an entry may be a plain real number). Every line is checked:
            Hermitian, unit trace, positive semidefinite (tolerance from double precision, the
            dimension and the norm); consecutive lines: trace preserved; with --closed: energy
            Tr(rho H) equal to the first line's (H from the line, or the last one given).
            Exit codes: 0 every line passes, 1 a line fails, 2 the file cannot be used (line named).

            """,
        _ => throw new UsageException($"unknown command '{command}'. Commands: {string.Join(", ", Commands)}."),
    };
}
