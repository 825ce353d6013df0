using QTherm.Reference.Golden;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>Finding golden-data/, listing its model files, and writing them all or none.</summary>
public sealed class GoldenDirectoryTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("qtherm-golden-dir").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Folder(params string[] parts)
    {
        var path = Path.Combine([root, .. parts]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static GoldenFile Model(string model) => new(model, "seed.txt", []);

    [Fact]
    public void Locate_walks_up_the_parents_of_the_start_folder()
    {
        var golden = Folder("repo", GoldenDirectory.FolderName);
        var start = Folder("repo", "tests", "bin", "Debug");
        var elsewhere = Folder("elsewhere");
        Assert.Equal(Path.GetFullPath(golden), GoldenDirectory.Locate(start, elsewhere).Path);
        Assert.Equal(Path.GetFullPath(golden), GoldenDirectory.Locate(Path.Combine(root, "repo"), elsewhere).Path);
    }

    [Fact]
    public void Locate_falls_back_to_the_executables_folder_and_its_parents()
    {
        var golden = Folder("install", GoldenDirectory.FolderName);
        var exe = Folder("install", "bin");
        Assert.Equal(Path.GetFullPath(golden), GoldenDirectory.Locate(Folder("work"), exe).Path);
    }

    [Fact]
    public void Locate_without_a_golden_folder_names_the_start_folder()
    {
        var start = Folder("a", "b");
        var e = Assert.Throws<GoldenDataException>(() => GoldenDirectory.Locate(start, Folder("c")));
        Assert.Contains($"No '{GoldenDirectory.FolderName}/' folder found in '{start}' or its parents", e.Message);
        Assert.Contains("--golden-dir", e.Message);
    }

    [Fact]
    public void A_missing_folder_is_refused_naming_it()
    {
        var missing = Path.Combine(root, "none");
        Assert.Contains($"'{missing}' does not exist", Assert.Throws<GoldenDataException>(() => new GoldenDirectory(missing)).Message);
    }

    [Fact]
    public void Model_files_are_sorted_and_skip_schema_and_received_files()
    {
        var folder = Folder(GoldenDirectory.FolderName);
        foreach (var name in new[] { "quieg.json", "heatpump.json", "Zeta.json", "golden.schema.json", "qet.received.json", "qet.json", "notes.txt" })
            File.WriteAllText(Path.Combine(folder, name), "{}");
        var files = new GoldenDirectory(folder).ModelFiles().Select(Path.GetFileName).ToList();
        Assert.Equal(["Zeta.json", "heatpump.json", "qet.json", "quieg.json"], files);
    }

    [Fact]
    public void WriteAll_writes_every_file_in_canonical_form_and_leaves_no_temporary_file()
    {
        var folder = Folder("out");
        var a = Path.Combine(folder, "a.json");
        var b = Path.Combine(folder, "b.json");
        File.WriteAllText(b, "old content");
        GoldenDirectory.WriteAll([(a, Model("a")), (b, Model("b"))]);
        Assert.Equal(GoldenJson.Serialize(Model("a")), File.ReadAllText(a));
        Assert.Equal(GoldenJson.Serialize(Model("b")), File.ReadAllText(b));
        Assert.Equal("b", GoldenDirectory.Load(b).Model);
        Assert.Equal(["a.json", "b.json"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WriteAll_writes_nothing_when_one_file_cannot_be_written()
    {
        var folder = Folder("out");
        var a = Path.Combine(folder, "a.json");
        File.WriteAllText(a, "old content");
        var unwritable = Path.Combine(root, "no-such-folder", "b.json");
        Assert.ThrowsAny<IOException>(() => GoldenDirectory.WriteAll([(a, Model("a")), (unwritable, Model("b"))]));
        Assert.Equal("old content", File.ReadAllText(a));
        Assert.Equal(["a.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}
