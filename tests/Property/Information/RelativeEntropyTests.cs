using FsCheck.Fluent;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Information.QuantumStates;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Information;

public class RelativeEntropyTests
{
    private static M Ket0 => M.Unit(2, 0, 0);
    private static M Ket1 => M.Unit(2, 1, 1);

    [Fact]
    public void InfiniteWhenSupportOfRhoIsNotWithinSupportOfSigma()
    {
        Assert.True(RelativeEntropy.Of(Big(Ket0), Big(Ket1), Digits).IsInfinite);
        // A full-rank rho against a rank-one sigma.
        Assert.True(RelativeEntropy.Of(Big(MaximallyMixed(2)), Big(Ket0), Digits).IsInfinite);
    }

    [Fact]
    public void FiniteWhenSupportIsContained()
    {
        // S(|0><0| || I/2) = -S(|0><0|) - ln(1/2) = ln 2.
        var value = RelativeEntropy.Of(Big(Ket0), Big(MaximallyMixed(2)), Digits);
        Assert.False(value.IsInfinite);
        Assert.True(Close(value.FiniteValue, Ln(2)), $"S(|0><0| || I/2) = {value}");
        // rho = sigma, both rank one: 0 (the kernel of sigma carries no weight of rho).
        Assert.True(Close(RelativeEntropy.Of(Big(Ket0), Big(Ket0), Digits).FiniteValue, BigReal.Zero));
    }

    [Fact]
    public void RelativeEntropyToTheMaximallyMixedStateIsLnDMinusEntropy() =>
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.DensityMatrix(3).ToArbitrary(), rho =>
        {
            var big = Big(rho);
            var value = RelativeEntropy.Of(big, Big(MaximallyMixed(3)), Digits).FiniteValue;
            return Close(value, Ln(3) - VonNeumannEntropy.Of(big, Digits));
        }), maxTest: 15);

    [Fact]
    public void CommutingStatesGiveTheClassicalKullbackLeiblerDivergence()
    {
        // rho = diag(1/2, 1/3, 1/6), sigma = diag(1/4, 1/4, 1/2): sum p ln(p/q) computed directly.
        Rational[] p = [new(1, 2), new(1, 3), new(1, 6)];
        Rational[] q = [new(1, 4), new(1, 4), new(1, 2)];
        var rho = M.Diagonal(p.Select(x => new ComplexRational(x)).ToArray());
        var sigma = M.Diagonal(q.Select(x => new ComplexRational(x)).ToArray());
        var kl = BigReal.Zero.WithDigits(Digits + 10);
        for (int i = 0; i < 3; i++)
            kl += BigReal.FromRational(p[i], Digits + 10) * BigReal.FromRational(p[i] / q[i], Digits + 10).Log();
        var value = RelativeEntropy.Of(Big(rho), Big(sigma), Digits).FiniteValue;
        Assert.True(Close(value, kl), $"S = {value.ToString(30)}, KL = {kl.ToString(30)}");
    }
}
