using QTherm.Reference.Golden;
using QTherm.Reference.Qet;
using Xunit;
using Xunit.Abstractions;

namespace QTherm.Tests.Property.Qet;

/// <summary>golden-data/qet.json reproduced with the QET quantities: Hotta's closed forms must be reproduced by simulation.</summary>
public sealed class QetGoldenRecordsTests(ITestOutputHelper output)
{
    [Fact]
    public void HottaClosedFormRecordsAreReproducedAndEveryRecordEvaluates()
    {
        var directory = GoldenDirectory.Locate(AppContext.BaseDirectory);
        var file = GoldenDirectory.Load(Path.Combine(directory.Path, "qet.json"));
        var quantities = QetQuantities.All().ToDictionary(q => q.Id);
        var reproduced = GoldenReproduction.Reproduce(file, id => quantities.GetValueOrDefault(id));
        foreach (var r in reproduced.Records)
        {
            output.WriteLine($"{r.Id}: {r.Status} oracle={r.Oracle?.Value} closed={r.Oracle?.ClosedFormValue} rel={r.RelativeDifference}");
            Assert.NotEqual(GoldenStatus.NotReproducible, r.Status);
            if (r.Id.StartsWith("qet.hotta_", StringComparison.Ordinal)) Assert.Equal(GoldenStatus.Reproduced, r.Status);
        }
    }
}
