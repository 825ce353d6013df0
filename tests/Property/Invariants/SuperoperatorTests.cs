using FsCheck;
using FsCheck.Fluent;
using QTherm.Invariants;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Invariants.Maps;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>
/// The Kronecker-product superoperator of a Kraus channel, sum_k conj(K_k) (x) K_k, against the map applied to the basis
/// operators |i&gt;&lt;j| one by one (<see cref="Maps.SuperoperatorOf"/>).
/// </summary>
public class SuperoperatorTests
{
    private static readonly Gen<Rational> T = Gen.Choose(-12, 12).SelectMany(_ => Gen.Choose(1, 7), (p, q) => new Rational(p, q));

    [Fact]
    public void AmplitudeDampingSuperoperatorMatchesTheMapOnBasisOperators()
    {
        // gamma = 16/25 (t = 1/2): S = [[1, 0, 0, gamma], [0, sqrt(1-gamma), 0, 0], [0, 0, sqrt(1-gamma), 0], [0, 0, 0, 1-gamma]].
        var s = Superoperator.FromKraus(AmplitudeDamping(new Rational(1, 2)));
        ComplexRational Q(int p, int q) => new(new Rational(p, q));
        var expected = M.FromRows(
            [1, 0, 0, Q(16, 25)],
            [0, Q(3, 5), 0, 0],
            [0, 0, Q(3, 5), 0],
            [0, 0, 0, Q(9, 25)]);
        Assert.Equal(expected, s);
    }

    [Fact]
    public void KrausSuperoperatorsMatchTheMapOnBasisOperators() =>
        PropertyConfig.Check(Prop.ForAll(T.ToArbitrary(), t =>
        {
            var damping = AmplitudeDamping(t);
            var depolarising = Depolarising(t);
            // A complex, non-normal Kraus operator set (not trace preserving: FromKraus does not need it).
            M[] complex = [M.FromRows([new ComplexRational(t, 1), 2], [ComplexRational.I, new ComplexRational(0, t)])];
            return Superoperator.FromKraus(damping).Equals(SuperoperatorOf(x => Apply(damping, x), 2))
                   && Superoperator.FromKraus(depolarising).Equals(SuperoperatorOf(x => Apply(depolarising, x), 2))
                   && Superoperator.FromKraus(complex).Equals(SuperoperatorOf(x => Apply(complex, x), 2));
        }), maxTest: 10);

    [Fact]
    public void TwoQubitKrausSuperoperatorIsCptp()
    {
        var kraus = (from a in AmplitudeDamping(new Rational(1, 3)) from b in Depolarising(new Rational(1, 2)) select a.Kron(b)).ToArray();
        var s = Superoperator.FromKraus(kraus);
        Assert.Equal(SuperoperatorOf(x => Apply(kraus, x), 4), s);
        Assert.True(ChannelValidity.Check(s).Holds);
    }
}
