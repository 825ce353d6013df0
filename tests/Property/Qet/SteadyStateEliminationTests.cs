using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The steady-state null-space solver on hand-made 4x4 generators on vec(rho) (column stacking) whose null space is
/// vec(diag(1, 3)): the normalised state diag(1/4, 3/4) must come out whatever row exchanges and eliminations are needed;
/// a full-rank generator, a traceless null vector and a non-square dimension are refused. Seed 002_3d1265a9cee6337c.txt, Sec. 3.
/// </summary>
public sealed class SteadyStateEliminationTests
{
    private static readonly ExactScalars Exact = new();
    private static readonly Matrix<ComplexRational> Expected = Matrix<ComplexRational>.Diagonal(new Rational(1, 4), new Rational(3, 4));

    private static Matrix<ComplexRational> G(params int[][] rows) =>
        Matrix<ComplexRational>.FromRows(rows.Select(r => r.Select(x => (ComplexRational)x).ToArray()).ToArray());

    [Fact]
    public void NullVectorWithoutRowExchange()
    {
        var ss = SteadyState<ComplexRational>.Of(G([3, 0, 0, -1], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]), Exact);
        Assert.Equal(Expected, ss.Density);
        Assert.Equal(1, ss.NullSpaceDimension);
        Assert.True(ss.IsUniqueValidState);
    }

    [Fact]
    public void NullVectorNeedingARowExchange()
    {
        var ss = SteadyState<ComplexRational>.Of(G([0, 1, 0, 0], [3, 0, 0, -1], [0, 0, 1, 0], [0, 0, 0, 0]), Exact);
        Assert.Equal(Expected, ss.Density);
        Assert.Equal(1, ss.NullSpaceDimension);
    }

    [Fact]
    public void NullVectorNeedingEliminationBelowThePivot()
    {
        var ss = SteadyState<ComplexRational>.Of(G([3, 0, 0, -1], [3, 1, 0, -1], [0, 2, 1, 0], [6, 1, 1, -2]), Exact);
        Assert.Equal(Expected, ss.Density);
        Assert.Equal(1, ss.NullSpaceDimension);
    }

    [Fact]
    public void TwoDimensionalNullSpaceIsNotUnique()
    {
        var ss = SteadyState<ComplexRational>.Of(G([0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0]), Exact);
        Assert.Equal(2, ss.NullSpaceDimension);
        Assert.False(ss.IsUniqueValidState);
    }

    [Fact]
    public void FullRankTracelessAndNonSquareDimensionsAreRefused()
    {
        var full = Assert.Throws<InvalidOperationException>(() => SteadyState<ComplexRational>.Of(Matrix<ComplexRational>.Identity(4), Exact));
        Assert.Contains("full rank", full.Message);
        var traceless = Assert.Throws<InvalidOperationException>(() =>
            SteadyState<ComplexRational>.Of(G([1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]), Exact));
        Assert.Contains("traceless", traceless.Message);
        var three = Assert.Throws<ArgumentException>(() => SteadyState<ComplexRational>.Of(Matrix<ComplexRational>.Identity(3), Exact));
        Assert.Equal("generator", three.ParamName);
        Assert.Contains("n^2 x n^2", three.Message);
    }
}
