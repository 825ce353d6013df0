using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using Xunit;
using static QTherm.Tests.Property.Information.QuantumStates;

namespace QTherm.Tests.Property.Information;

/// <summary>The possibly infinite entropy value: finite value access, conversion to double and formatting.</summary>
public class EntropyValueTests
{
    [Fact]
    public void FiniteValueRoundTrips()
    {
        var ln2 = BigReal.Ln2(30);
        var value = EntropyValue.Finite(ln2);
        Assert.False(value.IsInfinite);
        Assert.Equal(ln2, value.FiniteValue);
        Assert.Equal(Math.Log(2), value.ToDouble(), 15);
        Assert.Equal(ln2.ToString(), value.ToString());
        Assert.NotEqual("+infinity", value.ToString());
    }

    [Fact]
    public void InfinityHasNoFiniteValueIsDoubleInfinityAndPrintsAsInfinity()
    {
        var infinity = EntropyValue.PositiveInfinity;
        Assert.True(infinity.IsInfinite);
        var e = Assert.Throws<InvalidOperationException>(() => infinity.FiniteValue);
        Assert.Contains("infinity", e.Message);
        Assert.Equal(double.PositiveInfinity, infinity.ToDouble());
        Assert.Equal("+infinity", infinity.ToString());
    }

    [Fact]
    public void SupportMismatchGivesInfinityAndEqualStatesGiveZero()
    {
        // rho = |0><0|, sigma = |1><1|: supp rho is not within supp sigma.
        var rho = Big(Matrix<ComplexRational>.Diagonal(1, 0), 20);
        var sigma = Big(Matrix<ComplexRational>.Diagonal(0, 1), 20);
        var s = RelativeEntropy.Of(rho, sigma, 20);
        Assert.True(s.IsInfinite);
        Assert.Equal(double.PositiveInfinity, s.ToDouble());
        var zero = RelativeEntropy.Of(rho, rho, 20);
        Assert.False(zero.IsInfinite);
        Assert.Equal(0.0, zero.ToDouble());
        // S(|0><0| || I/2) = ln 2.
        var ln2 = RelativeEntropy.Of(rho, Big(MaximallyMixed(2), 20), 20);
        Assert.True(Close(ln2.FiniteValue, BigReal.Ln2(20), 20), ln2.ToString());
    }
}
