using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Matrix conversions between exact, double and high-precision entries, and the norms.</summary>
public class HighPrecisionTests
{
    private const int Digits = Precision.DefaultDigits;

    [Fact]
    public void ExactMatricesAreRoundedEntryByEntry()
    {
        var m = Matrix<ComplexRational>.FromRows(
            [new ComplexRational(new Rational(1, 3)), ComplexRational.I],
            [new ComplexRational(new Rational(2, 3), new Rational(-1, 7)), 0]);
        var big = HighPrecision.ToBig(m, Digits);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                Assert.Equal(BigComplex.FromRational(m[i, j], Digits), big[i, j]);
    }

    [Fact]
    public void DoubleMatricesKeepTheirExactValuesAndRoundTrip()
    {
        var m = new Complex[,] { { new(0.1, -1e-300), new(Math.PI, 0) }, { new(-2.5e300, double.Epsilon), new(1, 1) } };
        var big = HighPrecision.ToBig(m, 20);
        Assert.Equal(Rational.FromDouble(0.1), big[0, 0].Re.ToRational());
        Assert.Equal(Rational.FromDouble(double.Epsilon), big[1, 0].Im.ToRational());
        Assert.Equal(m, HighPrecision.ToDouble(big));
    }

    [Fact]
    public void NormsOfPauliMatrices()
    {
        var y = Matrix<BigComplex>.FromRows([0, -BigComplex.I], [BigComplex.I, 0]).Map(z => z.WithDigits(Digits));
        Assert.Equal(BigReal.One, HighPrecision.MaxAbs(y));
        Assert.Equal(BigReal.FromInteger(2, Digits).Sqrt(), HighPrecision.Frobenius(y));
        var m = Matrix<BigComplex>.FromRows([new BigComplex(3, 4), 0], [0, -2]).Map(z => z.WithDigits(Digits));
        Assert.Equal(BigReal.FromInteger(5, Digits), HighPrecision.MaxAbs(m));
        Assert.Equal(BigReal.FromInteger(29, Digits).Sqrt(), HighPrecision.Frobenius(m));
    }
}
