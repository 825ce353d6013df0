using QTherm.Invariants;
using QTherm.Reference.Numerics;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>How verdicts combine and print: AllOf's lead part and message, ToString, and number formatting.</summary>
public class VerdictTests
{
    private static readonly Verdict SmallHolding = new("small", true, 1e-3, 1e-2, "small deviation");
    private static readonly Verdict LargeHolding = new("large", true, 5e-3, 1e-1, "large deviation");
    private static readonly Verdict MediumHolding = new("medium", true, 2e-3, 1e-2, "medium deviation");
    private static readonly Verdict FirstFailing = new("first", false, 0.1, 0.01, "first failure");
    private static readonly Verdict SecondFailing = new("second", false, 0.9, 0, "second failure");

    [Fact]
    public void AllHoldingPartsReportTheLargestDeviationAndListEveryPart()
    {
        var all = Verdict.AllOf("combined", SmallHolding, LargeHolding, MediumHolding);
        Assert.Equal("combined", all.Invariant);
        Assert.True(all.Holds);
        Assert.Equal(5e-3, all.WorstViolation);
        Assert.Equal(1e-1, all.Tolerance);
        Assert.Equal([SmallHolding, LargeHolding, MediumHolding], all.Parts);
        Assert.Contains("small: small deviation; large: large deviation; medium: medium deviation", all.Message);
    }

    [Fact]
    public void AFailingPartLeadsAndOnlyFailingPartsAreListed()
    {
        var all = Verdict.AllOf("combined", LargeHolding, FirstFailing, SecondFailing);
        Assert.False(all.Holds);
        Assert.Equal(0.1, all.WorstViolation);
        Assert.Equal(0.01, all.Tolerance);
        Assert.Equal(3, all.Parts.Count);
        Assert.Contains("first: first failure; second: second failure", all.Message);
        Assert.DoesNotContain("large", all.Message);
    }

    [Fact]
    public void ToStringSaysHoldsOrFailsWithTheMessage()
    {
        Assert.Equal("small: holds (small deviation)", SmallHolding.ToString());
        Assert.Equal("first: FAILS (first failure)", FirstFailing.ToString());
    }

    [Fact]
    public void InfiniteSizesPrintAsWords()
    {
        Assert.Equal("infinity", Verdict.Format(double.PositiveInfinity));
        Assert.Equal("-infinity", Verdict.Format(double.NegativeInfinity));
        Assert.Equal("0", Verdict.Format(0));
        Assert.Equal("2.5e-3", Verdict.Format(0.0025));
    }

    [Theory]
    [InlineData(1, 3, "0.3333333333")]
    [InlineData(1, 10000, "0.0001")]
    [InlineData(1, 100000, "1.0e-5")]
    [InlineData(999999, 1, "999999")]
    [InlineData(1000000, 1, "1.0e+6")]
    public void TracesPrintPlainBetweenOneTenThousandthAndAMillionElseScientific(int p, int q, string printed)
    {
        var rho = M.Diagonal(new ComplexRational(new Rational(p, q)), 0);
        Assert.Contains($"trace is {printed} (", StateValidity.UnitTrace(rho).Message);
    }

    [Fact]
    public void ComplexTracesPrintWithTheSignOfTheImaginaryPart()
    {
        var half = new Rational(1, 2);
        var up = M.Diagonal(new ComplexRational(half, half), new ComplexRational(half));
        var down = M.Diagonal(new ComplexRational(half, -half), new ComplexRational(half));
        Assert.Contains("trace is 1 + 0.5 i (", StateValidity.UnitTrace(up).Message);
        Assert.Contains("trace is 1 - 0.5 i (", StateValidity.UnitTrace(down).Message);
        Assert.Contains("trace 1 before, 1 + 0.5 i after", Conservation.TracePreserved(M.Unit(2, 0, 0), up).Message);
    }
}
