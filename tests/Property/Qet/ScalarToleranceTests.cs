using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>The high-precision zero test: |x| up to and including 10^-(digits - 10) is negligible, anything larger is not.</summary>
public sealed class ScalarToleranceTests
{
    [Fact]
    public void ToleranceIsInclusive()
    {
        var s = new HighPrecisionScalars(40);
        Assert.Equal(BigReal.Parse("1e-30", 40), s.Tolerance);
        Assert.True(s.IsNegligible(s.Tolerance));
        Assert.True(s.IsNegligible(BigComplex.FromReal(-s.Tolerance)));
        var above = BigReal.Parse("1.000001e-30", 40);
        Assert.False(s.IsNegligible(above));
        Assert.False(s.IsNegligible(BigComplex.FromReal(above)));
    }
}
