namespace QTherm.Tests.Property.Qet;

/// <summary>Working precision of the QET property tests (significant digits).</summary>
internal static class QetTestPrecision
{
    public const int Digits = 40;
}
