using QTherm.Reference.Golden;

namespace QTherm.Tests.Golden;

/// <summary>The repository's golden-data folder, found from the test's output folder upwards.</summary>
public static class GoldenPaths
{
    public static GoldenDirectory Directory { get; } = GoldenDirectory.Locate(AppContext.BaseDirectory);
}
