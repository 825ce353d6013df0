using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Argument validation of f(H) = V f(Lambda) V^dagger.</summary>
public class HermitianFunctionValidationTests
{
    [Fact]
    public void RejectsNullMatrixNullFunctionAndBadPrecisionByName()
    {
        var h = HighPrecision.ToBig(Matrix<ComplexRational>.Diagonal(1, 2), 10);
        Assert.Equal("h", Assert.Throws<ArgumentNullException>(() => HermitianFunction.Apply(null!, x => x, 10)).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => HermitianFunction.Apply(h, null!, 10)).ParamName);
        // The precision is validated before f is ever evaluated.
        int calls = 0;
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => HermitianFunction.Apply(h, x => { calls++; return x; }, 0)).ParamName);
        Assert.Equal(0, calls);
    }
}
