using QTherm.Reference.Golden;
using Xunit;

namespace QTherm.Tests.Golden;

/// <summary>
/// Recomputes every oracle value of every golden file and compares the whole file with the committed one: a change
/// in the physics that moves a number, or a record edited by hand on the oracle's side, turns this red.
/// </summary>
public sealed class GoldenSnapshotTests
{
    public static readonly string[] Models = ["heatpump", "qet", "quieg", "spintronic"];

    public static TheoryData<string> ModelFiles()
    {
        var data = new TheoryData<string>();
        foreach (var model in Models) data.Add(model);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelFiles))]
    public void Oracle_values_match_the_committed_golden_file(string model)
    {
        var path = Path.Combine(GoldenPaths.Directory.Path, model + ".json");
        Assert.True(File.Exists(path), $"golden-data/{model}.json is missing: every seed has a golden file.");
        var reproduced = GoldenReproduction.Reproduce(GoldenDirectory.Load(path));
        Snapshot.Matches(path, GoldenJson.Serialize(reproduced));
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_known_model_and_has_records()
    {
        var files = GoldenPaths.Directory.ModelFiles();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var content = GoldenDirectory.Load(file);
            Assert.Contains(content.Model, Models);
            Assert.Equal(content.Model + ".json", Path.GetFileName(file));
            Assert.NotEmpty(content.Records);
            Assert.All(content.Records, r => Assert.StartsWith(content.Model + ".", r.Id));
        }
    }
}
