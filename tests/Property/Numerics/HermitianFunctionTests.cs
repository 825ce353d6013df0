using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>HermitianFunction.Apply: polynomial functions against matrix products, and functional calculus identities.</summary>
public class HermitianFunctionTests
{
    private const int Digits = Precision.DefaultDigits;

    // Apply computes at d + 10 digits and rounds entries to d digits; a polynomial of degree <= 3 in entries of size
    // <= 8 (n <= 4, |h_ij| <= 1) is compared at d + 20 digits; 10^-(d-2) relative to the largest entry covers both.
    private static readonly double Tolerance = Ulp.Tenth(Digits - 2);

    [Fact]
    public void SquareAndCubeAgreeWithMatrixProducts()
    {
        PropertyConfig.Check(Gen.Choose(2, 4).SelectMany(n => NumericGenerators.Hermitian(n, Digits)).ToArbitrary(), h =>
        {
            var square = HermitianFunction.Apply(h, x => x * x, Digits);
            var cube = HermitianFunction.Apply(h, x => x * x * x - 2 * x, Digits);
            var wide = h.Map(z => z.WithDigits(Digits + 20));
            var expectedCube = wide * wide * wide - wide.Map(z => z * 2);
            double scale = 1 + HighPrecision.MaxAbs(expectedCube).ToDouble();
            return MatrixExponentialTests.MaxAbsDifference(square, wide * wide) < Tolerance * scale
                && MatrixExponentialTests.MaxAbsDifference(cube, expectedCube) < Tolerance * scale;
        }, maxTest: 15, seed: 401);
    }

    [Fact]
    public void SquareRootOfASquareIsTheAbsoluteValue()
    {
        // sqrt(H^2) = |H|, and |H|^2 = H^2.
        PropertyConfig.Check(Gen.Choose(2, 4).SelectMany(n => NumericGenerators.Hermitian(n, Digits)).ToArbitrary(), h =>
        {
            var abs = HermitianFunction.Apply(h, x => x.Abs(), Digits);
            var wide = h.Map(z => z.WithDigits(Digits + 20));
            var absWide = abs.Map(z => z.WithDigits(Digits + 20));
            return MatrixExponentialTests.MaxAbsDifference(absWide * absWide, wide * wide) < Tolerance * 10;
        }, maxTest: 10, seed: 402);
    }
}
