using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>GaussianInteger (the ring Z[i] of the fraction-free elimination): ring operations and exact division.</summary>
public class GaussianIntegerTests
{
    private static GaussianInteger G(long re, long im) => new(re, im);

    private static void AssertEqual(GaussianInteger expected, GaussianInteger actual)
    {
        Assert.Equal(expected.Re, actual.Re);
        Assert.Equal(expected.Im, actual.Im);
    }

    [Fact]
    public void RingOperationsOnKnownValues()
    {
        AssertEqual(G(4, -1), G(1, 2) + G(3, -3));
        AssertEqual(G(-2, 5), G(1, 2) - G(3, -3));
        AssertEqual(G(-1, 2), -G(1, -2));
        AssertEqual(G(9, 3), G(1, 2) * G(3, -3));
        AssertEqual(G(-6, 0), G(2, 0) * G(-3, 0));
        AssertEqual(G(-4, 0), G(0, 2) * G(0, 2));
        Assert.True(G(0, 0).IsZero);
        Assert.False(G(0, 1).IsZero);
        Assert.False(G(1, 0).IsZero);
    }

    [Fact]
    public void ExactDivisionUndoesMultiplication()
    {
        var a = G(7, -4);
        foreach (var b in new[] { G(1, 2), G(-3, 1), G(0, 2), G(5, 0), G(-1, 0), G(1, 0), G(2, 2) })
            AssertEqual(a, (a * b).DivideExactly(b));
        AssertEqual(G(3, -2), G(6, -4).DivideExactly(new BigInteger(2)));
        AssertEqual(G(-3, 2), G(6, -4).DivideExactly(new BigInteger(-2)));
        AssertEqual(G(6, -4), G(6, -4).DivideExactly(BigInteger.One));
    }

    [Theory]
    [InlineData(1, 3, 2, 2)] // (1+3i)/(2+2i) = 1 + i/2: imaginary part inexact only
    [InlineData(1, 1, 2, 2)] // (1+i)/(2+2i) = 1/2: real part inexact only
    [InlineData(1, 0, 1, 1)] // both inexact
    [InlineData(3, 4, 2, 0)] // real divisor: real part inexact only
    [InlineData(4, 3, 2, 0)] // real divisor: imaginary part inexact only
    public void AnInexactDivisionIsABrokenInvariantAndThrows(long re, long im, long dre, long dim)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => G(re, im).DivideExactly(G(dre, dim)));
        Assert.Contains(G(re, im).ToString(), ex.Message);
        Assert.Contains(dim == 0 ? dre.ToString() : G(dre, dim).ToString(), ex.Message);
        if (dim == 0)
            Assert.Throws<InvalidOperationException>(() => G(re, im).DivideExactly(new BigInteger(dre)));
    }

    [Theory]
    [InlineData(3, 0, "3+0i")]
    [InlineData(3, -2, "3-2i")]
    [InlineData(-1, 2, "-1+2i")]
    [InlineData(0, -1, "0-1i")]
    public void ToStringForms(long re, long im, string expected) => Assert.Equal(expected, G(re, im).ToString());

    [Fact]
    public void ScalingByACommonDenominatorAndBack()
    {
        var z = new ComplexRational(new Rational(1, 2), new Rational(-2, 3));
        var scaled = GaussianInteger.Scaled(z, 12);
        AssertEqual(G(6, -8), scaled);
        Assert.Equal(z * 12, scaled.ToComplexRational());
    }
}
