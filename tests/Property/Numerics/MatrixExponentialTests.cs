using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>MatrixExponential against closed forms (Pauli rotations, nilpotent, diagonal) and group identities.</summary>
public class MatrixExponentialTests
{
    private const int Digits = Precision.DefaultDigits;

    // MatrixExponential guarantees ||F - e^A|| <= 10^-d ||e^A|| before rounding each entry to d digits (another
    // 2^-p < 10^-d/256 per entry); the closed forms are themselves built from correctly rounded d-digit cos/sin. The
    // comparisons below therefore allow 10^-(d-2): a factor 100 over the sum of these bounds for n <= 4.
    private static readonly double Tolerance = Ulp.Tenth(Digits - 2);

    private static BigComplex Re(BigReal x) => new(x, BigReal.Zero);
    private static BigComplex Im(BigReal y) => new(BigReal.Zero, y);

    private static readonly Matrix<BigComplex> SigmaX = Matrix<BigComplex>.FromRows([0, 1], [1, 0]);
    private static readonly Matrix<BigComplex> SigmaY = Matrix<BigComplex>.FromRows([0, -BigComplex.I], [BigComplex.I, 0]);
    private static readonly Matrix<BigComplex> SigmaZ = Matrix<BigComplex>.FromRows([1, 0], [0, -1]);

    internal static double MaxAbsDifference(Matrix<BigComplex> a, Matrix<BigComplex> b) =>
        HighPrecision.MaxAbs((a - b).Map(z => z.WithDigits(Digits + 20))).ToDouble();

    [Fact]
    public void PauliRotationIsCosMinusISin()
    {
        // exp(-i theta sigma / 2) = cos(theta/2) I - i sin(theta/2) sigma for sigma in {X, Y, Z}.
        foreach (var sigma in new[] { SigmaX, SigmaY, SigmaZ })
        {
            PropertyConfig.Check(Gen.Choose(-20_000_000, 20_000_000).ToArbitrary(), micro =>
            {
                var theta = BigReal.FromRational(new Rational(micro, 1_000_000), Digits);
                var half = theta.ScaleByPowerOfTwo(-1);
                var generator = sigma.Map(z => Im(-half) * z);
                var expected = Matrix<BigComplex>.Identity(2).Map(z => z * Re(half.Cos())) - sigma.Map(z => Im(half.Sin()) * z);
                return MaxAbsDifference(MatrixExponential.Of(generator, Digits), expected) < Tolerance;
            }, maxTest: 15, seed: 201);
        }
    }

    [Fact]
    public void NilpotentDiagonalAndZeroMatricesHaveClosedForms()
    {
        var n = Matrix<BigComplex>.FromRows([0, 1], [0, 0]);
        Assert.True(MaxAbsDifference(MatrixExponential.Of(n, Digits), Matrix<BigComplex>.FromRows([1, 1], [0, 1])) < Tolerance);
        Assert.Equal(Matrix<BigComplex>.Identity(3), MatrixExponential.Of(Matrix<BigComplex>.Zero(3, 3), Digits));
        // Large and small diagonal entries: the guarantee is norm-wise, |F_ii - e^(d_i)| <= 10^-d ||e^A|| = 10^-d e^3.
        var d = new[] { BigReal.FromInteger(-40, Digits), BigReal.Parse("1e-30", Digits), BigReal.FromInteger(3, Digits) };
        var e = MatrixExponential.Of(Matrix<BigComplex>.Diagonal(d.Select(Re).ToArray()), Digits);
        for (int i = 0; i < 3; i++)
            Assert.True(Math.Abs((e[i, i].Re - d[i].Exp()).ToDouble()) < Tolerance * Math.Exp(3), $"entry {i}");
        Assert.True(Ulp.RelativeError(e[2, 2].Re, d[2].Exp()) < Tolerance);
    }

    [Fact]
    public void ExpOfAThenExpOfMinusAIsIdentity()
    {
        PropertyConfig.Check(Gen.Choose(2, 4).SelectMany(n => NumericGenerators.Complex(n, Digits, 2)).ToArbitrary(), a =>
        {
            var product = MatrixExponential.Of(a, Digits) * MatrixExponential.Of(-a, Digits);
            // ||e^A|| ||e^-A|| <= e^(2||A||) scales the tolerance of this product (||A||_inf <= 2 n 2 <= 16 here).
            double norm = HighPrecision.ToDouble(a).Cast<System.Numerics.Complex>().Sum(z => z.Magnitude);
            return MaxAbsDifference(product, Matrix<BigComplex>.Identity(a.Rows)) < Tolerance * Math.Exp(2 * norm);
        }, maxTest: 8, seed: 202);
    }

    [Fact]
    public void ExpOfHermitianAgreesWithTheSpectralFunction()
    {
        // Two independent routes to e^H: Taylor scaling-and-squaring versus Jacobi eigenvectors with exp of the eigenvalues.
        PropertyConfig.Check(Gen.Choose(2, 5).SelectMany(n => NumericGenerators.Hermitian(n, Digits)).ToArbitrary(), h =>
        {
            var viaTaylor = MatrixExponential.Of(h, Digits);
            var viaSpectrum = HermitianFunction.Apply(h, x => x.Exp(), Digits);
            double scale = HighPrecision.MaxAbs(viaTaylor).ToDouble();
            return MaxAbsDifference(viaTaylor, viaSpectrum) < Tolerance * scale;
        }, maxTest: 10, seed: 203);
    }

    [Fact]
    public void UnitaryEvolutionIsUnitaryAndComposes()
    {
        PropertyConfig.Check(Gen.Choose(2, 4).SelectMany(n => NumericGenerators.Hermitian(n, Digits)).ToArbitrary(), h =>
        {
            var generator = h.Map(z => BigComplex.I * z * -1);
            var u = MatrixExponential.Of(generator, Digits);
            var u2 = MatrixExponential.Of(generator.Map(z => z * 2), Digits);
            return MaxAbsDifference(u * u.Adjoint(), Matrix<BigComplex>.Identity(h.Rows)) < Tolerance
                && MaxAbsDifference(u * u, u2) < Tolerance;
        }, maxTest: 10, seed: 204);
    }

    [Fact]
    public void RejectsNonSquareInput()
    {
        var e = Assert.Throws<ArgumentException>(() => MatrixExponential.Of(Matrix<BigComplex>.Zero(2, 3), Digits));
        Assert.Equal("a", e.ParamName);
    }
}
