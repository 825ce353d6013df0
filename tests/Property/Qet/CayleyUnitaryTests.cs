using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>The Cayley map U = (1 - iK)(1 + iK)^-1 of a Hermitian K: K = 0 gives 1, K = diag(1, 0) gives diag(-i, 1), and U is unitary.</summary>
public sealed class CayleyUnitaryTests
{
    [Fact]
    public void KnownValuesAndUnitarity()
    {
        Assert.Equal(Matrix<ComplexRational>.Identity(2), CayleyUnitary.Of(0, 0, 0, 0));
        Assert.Equal(Matrix<ComplexRational>.Diagonal(-ComplexRational.I, ComplexRational.One), CayleyUnitary.Of(1, 0, 0, 0));
        var u = CayleyUnitary.Of(new Rational(1, 3), new Rational(-2, 5), new Rational(3, 7), 2);
        Assert.Equal(Matrix<ComplexRational>.Identity(2), u * u.Adjoint());
        Assert.NotEqual(Matrix<ComplexRational>.Identity(2), u);
    }
}
