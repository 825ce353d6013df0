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

public class LindbladValidityTests
{
    private static readonly Gen<(M H, M[] Jumps)> Generators =
        ExactGenerators.Hermitian(2).SelectMany(_ => Gen.ArrayOf(ExactGenerators.Matrix(2, 2), 2), (h, jumps) => (h, jumps));

    private static Verdict[] Generator(M l) => All(l, LindbladValidity.Check, LindbladValidity.Check, LindbladValidity.Check);

    [Fact]
    public void ProperLindbladiansAreWellFormed() =>
        PropertyConfig.Check(Prop.ForAll(Generators.ToArbitrary(), g =>
        {
            var fromMap = SuperoperatorOf(LindbladMap(g.H, g.Jumps), 2);
            var fromReference = LindbladGenerator.Of(g.H, g.Jumps.Select(j => new JumpOperator(Rational.One, j)));
            Verdict[] fromParts =
            [
                LindbladValidity.Check(g.H, g.Jumps),
                LindbladValidity.Check(Big(g.H), g.Jumps.Select(Big).ToArray(), Digits),
                LindbladValidity.Check(Doubles(g.H), g.Jumps.Select(Doubles).ToArray()),
            ];
            return fromMap.Equals(fromReference) && AllHold(Generator(fromMap)) && AllHold(fromParts);
        }), maxTest: 15);

    [Fact]
    public void WrongSignDissipatorIsNotConditionallyCompletelyPositive() =>
        PropertyConfig.Check(Prop.ForAll(Generators.Where(g => g.Jumps.Any(j => !IsMultipleOfIdentity(j))).ToArbitrary(), g =>
        {
            var l = SuperoperatorOf(LindbladMap(g.H, g.Jumps, dissipatorSign: -1), 2);
            return AllFail(All(l, LindbladValidity.ConditionallyCompletelyPositive, LindbladValidity.ConditionallyCompletelyPositive,
                       LindbladValidity.ConditionallyCompletelyPositive))
                   && AllHold(All(l, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating))
                   && AllFail(Generator(l));
        }), maxTest: 15);

    [Fact]
    public void MissingHalfInTheAnticommutatorBreaksTraceAnnihilation() =>
        PropertyConfig.Check(Prop.ForAll(Generators.Where(g => g.Jumps.Any(j => !j.Equals(M.Zero(2, 2)))).ToArbitrary(), g =>
        {
            var l = SuperoperatorOf(LindbladMap(g.H, g.Jumps, anticommutatorFactor: Rational.One), 2);
            return AllFail(All(l, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating))
                   && AllFail(Generator(l));
        }), maxTest: 15);

    [Fact]
    public void CommutatorWithoutTheFactorMinusIIsNotHermiticityPreserving()
    {
        // X -> [H, X] for H = Z: anti-Hermitian images of Hermitian inputs.
        var l = SuperoperatorOf(x => M.Commutator(Pauli.Z, x), 2);
        AssertFail(All(l, LindbladValidity.HermiticityPreserving, LindbladValidity.HermiticityPreserving,
            LindbladValidity.HermiticityPreserving), "Hermitian");
        AssertHold(All(l, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating));
    }

    [Fact]
    public void NonHermitianHamiltonianIsRejected()
    {
        var h = M.FromRows([1, 1], [0, -1]);
        M[] jumps = [Pauli.Minus];
        AssertFail(
        [
            LindbladValidity.Check(h, jumps),
            LindbladValidity.Check(Big(h), jumps.Select(Big).ToArray(), Digits),
            LindbladValidity.Check(Doubles(h), jumps.Select(Doubles).ToArray()),
        ], "Hamiltonian Hermitian: H is not Hermitian");
    }

    [Fact]
    public void ExponentialOfAProperGeneratorIsACptpChannel()
    {
        // e^{tL} for amplitude damping plus a field, t = 1/2, at 50 digits: CPTP within the 50-digit tolerance.
        var l = SuperoperatorOf(LindbladMap(Pauli.X, [Pauli.Minus]), 2);
        var half = BigComplex.FromRational(new ComplexRational(Rational.Half), Digits);
        var channel = MatrixExponential.Of(Big(l).Map(z => z * half), Digits);
        var verdict = ChannelValidity.Check(channel, Digits - 2);
        Assert.True(verdict.Holds, verdict.ToString());
    }

    private static bool IsMultipleOfIdentity(M j) => j[0, 1].IsZero && j[1, 0].IsZero && j[0, 0].Equals(j[1, 1]);
}
