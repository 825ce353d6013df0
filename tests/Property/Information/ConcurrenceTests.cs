using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Information.QuantumStates;

namespace QTherm.Tests.Property.Information;

public class ConcurrenceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BellStatesAreMaximallyEntangled(int which)
    {
        var c = Concurrence.Of(Big(Bell(which)), Digits);
        Assert.True(Close(c, BigReal.One), $"C = {c.ToString(30)}");
    }

    [Fact]
    public void ProductStatesHaveZeroConcurrence() =>
        PropertyConfig.Check(Prop.ForAll(
            ExactGenerators.DensityMatrix(2).SelectMany(_ => ExactGenerators.DensityMatrix(2), (a, b) => a.Kron(b)).ToArbitrary(),
            rho => Close(Concurrence.Of(Big(rho), Digits), BigReal.Zero)), maxTest: 10);

    [Fact]
    public void WernerStateConcurrenceIsMaxOfZeroAndThreePMinusOneOverTwo() =>
        PropertyConfig.Check(Prop.ForAll(Gen.Choose(0, 24).Select(k => new Rational(k, 24)).ToArbitrary(), p =>
        {
            var expected = Rational.Max(Rational.Zero, (3 * p - 1) / 2);
            return Close(Concurrence.Of(Big(Werner(p)), Digits), BigReal.FromRational(expected, Digits));
        }), maxTest: 12);

    [Fact]
    public void PureStateConcurrenceIsTwiceTheDeterminantOfItsCoefficientMatrix() =>
        // Another way for pure states: C(|psi>) = 2 |a d - b c| for |psi> = a|00> + b|01> + c|10> + d|11> (Wootters 1998, Eq. 8 with Eq. 3).
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.NonZeroVector(4).ToArbitrary(), v =>
        {
            var norm = (v.Adjoint() * v)[0, 0].Re;
            var det = v[0, 0] * v[3, 0] - v[1, 0] * v[2, 0];
            var expected = 2 * BigReal.FromRational(det.NormSquared / (norm * norm), 2 * Digits).Sqrt();
            return Close(Concurrence.Of(Big(Pure(v)), Digits), expected.WithDigits(Digits), slack: 5);
        }), maxTest: 10);
}
