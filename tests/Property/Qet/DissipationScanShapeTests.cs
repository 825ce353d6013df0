using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The bell-shape detector of E_out(gamma): the log grid, the arg-max (first maximum), an interior maximum and a maximum
/// that beats both ends by more than the numerical noise 10^-(digits - 20). Seed 002_3d1265a9cee6337c.txt, Sec. 2.3.
/// </summary>
public sealed class DissipationScanShapeTests
{
    private static readonly HighPrecisionScalars Scalars = new(40);

    private static DissipationScan Scan(params string[] outputs) =>
        new(outputs.Select((_, i) => new Rational(i + 1)).ToList(), outputs.Select(o => BigReal.Parse(o, 40)).ToList());

    [Fact]
    public void LogGridHasMantissasOneTwoFivePerDecadeIncludingBothEnds()
    {
        var grid = DissipationScan.LogGrid(-2, 1);
        string[] expected = ["1/100", "1/50", "1/20", "1/10", "1/5", "1/2", "1", "2", "5", "10", "20", "50"];
        Assert.Equal(expected.Select(Rational.Parse), grid);
    }

    [Fact]
    public void ArgMaxIsTheFirstLargestOutput()
    {
        Assert.Equal(1, Scan("1", "3", "2").ArgMax);
        Assert.Equal(2, Scan("1", "2", "3").ArgMax);
        Assert.Equal(1, Scan("1", "3", "3", "0").ArgMax);
        Assert.Equal(0, Scan("4", "3", "1").ArgMax);
    }

    [Fact]
    public void InteriorMaximumMustBeStrictlyInsideAndBeatBothEnds()
    {
        Assert.True(Scan("1", "3", "2").HasInteriorMaximum);
        Assert.False(Scan("3", "2", "1").HasInteriorMaximum);
        Assert.False(Scan("1", "2", "3").HasInteriorMaximum);
        Assert.False(Scan("1", "3", "3").HasInteriorMaximum);
        Assert.False(Scan("2", "2", "2").HasInteriorMaximum);
        Assert.False(Scan("5").HasInteriorMaximum);
    }

    [Fact]
    public void SignificantMaximumBeatsBothEndsByMoreThanTheNoise()
    {
        Assert.True(Scan("1", "2", "3/2").HasSignificantInteriorMaximum(Scalars));
        Assert.True(Scan("1", "1.01", "1").HasSignificantInteriorMaximum(Scalars));
        Assert.True(Scan("1", "1.000000000000000001", "1").HasSignificantInteriorMaximum(Scalars));
        Assert.False(Scan("1", "2", "3").HasSignificantInteriorMaximum(Scalars));
        Assert.False(Scan("1", "1.0000000000000000000000001", "1").HasSignificantInteriorMaximum(Scalars));
        Assert.False(Scan("1", "1.0000000000000000000000001", "0.5").HasSignificantInteriorMaximum(Scalars));
        Assert.False(Scan("0.5", "1.0000000000000000000000001", "1").HasSignificantInteriorMaximum(Scalars));
        Assert.False(Scan("1", "2", "1.9999999999999999999999999").HasSignificantInteriorMaximum(Scalars));
        Assert.False(Scan("1.9999999999999999999999999", "2", "1").HasSignificantInteriorMaximum(Scalars));
    }
}
