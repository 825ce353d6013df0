using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The stages of the simulated cycles carry the paper's labels (Sec. 4: a.3-a.6, b.3-b.6; Sec. 5: c.2-c.5, d.2-d.5),
/// with the merged m = 1 stages naming the infinite level they pass through: occupation 1 needs E = -infinity,
/// occupation 0 needs E = +infinity.
/// </summary>
public class StageNamesTests
{
    private static string[] Names(IEnumerable<CycleStage> stages) => stages.Select(s => s.Name).ToArray();

    [Fact]
    public void DirectCycleStagesAreLabelledAsInSection4()
    {
        var q = QuiegParameters.Create(new Rational(3, 4), 1, 0, 2, 0, 30);
        var cycle = DirectCycle.Run(q, DirectProtocol.Reversible(q, PaperClosedForms.Pa(q)));
        Assert.Equal(["a.3 fitting", "a.4 plunging", "a.5 levelling", "a.6 relaxation"], Names(cycle.BranchA));
        Assert.Equal(["b.3 fitting", "b.4 plunging", "b.5 levelling", "b.6 relaxation"], Names(cycle.BranchB));
        Assert.Equal(ReservoirName.TPlus, cycle.BranchA[1].Reservoir);
        Assert.Equal(ReservoirName.TMinus, cycle.BranchB[1].Reservoir);
    }

    [Fact]
    public void DirectCycleAtPureQubitsMergesFittingAndPlungingThroughTheInfiniteLevel()
    {
        var q = QuiegParameters.Create(1, 1, 0, 2, 0, 30);
        var cycle = DirectCycle.Run(q, DirectProtocol.Reversible(q, PaperClosedForms.Pa(q)));
        var a = Names(cycle.BranchA);
        var b = Names(cycle.BranchB);
        Assert.Equal(3, a.Length);
        Assert.StartsWith("a.3+a.4 ", a[0]);
        Assert.Contains("E = -infinity", a[0]);
        Assert.Equal(["a.5 levelling", "a.6 relaxation"], a[1..]);
        Assert.StartsWith("b.3+b.4 ", b[0]);
        Assert.Contains("E = +infinity", b[0]);
        Assert.Equal(["b.5 levelling", "b.6 relaxation"], b[1..]);
    }

    [Fact]
    public void ReverseCycleStagesAreLabelledAsInSection5()
    {
        var q = QuiegParameters.Create(new Rational(3, 4), 1, 0, 2, 0, 30);
        var rev = ReverseCycle.Run(q, PaperClosedForms.Pa(q));
        Assert.Equal(["c.2 polarisation", "c.3 adjustment", "c.4 extraction", "c.5 zeroing"], Names(rev.BranchC));
        Assert.Equal(["d.2 polarisation", "d.3 adjustment", "d.4 extraction", "d.5 zeroing"], Names(rev.BranchD));
    }

    [Fact]
    public void ReverseCycleAtPureQubitsMergesExtractionAndZeroingThroughTheInfiniteLevel()
    {
        var q = QuiegParameters.Create(1, 1, 0, 2, 0, 30);
        var rev = ReverseCycle.Run(q, PaperClosedForms.Pa(q));
        var c = Names(rev.BranchC);
        var d = Names(rev.BranchD);
        Assert.Equal(["c.2 polarisation", "c.3 adjustment"], c[..2]);
        Assert.StartsWith("c.4+c.5 ", c[2]);
        Assert.Contains("E = -infinity", c[2]);
        Assert.Equal(["d.2 polarisation", "d.3 adjustment"], d[..2]);
        Assert.StartsWith("d.4+d.5 ", d[2]);
        Assert.Contains("E = +infinity", d[2]);
        Assert.Equal(3, c.Length);
        Assert.Equal(3, d.Length);
    }
}
