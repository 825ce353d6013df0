using FsCheck.Fluent;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Information.QuantumStates;

namespace QTherm.Tests.Property.Information;

public class VonNeumannEntropyTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void MaximallyMixedStateHasEntropyLnD(int d)
    {
        var s = VonNeumannEntropy.Of(Big(MaximallyMixed(d)), Digits);
        Assert.True(Close(s, Ln(d)), $"S(I/{d}) = {s.ToString(30)}, ln {d} = {Ln(d).ToString(30)}");
    }

    [Fact]
    public void MaximallyMixedTwoQubitsHasTwoBits()
    {
        var s = VonNeumannEntropy.InBits(Big(MaximallyMixed(4)), Digits);
        Assert.True(Close(s, BigReal.FromInteger(2, Digits)), $"S(I/4) = {s.ToString(30)} bits");
    }

    [Fact]
    public void PureStatesHaveZeroEntropy() =>
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.NonZeroVector(3).ToArbitrary(), v =>
        {
            var s = VonNeumannEntropy.Of(Big(Pure(v)), Digits);
            return Close(s, BigReal.Zero);
        }), maxTest: 15);

    [Fact]
    public void DiagonalStateEntropyIsTheShannonEntropyOfItsPopulations() =>
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.DensityMatrix(3).ToArbitrary(), rho =>
        {
            // Another way: the dephased state diag(rho) has S = -sum p ln p, computed directly from BigReal logs.
            var p = Enumerable.Range(0, 3).Select(i => rho[i, i].Re).ToArray();
            var diagonal = Matrix<ComplexRational>.Diagonal(p.Select(x => new ComplexRational(x)).ToArray());
            var shannon = BigReal.Zero.WithDigits(Digits + 10);
            foreach (var x in p.Where(x => x.Sign > 0))
            {
                var b = BigReal.FromRational(x, Digits + 10);
                shannon -= b * b.Log();
            }
            return Close(VonNeumannEntropy.Of(Big(diagonal), Digits), shannon);
        }), maxTest: 15);

    [Fact]
    public void EntropyIsInvariantUnderARationalUnitary() =>
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.DensityMatrix(2).ToArbitrary(), rho =>
        {
            // U = [[3/5, -4/5], [4/5, 3/5]] (a real rotation with rational entries) times a phase (3 + 4i)/5.
            var phase = new ComplexRational(new Rational(3, 5), new Rational(4, 5));
            var u = Matrix<ComplexRational>.FromRows(
                [new Rational(3, 5), new Rational(-4, 5)],
                [new Rational(4, 5) * phase, new Rational(3, 5) * phase]);
            var rotated = u * rho * u.Adjoint();
            return Close(VonNeumannEntropy.Of(Big(rho), Digits), VonNeumannEntropy.Of(Big(rotated), Digits));
        }), maxTest: 15);

    [Fact]
    public void NonPositiveMatrixIsRejected()
    {
        var notAState = Matrix<ComplexRational>.Diagonal(new ComplexRational(new Rational(11, 10)), new ComplexRational(new Rational(-1, 10)));
        var e = Assert.Throws<ArgumentException>(() => VonNeumannEntropy.Of(Big(notAState), Digits));
        Assert.Contains("not positive semidefinite", e.Message);
    }
}
