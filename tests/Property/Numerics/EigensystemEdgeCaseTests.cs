using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// HermitianEigensystem on edge cases: validation, 1x1 and diagonal input (exact, correctly rounded eigenvalues),
/// the tridiagonal spectrum 2 cos(k pi/(n+1)), the zero matrix, and the documented Hermiticity tolerance
/// 2^(s+2-p) (p = Precision.BitsFor(digits), s the least power of two with every component below 2^(s-1)).
/// </summary>
public class EigensystemEdgeCaseTests
{
    private const int Digits = 30;
    private static readonly double Tolerance = Ulp.Tenth(Digits - 1);

    private static BigReal Exact(Rational q) => BigReal.FromRational(q, Digits + 20);
    private static Rational Pow2(int k) => k >= 0 ? new Rational(BigInteger.One << k) : new Rational(BigInteger.One, BigInteger.One << -k);

    [Fact]
    public void ValidatesArgumentsBeforeWorking()
    {
        Assert.Throws<ArgumentNullException>(() => HermitianEigensystem.Of(null!, Digits));
        // Digits are checked first, even for a matrix that would be rejected too.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => HermitianEigensystem.Of(Matrix<BigComplex>.Zero(2, 3), 0));
        Assert.Equal("digits", e.ParamName);
        var shape = Assert.Throws<ArgumentException>(() => HermitianEigensystem.Of(Matrix<BigComplex>.Zero(2, 3), Digits));
        Assert.Contains("2x3", shape.Message);
    }

    [Fact]
    public void OneByOneAndDiagonalMatricesGiveTheirEntriesCorrectlyRounded()
    {
        // x = 1 + 2^-p is a tie at p bits: half-to-even rounds it to exactly 1.
        int p = Precision.BitsFor(Digits);
        var x = Exact(1 + Pow2(-p));
        var one = HermitianEigensystem.Of(Matrix<BigComplex>.FromRows([new BigComplex(x, BigReal.Zero)]), Digits);
        Assert.Equal(x.WithDigits(Digits).ToRational(), one.Values[0].ToRational());
        Assert.Equal(Rational.One, one.Values[0].ToRational());
        Assert.Equal(Rational.One, one.Vectors[0, 0].Re.ToRational());
        var y = Exact(-3 - 3 * Pow2(-p - 1)); // -3 (1 + 2^-(p+1)) at p bits: tie, even neighbour -3 (1 + 2^(1-p))
        var diagonal = HermitianEigensystem.Of(Matrix<BigComplex>.Diagonal(new BigComplex(x, BigReal.Zero), new BigComplex(y, BigReal.Zero)), Digits);
        Assert.Equal(y.WithDigits(Digits).ToRational(), diagonal.Values[0].ToRational());
        Assert.Equal(Rational.One, diagonal.Values[1].ToRational());
    }

    [Fact]
    public void TridiagonalSpectrumIsTwoCosKPiOverNPlusOne()
    {
        const int n = 5;
        var h = Matrix<BigComplex>.Create(n, n, (i, j) => Math.Abs(i - j) == 1 ? BigComplex.One : BigComplex.Zero);
        var e = HermitianEigensystem.Of(h, Digits);
        var pi = BigReal.Pi(Digits + 10);
        for (int k = 1; k <= n; k++)
        {
            var exact = 2 * (pi * BigReal.FromInteger(n + 1 - k, Digits + 10) / BigReal.FromInteger(n + 1, Digits + 10)).Cos();
            Assert.True(Math.Abs((e.Values[k - 1].WithDigits(Digits + 10) - exact).ToDouble()) < Tolerance, $"k={k}");
        }
        var v = e.Vectors.Map(z => z.WithDigits(Digits + 10));
        Assert.True(HighPrecision.MaxAbs(v.Adjoint() * v - Matrix<BigComplex>.Identity(n)).ToDouble() < Tolerance);
        Assert.True(HighPrecision.MaxAbs(h * v - v * Matrix<BigComplex>.Diagonal(e.Values.Select(x => (BigComplex)x.WithDigits(Digits + 10)).ToArray())).ToDouble() < Tolerance);
        var zero = HermitianEigensystem.Of(Matrix<BigComplex>.Zero(3, 3), Digits);
        Assert.All(zero.Values, x => Assert.True(x.IsZero));
        var vz = zero.Vectors.Map(z => z.WithDigits(Digits + 10));
        Assert.True(HighPrecision.MaxAbs(vz.Adjoint() * vz - Matrix<BigComplex>.Identity(3)).ToDouble() < Tolerance);
    }

    // 2x2 Hermitian test matrices with dyadic entries: {h00, h01, h11} as (re, im) exponent pairs of powers of two.
    private static Matrix<BigComplex> Dyadic(Rational h00, (Rational Re, Rational Im) h01, Rational h11) =>
        Matrix<BigComplex>.FromRows(
            [new BigComplex(Exact(h00), BigReal.Zero), new BigComplex(Exact(h01.Re), Exact(h01.Im))],
            [new BigComplex(Exact(h01.Re), Exact(-h01.Im)), new BigComplex(Exact(h11), BigReal.Zero)]);

    [Fact]
    public void HermiticityToleranceIsFourUnitsOfTheScaledLargestComponent()
    {
        int p = Precision.BitsFor(Digits);
        var cases = new (Matrix<BigComplex> H, int S)[]
        {
            // s - 1 = exponent t with 2^(t-1) <= max component < 2^t, so s = t + 1.
            (Dyadic(8, (2, 2), 1), 5),                                                   // real diagonal dominates
            (Dyadic(1, (0, 8), 1), 5),                                                   // imaginary part dominates
            (Dyadic(Pow2(-10), (Pow2(-14), Pow2(-14)), Pow2(-13)), -8),                  // all below 1/2, largest first
            (Dyadic(Pow2(-14), (Pow2(-14), Pow2(-14)), Pow2(-10)), -8),                  // all below 1/2, largest last
            (Dyadic(0, (0, Pow2(-10)), Pow2(-14)), -8),                                  // imaginary first and largest
            (Dyadic(Pow2(-14), (0, Pow2(-10)), 0), -8),                                  // imaginary largest, after a real
            (Dyadic(Pow2(-10), (0, Pow2(-14)), Pow2(-14)), -8),                          // real largest, imaginary after it
        };
        foreach (var (h, s) in cases)
        {
            var tolerance = Pow2(s + 2 - p);
            foreach (bool imaginary in new[] { false, true })
            {
                Matrix<BigComplex> Perturbed(Rational delta) => Matrix<BigComplex>.Create(2, 2, (i, j) =>
                {
                    var z = h[i, j];
                    if (i != 1 || j != 0) return z;
                    return imaginary
                        ? new BigComplex(z.Re, Exact(z.Im.ToRational() + delta))
                        : new BigComplex(Exact(z.Re.ToRational() + delta), z.Im);
                });
                var accepted = HermitianEigensystem.Of(Perturbed(tolerance), Digits);
                Assert.Equal(2, accepted.Values.Length);
                var ex = Assert.Throws<ArgumentException>(() => HermitianEigensystem.Of(Perturbed(2 * tolerance), Digits));
                Assert.Contains("not Hermitian", ex.Message);
            }
        }
    }
}
