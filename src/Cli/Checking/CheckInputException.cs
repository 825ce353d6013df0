namespace QTherm.Cli.Checking;

/// <summary>A row of another code's file that cannot be checked: the message names the line and the problem.</summary>
public sealed class CheckInputException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
}
