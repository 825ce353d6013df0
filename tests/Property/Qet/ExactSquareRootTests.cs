using System.Numerics;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>Rational square roots: perfect squares (also beyond double precision) are found, the rest refused.</summary>
public sealed class ExactSquareRootTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("9", "3")]
    [InlineData("9/4", "3/2")]
    [InlineData("25/49", "5/7")]
    public void PerfectSquaresHaveTheirPositiveRoot(string x, string root)
    {
        Assert.True(ExactSquareRoot.TryOf(Rational.Parse(x), out var r));
        Assert.Equal(Rational.Parse(root), r);
    }

    [Fact]
    public void HugePerfectSquareNeedsTheIntegerNewtonIteration()
    {
        var n = BigInteger.Pow(10, 40) + 7;
        Assert.True(ExactSquareRoot.TryOf(new Rational(n * n, 1), out var r));
        Assert.Equal(new Rational(n, 1), r);
        Assert.False(ExactSquareRoot.TryOf(new Rational(n * n + 1, 1), out _));
    }

    [Theory]
    [InlineData("-4")]
    [InlineData("2")]
    [InlineData("3/4")]
    [InlineData("4/3")]
    public void NonSquaresAndNegativesAreRefused(string x)
    {
        Assert.False(ExactSquareRoot.TryOf(Rational.Parse(x), out var r));
        Assert.Equal(Rational.Zero, r);
    }
}
