using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>HermitianEigensystem: reconstruction, orthonormality, ordering, degeneracy, input validation.</summary>
public class HermitianEigensystemTests
{
    private const int Digits = Precision.DefaultDigits;

    // The eigensystem guarantees H = V Lambda V^dagger and V^dagger V = I to 10^-d ||H|| before rounding V and Lambda
    // to d digits (relative 2^-p < 10^-d/256 per entry, so at most n 10^-d/64 more for n <= 8). The checks are
    // evaluated at d + 20 digits so they add no error of their own; 10^-(d-1) leaves a factor 10 over the bound.
    private static readonly double Tolerance = Ulp.Tenth(Digits - 1);

    private static Matrix<BigComplex> Wide(Matrix<BigComplex> m) => m.Map(z => z.WithDigits(Digits + 20));

    private static Matrix<BigComplex> Reconstruct(HermitianEigensystem e)
    {
        var v = Wide(e.Vectors);
        return v * Matrix<BigComplex>.Diagonal(e.Values.Select(x => (BigComplex)x.WithDigits(Digits + 20)).ToArray()) * v.Adjoint();
    }

    [Fact]
    public void RandomHermitianMatricesAreReconstructedByOrthonormalEigenvectors()
    {
        PropertyConfig.Check(Gen.Choose(2, 8).SelectMany(n => NumericGenerators.Hermitian(n, Digits)).ToArbitrary(), h =>
        {
            var e = HermitianEigensystem.Of(h, Digits);
            int n = h.Rows;
            double norm = HighPrecision.Frobenius(h).ToDouble();
            var v = Wide(e.Vectors);
            bool ascending = e.Values.Zip(e.Values.Skip(1)).All(p => p.First <= p.Second);
            return ascending
                && e.Values.Length == n
                && HighPrecision.MaxAbs(Reconstruct(e) - Wide(h)).ToDouble() < Tolerance * norm
                && HighPrecision.MaxAbs(v.Adjoint() * v - Matrix<BigComplex>.Identity(n)).ToDouble() < Tolerance;
        }, maxTest: 25, seed: 301);
    }

    [Fact]
    public void TraceIsTheSumOfEigenvaluesAndEigenpairsSatisfyHvEqualsLambdaV()
    {
        PropertyConfig.Check(Gen.Choose(2, 6).SelectMany(n => NumericGenerators.Hermitian(n, Digits)).ToArbitrary(), h =>
        {
            var e = HermitianEigensystem.Of(h, Digits);
            var sum = e.Values.Aggregate(BigReal.Zero, (a, b) => a + b.WithDigits(Digits + 20));
            double norm = HighPrecision.Frobenius(h).ToDouble();
            bool pairs = true;
            var v = Wide(e.Vectors);
            var hv = Wide(h) * v;
            for (int j = 0; j < h.Rows; j++)
                for (int i = 0; i < h.Rows; i++)
                    pairs &= (hv[i, j] - v[i, j] * e.Values[j].WithDigits(Digits + 20)).Abs().ToDouble() < Tolerance * norm;
            return pairs && Math.Abs((sum - h.Trace().Re.WithDigits(Digits + 20)).ToDouble()) < Tolerance * norm * h.Rows;
        }, maxTest: 15, seed: 302);
    }

    [Fact]
    public void PauliMatricesAndDegenerateSpectraHaveTheirExactEigenvalues()
    {
        var sigmaY = Matrix<BigComplex>.FromRows([0, -BigComplex.I], [BigComplex.I, 0]);
        var e = HermitianEigensystem.Of(sigmaY, Digits);
        Assert.Equal(new[] { -1.0, 1.0 }, e.Values.Select(x => x.ToDouble()));
        Assert.True(Math.Abs((e.Values[0] + 1).ToDouble()) < Tolerance);
        // Z (x) I and a random unitary conjugation of diag(1, 1, 1, -2): degenerate eigenvalues.
        var z = Matrix<BigComplex>.FromRows([1, 0], [0, -1]);
        var zi = z.Kron(Matrix<BigComplex>.Identity(2));
        var ez = HermitianEigensystem.Of(zi, Digits);
        Assert.Equal(new[] { -1.0, -1.0, 1.0, 1.0 }, ez.Values.Select(x => x.ToDouble()));
        Assert.True(HighPrecision.MaxAbs(Reconstruct(ez) - Wide(zi)).ToDouble() < Tolerance);
        var generator = Matrix<BigComplex>.FromRows(
            [0, new BigComplex(1, 2), 3, BigComplex.I],
            [new BigComplex(1, -2), 1, 0, 2],
            [3, 0, -1, new BigComplex(0, 1)],
            [-BigComplex.I, 2, new BigComplex(0, -1), 2]).Map(z => z.WithDigits(Digits));
        var u = MatrixExponential.Of(generator.Map(x => BigComplex.I * x), Digits + 10);
        var d = Matrix<BigComplex>.Diagonal(1, 1, 1, -2);
        var h = Wide(u) * d * Wide(u).Adjoint();
        var eh = HermitianEigensystem.Of(h.Map(x => x.WithDigits(Digits + 5)), Digits);
        var expected = new[] { -2, 1, 1, 1 };
        for (int i = 0; i < 4; i++) Assert.True(Math.Abs((eh.Values[i] - expected[i]).ToDouble()) < Tolerance, $"eigenvalue {i}: {eh.Values[i]}");
        Assert.True(HighPrecision.MaxAbs(Wide(eh.Vectors).Adjoint() * Wide(eh.Vectors) - Matrix<BigComplex>.Identity(4)).ToDouble() < Tolerance);
    }

    [Fact]
    public void TinyAndHugeScalesAreHandled()
    {
        foreach (var scale in new[] { "1e-40", "1e40" })
        {
            var s = BigReal.Parse(scale, Digits);
            var h = Matrix<BigComplex>.FromRows([2, new BigComplex(0, 1)], [new BigComplex(0, -1), 2]).Map(z => z * s);
            var e = HermitianEigensystem.Of(h, Digits);
            Assert.True(Ulp.RelativeError(e.Values[0], s) < Tolerance, scale);
            Assert.True(Ulp.RelativeError(e.Values[1], 3 * s) < Tolerance, scale);
        }
    }

    [Fact]
    public void RejectsNonSquareAndNonHermitianInput()
    {
        Assert.Equal("h", Assert.Throws<ArgumentException>(() => HermitianEigensystem.Of(Matrix<BigComplex>.Zero(2, 3), Digits)).ParamName);
        var notHermitian = Matrix<BigComplex>.FromRows([1, 2], [3, 1]).Map(z => z.WithDigits(Digits));
        var ex = Assert.Throws<ArgumentException>(() => HermitianEigensystem.Of(notHermitian, Digits));
        Assert.Contains("not Hermitian", ex.Message);
        var nonRealDiagonal = Matrix<BigComplex>.FromRows([BigComplex.I, 0], [0, 1]);
        Assert.Throws<ArgumentException>(() => HermitianEigensystem.Of(nonRealDiagonal, Digits));
        // A rounding-level asymmetry (last-digit difference) is accepted as Hermitian to working precision.
        var third = BigReal.FromRational(new Rational(1, 3), Digits);
        var nearly = Matrix<BigComplex>.FromRows([1, third], [third.WithDigits(Digits - 1).WithDigits(Digits), 1]);
        Assert.Equal(2, HermitianEigensystem.Of(nearly, Digits).Values.Length);
    }
}
