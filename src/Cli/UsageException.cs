namespace QTherm.Cli;

/// <summary>A command line that cannot be carried out; reported in one line with exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
