using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// Sums of operands with different precisions, and complex products (whose parts are sums of exact double-length
/// products), are correctly rounded to the smaller precision: equal to FromRational of the exact result.
/// </summary>
public class BigRealMixedPrecisionSumTests
{
    [Fact]
    public void SumOfAPreciseAndACoarseOperandIsCorrectlyRounded()
    {
        var pairs = Gen.Zip(NumericGenerators.Real(100, 40), NumericGenerators.Real(5, 40));
        PropertyConfig.Check(pairs.ToArbitrary(), p =>
        {
            var (a, b) = p;
            Rational qa = a.ToRational(), qb = b.ToRational();
            return a + b == BigReal.FromRational(qa + qb, 5) && b - a == BigReal.FromRational(qb - qa, 5)
                && (a + b).Digits == 5;
        }, maxTest: 200, seed: 11);
    }

    [Fact]
    public void ComplexProductPartsAreCorrectlyRounded()
    {
        var quads = Gen.Zip(Gen.Zip(NumericGenerators.Real(5, 30), NumericGenerators.Real(5, 30)),
            Gen.Zip(NumericGenerators.Real(5, 30), NumericGenerators.Real(5, 30)));
        PropertyConfig.Check(quads.ToArbitrary(), p =>
        {
            var ((ar, ai), (br, bi)) = p;
            var z = new BigComplex(ar, ai) * new BigComplex(br, bi);
            Rational qar = ar.ToRational(), qai = ai.ToRational(), qbr = br.ToRational(), qbi = bi.ToRational();
            return z.Re == BigReal.FromRational(qar * qbr - qai * qbi, 5)
                && z.Im == BigReal.FromRational(qar * qbi + qai * qbr, 5);
        }, maxTest: 200, seed: 12);
    }
}
