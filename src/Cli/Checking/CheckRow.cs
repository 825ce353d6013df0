namespace QTherm.Cli.Checking;

/// <summary>
/// One compared value: the other code's number, the oracle's, their relative error, the tolerance used and where it
/// came from, and the verdict.
/// </summary>
public sealed record CheckRow(
    int Line,
    string Quantity,
    string Parameters,
    string Theirs,
    string? Oracle,
    double? RelativeError,
    double Tolerance,
    string ToleranceSource,
    bool Passed,
    string? Problem);
