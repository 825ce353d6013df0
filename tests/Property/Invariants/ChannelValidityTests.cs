using FsCheck;
using FsCheck.Fluent;
using QTherm.Invariants;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Invariants.Kinds;
using static QTherm.Tests.Property.Invariants.Maps;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

public class ChannelValidityTests
{
    private static readonly Gen<Rational> T = Gen.Choose(-12, 12).SelectMany(_ => Gen.Choose(1, 7), (p, q) => new Rational(p, q));

    private static Verdict[] KrausTracePreserving(M[] kraus) =>
    [
        ChannelValidity.TracePreserving(kraus),
        ChannelValidity.TracePreserving(kraus.Select(Big).ToArray(), Digits),
        ChannelValidity.TracePreserving(kraus.Select(Doubles).ToArray()),
    ];

    private static Verdict[] Cptp(M s) => All(s, ChannelValidity.Check, ChannelValidity.Check, ChannelValidity.Check);

    [Fact]
    public void AmplitudeDampingIsCptpInKrausAndSuperoperatorForm() =>
        PropertyConfig.Check(Prop.ForAll(T.ToArbitrary(), t =>
        {
            var kraus = AmplitudeDamping(t);
            return AllHold(KrausTracePreserving(kraus)) && AllHold(Cptp(SuperoperatorOf(x => Apply(kraus, x), 2)));
        }), maxTest: 10);

    [Fact]
    public void DepolarisingChannelIsCptpInKrausAndSuperoperatorForm() =>
        PropertyConfig.Check(Prop.ForAll(T.ToArbitrary(), t =>
        {
            var kraus = Depolarising(t);
            return AllHold(KrausTracePreserving(kraus)) && AllHold(Cptp(SuperoperatorOf(x => Apply(kraus, x), 2)));
        }), maxTest: 10);

    [Fact]
    public void TransposeMapIsTracePreservingButNotCompletelyPositive()
    {
        var transpose = SuperoperatorOf(x => x.Transpose(), 2);
        AssertHold(All(transpose, ChannelValidity.TracePreserving, ChannelValidity.TracePreserving, ChannelValidity.TracePreserving));
        var cp = All(transpose, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive);
        AssertFail(cp, "not completely positive");
        // The Choi matrix of the transpose is the swap, eigenvalue -1 on the singlet.
        Assert.Equal(1.0, cp[1].WorstViolation, 12);
        Assert.Equal(1.0, cp[2].WorstViolation, 12);
        AssertFail(Cptp(transpose));
    }

    [Fact]
    public void DroppingAKrausOperatorBreaksTracePreservation() =>
        PropertyConfig.Check(Prop.ForAll(T.Where(t => !t.IsZero).ToArbitrary(), t =>
        {
            var incomplete = new[] { AmplitudeDamping(t)[0] };
            return AllFail(KrausTracePreserving(incomplete))
                   && AllFail(All(SuperoperatorOf(x => Apply(incomplete, x), 2),
                       ChannelValidity.TracePreserving, ChannelValidity.TracePreserving, ChannelValidity.TracePreserving));
        }), maxTest: 10);

    [Fact]
    public void NonHermiticityPreservingMapIsNotCompletelyPositive()
    {
        // X -> Z X: trace preserving on diagonal inputs only, and its Choi matrix is not Hermitian.
        var s = SuperoperatorOf(x => Pauli.Z * x, 2);
        AssertFail(All(s, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive),
            "not Hermitian");
    }

    [Fact]
    public void TwoQubitChannelFromLocalChannelsIsCptp()
    {
        var kraus = (from a in AmplitudeDamping(new Rational(1, 2)) from b in Depolarising(new Rational(1, 3)) select a.Kron(b)).ToArray();
        AssertHold(KrausTracePreserving(kraus));
        var s = SuperoperatorOf(x => Apply(kraus, x), 4);
        AssertHold([ChannelValidity.Check(s), ChannelValidity.Check(Big(s), Digits)]);
    }
}
