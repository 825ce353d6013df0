using QTherm.Cli.Commands;
using QTherm.Reference.Golden;

namespace QTherm.Cli;

/// <summary>
/// Entry point of <c>qtherm</c>. Exit codes: 0 success, 1 a check found a failure, 2 the input or the command line
/// could not be used (the message says which argument, line or parameter, never a stack trace), 3 an internal error
/// (a bug in qtherm, reported in one line).
/// </summary>
public static class Program
{
    public const int Success = 0;
    public const int CheckFailed = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    private static string OneLine(string message) => message.Trim('"').ReplaceLineEndings(" ");

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.Write(HelpText.Overview);
            return Success;
        }
        try
        {
            var rest = new Arguments(args[1..]);
            if (rest.Flag("help")) { stdout.Write(HelpText.For(args[0])); return Success; }
            return args[0] switch
            {
                "reproduce" => ReproduceCommand.Run(rest, stdout, stderr),
                "quantities" => QuantitiesCommand.Run(rest, stdout),
                "eval" => EvalCommand.Run(rest, stdout),
                "check" => CheckCommand.Run(rest, stdout, stderr),
                "check-states" => CheckStatesCommand.Run(rest, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}'. Commands: {string.Join(", ", HelpText.Commands)}. Run 'qtherm --help'."),
            };
        }
        catch (Exception e) when (e is UsageException or GoldenDataException or ArgumentException or KeyNotFoundException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"qtherm: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"qtherm: internal error ({e.GetType().Name}): {OneLine(e.Message)}. Please report it with the command line.");
            return InternalError;
        }
    }
}
