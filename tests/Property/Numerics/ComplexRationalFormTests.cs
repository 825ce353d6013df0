using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>ComplexRational: exact arithmetic on known products and quotients, equality and printed forms.</summary>
public class ComplexRationalFormTests
{
    private static ComplexRational C(long re, long im) => new(re, im);
    private static ComplexRational C(Rational re, Rational im) => new(re, im);

    [Fact]
    public void KnownProductsQuotientsAndNorms()
    {
        Assert.Equal(C(5, 5), C(1, 2) * C(3, -1));
        Assert.Equal(C(new Rational(1, 10), new Rational(7, 10)), C(1, 2) / C(3, -1));
        Assert.Equal(C(new Rational(1, 2), new Rational(-3, 2)), C(1, -3) / 2);
        Assert.Equal(ComplexRational.One * -1, ComplexRational.I * ComplexRational.I);
        Assert.Equal(new Rational(25), C(3, -4).NormSquared);
        Assert.Equal(C(3, 4), C(3, -4).Conjugate());
        Assert.Equal(C(4, 2), C(1, 2) + C(3, 0));
        Assert.Equal(C(-2, 2), C(1, 2) - C(3, 0));
        Assert.Equal(C(-1, 2), -C(1, -2));
        Assert.Equal(new Complex(0.5, -0.25), C(new Rational(1, 2), new Rational(-1, 4)).ToComplex());
        Assert.True(C(3, 0).IsReal);
        Assert.False(C(0, 1).IsReal);
        Assert.True(ComplexRational.Zero.IsZero);
        Assert.False(ComplexRational.I.IsZero);
    }

    [Fact]
    public void DivisionByAnExactZeroIsRefusedNamingTheDividend()
    {
        var ex = Assert.Throws<DivideByZeroException>(() => C(1, -2) / ComplexRational.Zero);
        Assert.Contains("1-2i", ex.Message);
        Assert.Contains("zero", ex.Message);
    }

    [Fact]
    public void EqualityInequalityAndHash()
    {
        Assert.True(C(new Rational(2, 4), 1) == C(new Rational(1, 2), 1));
        Assert.False(C(1, 1) != C(1, 1));
        Assert.True(C(1, 1) != C(1, -1));
        Assert.True(C(1, 1) != C(-1, 1));
        Assert.True(C(1, 2).Equals((object)C(1, 2)));
        Assert.False(C(1, 2).Equals((object)new Rational(1)));
        Assert.Equal(C(new Rational(3, 6), 1).GetHashCode(), C(new Rational(1, 2), 1).GetHashCode());
    }

    [Theory]
    [InlineData(0, 1, 0, 1, "0")]
    [InlineData(3, 4, 0, 1, "3/4")]
    [InlineData(0, 1, -1, 2, "-1/2i")]
    [InlineData(0, 1, 2, 1, "2i")]
    [InlineData(3, 1, -2, 1, "3-2i")]
    [InlineData(-3, 1, 2, 3, "-3+2/3i")]
    public void ToStringForms(long rp, long rq, long ip, long iq, string expected) =>
        Assert.Equal(expected, C(new Rational(rp, rq), new Rational(ip, iq)).ToString());
}
