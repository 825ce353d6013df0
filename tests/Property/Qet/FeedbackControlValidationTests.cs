using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>Bob's feedback: at least one unitary, each 2x2 and unitary (U U^dagger = 1 exactly), the deviation reported.</summary>
public sealed class FeedbackControlValidationTests
{
    private static readonly ExactScalars Exact = new();

    [Fact]
    public void EmptyFeedbackIsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new FeedbackControl<ComplexRational>([], Exact));
        Assert.Equal("unitariesOnBob", e.ParamName);
        Assert.Contains("one unitary per outcome", e.Message);
    }

    [Fact]
    public void NonQubitOperatorIsRejectedEvenWithOrthonormalRows()
    {
        var wide = Matrix<ComplexRational>.FromRows([1, 0, 0], [0, 1, 0]);
        var e = Assert.Throws<ArgumentException>(() => new FeedbackControl<ComplexRational>([wide], Exact));
        Assert.Equal("unitariesOnBob", e.ParamName);
        Assert.Contains("got 2x3", e.Message);
    }

    [Fact]
    public void NonUnitaryIsRejectedWithTheDeviation()
    {
        var shrink = Matrix<ComplexRational>.Diagonal(1, Rational.Half);
        var e = Assert.Throws<ArgumentException>(() => new FeedbackControl<ComplexRational>([shrink], Exact));
        Assert.Equal("unitariesOnBob", e.ParamName);
        Assert.Contains("at (1,1)", e.Message);
        Assert.Contains("-3/4", e.Message);
        var offDiagonal = Matrix<ComplexRational>.FromRows([1, 1], [0, 1]);
        Assert.Throws<ArgumentException>(() => new FeedbackControl<ComplexRational>([offDiagonal], Exact));
    }
}
