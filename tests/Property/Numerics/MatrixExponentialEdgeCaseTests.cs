using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>MatrixExponential: validation, the norm limit, exact nilpotent results, and a large-norm rotation.</summary>
public class MatrixExponentialEdgeCaseTests
{
    private const int Digits = 30;
    private static readonly double Tolerance = Ulp.Tenth(Digits - 2);

    private static Matrix<BigComplex> Scalar(double x) => Matrix<BigComplex>.FromRows([new BigComplex(BigReal.FromDouble(x, 20), BigReal.Zero)]);

    [Fact]
    public void ValidatesArgumentsAndTheNormLimit()
    {
        Assert.Throws<ArgumentNullException>(() => MatrixExponential.Of(null!, Digits));
        var d = Assert.Throws<ArgumentOutOfRangeException>(() => MatrixExponential.Of(Matrix<BigComplex>.Identity(2), 0));
        Assert.Equal("digits", d.ParamName);
        var shape = Assert.Throws<ArgumentException>(() => MatrixExponential.Of(Matrix<BigComplex>.Zero(2, 3), Digits));
        Assert.Contains("2x3", shape.Message);
        var big = Assert.Throws<ArgumentOutOfRangeException>(() => MatrixExponential.Of(Scalar(2e5), Digits));
        Assert.Equal("a", big.ParamName);
        Assert.Contains("1e5", big.Message);
        // The double row sum carries a 1e-10 relative safety margin, so the limit is enforced conservatively: a norm
        // 1e-11 below 1e5, and a norm whose padded bound is exactly 1e5, are rejected.
        Assert.Throws<ArgumentOutOfRangeException>(() => MatrixExponential.Of(Scalar(1e5 - 1e-6), Digits));
        double x = 1e5 / (1 + 1e-10);
        for (int k = 0; k < 64 && x * (1 + 1e-10) != 1e5; k++)
            x = x * (1 + 1e-10) < 1e5 ? Math.BitIncrement(x) : Math.BitDecrement(x);
        Assert.Equal(1e5, x * (1 + 1e-10));
        Assert.Throws<ArgumentOutOfRangeException>(() => MatrixExponential.Of(Scalar(x), Digits));
    }

    [Fact]
    public void NilpotentExponentialIsExactBeforeOneCorrectRounding()
    {
        // A = [[0, x], [0, 0]]: e^A = I + A exactly; x = 1 + 2^-p is a tie at p bits and rounds (half to even) to 1.
        int p = Precision.BitsFor(Digits);
        var x = BigReal.FromRational(1 + new Rational(BigInteger.One, BigInteger.One << p), Digits + 20);
        var real = MatrixExponential.Of(Matrix<BigComplex>.FromRows([0, new BigComplex(x, BigReal.Zero)], [0, 0]), Digits);
        Assert.Equal(Rational.One, real[0, 1].Re.ToRational());
        Assert.Equal(Rational.One, real[0, 0].Re.ToRational());
        Assert.True(real[1, 0].Re.IsZero && real[0, 1].Im.IsZero);
        var imaginary = MatrixExponential.Of(Matrix<BigComplex>.FromRows([0, new BigComplex(BigReal.Zero, -x)], [0, 0]), Digits);
        Assert.Equal(-Rational.One, imaginary[0, 1].Im.ToRational());
        Assert.Equal(Rational.One, imaginary[1, 1].Re.ToRational());
    }

    [Fact]
    public void LargeRotationGeneratorGivesCosAndSin()
    {
        // ||A|| = 100 needs s = 8 squarings: exp([[0, t], [-t, 0]]) = [[cos t, sin t], [-sin t, cos t]].
        var t = BigReal.FromInteger(100, Digits + 10);
        var a = Matrix<BigComplex>.FromRows([0, new BigComplex(t, BigReal.Zero)], [new BigComplex(-t, BigReal.Zero), 0]);
        var e = MatrixExponential.Of(a, Digits);
        var c = t.Cos();
        var s = t.Sin();
        var expected = Matrix<BigComplex>.FromRows([new BigComplex(c, BigReal.Zero), new BigComplex(s, BigReal.Zero)],
            [new BigComplex(-s, BigReal.Zero), new BigComplex(c, BigReal.Zero)]);
        Assert.True(HighPrecision.MaxAbs((e - expected).Map(z => z.WithDigits(Digits + 10))).ToDouble() < Tolerance);
        var one = MatrixExponential.Of(Matrix<BigComplex>.FromRows([BigComplex.One]), Digits);
        Assert.True(Math.Abs((one[0, 0].Re.WithDigits(Digits + 10) - BigReal.E(Digits + 10)).ToDouble()) < Tolerance * 3);
    }
}
