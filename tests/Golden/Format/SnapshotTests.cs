using Xunit;
using Xunit.Sdk;

namespace QTherm.Tests.Golden.Format;

public sealed class SnapshotTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("qtherm-snapshot").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_mismatch_writes_the_received_file_and_shows_the_changed_lines()
    {
        var verified = Path.Combine(folder, "m.json");
        File.WriteAllText(verified, "a\nb\nc\n");
        var e = Assert.Throws<XunitException>(() => Snapshot.Matches(verified, "a\nB\nc\n"));
        Assert.Contains("-     2   b", e.Message);
        Assert.Contains("+     2   B", e.Message);
        Assert.Equal("a\nB\nc\n", File.ReadAllText(Path.Combine(folder, "m.received.json")));
    }

    [Fact]
    public void A_match_passes_and_removes_a_stale_received_file()
    {
        var verified = Path.Combine(folder, "m.json");
        File.WriteAllText(verified, "same\n");
        File.WriteAllText(Path.Combine(folder, "m.received.json"), "old");
        Snapshot.Matches(verified, "same\n");
        Assert.False(File.Exists(Path.Combine(folder, "m.received.json")));
    }

    [Fact]
    public void A_missing_verified_file_fails() =>
        Assert.Throws<XunitException>(() => Snapshot.Matches(Path.Combine(folder, "none.json"), "x"));
}
