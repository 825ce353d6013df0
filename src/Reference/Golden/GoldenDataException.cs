namespace QTherm.Reference.Golden;

/// <summary>A golden file that cannot be read or does not fit the catalogue (unknown quantity, unit mismatch, ...).</summary>
public sealed class GoldenDataException(string message, Exception? inner = null) : Exception(message, inner);
