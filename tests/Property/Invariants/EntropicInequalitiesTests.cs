using FsCheck.Fluent;
using QTherm.Invariants;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Invariants.Kinds;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

public class EntropicInequalitiesTests
{
    private static readonly int[] Qubits = [2, 2];
    private static readonly ComplexRational Two = 2;

    private static Verdict[] Relative(M rho, M sigma) =>
        All(rho, sigma, EntropicInequalities.RelativeEntropyNonNegative, EntropicInequalities.RelativeEntropyNonNegative,
            EntropicInequalities.RelativeEntropyNonNegative);

    private static Verdict[] Subadditivity(M rho) =>
    [
        EntropicInequalities.Subadditivity(rho, Qubits),
        EntropicInequalities.Subadditivity(Big(rho), Qubits, Digits),
        EntropicInequalities.Subadditivity(Doubles(rho), Qubits),
    ];

    private static Verdict[] Concurrence(M rho) =>
        All(rho, EntropicInequalities.ConcurrenceInRange, EntropicInequalities.ConcurrenceInRange, EntropicInequalities.ConcurrenceInRange);

    private static M Bell => new ComplexRational(Rational.Half) * M.Projector(1, 0, 0, 1);

    [Fact]
    public void RandomStatesObeyTheEntropicInequalities() =>
        PropertyConfig.Check(Prop.ForAll(
            ExactGenerators.DensityMatrix(4).SelectMany(_ => ExactGenerators.DensityMatrix(4), (a, b) => (a, b)).ToArbitrary(),
            p => AllHold(Relative(p.a, p.b)) && AllHold(Subadditivity(p.a)) && AllHold(Concurrence(p.a))), maxTest: 8);

    [Fact]
    public void BellStateSitsOnTheBoundaries()
    {
        AssertHold(Concurrence(Bell));
        AssertHold(Subadditivity(Bell));
        AssertHold(Relative(Bell, Bell));
    }

    [Fact]
    public void SupportMismatchGivesInfiniteRelativeEntropyWhichHolds()
    {
        var verdicts = Relative(M.Unit(2, 0, 0), M.Unit(2, 1, 1));
        AssertHold(verdicts);
        Assert.All(verdicts, v => Assert.Contains("+infinity", v.Message));
    }

    [Fact]
    public void UnnormalisedSigmaMakesRelativeEntropyNegative()
    {
        // S(rho || 2 rho) = -ln 2.
        var rho = M.Diagonal(new ComplexRational(new Rational(1, 3)), new ComplexRational(new Rational(2, 3)));
        var verdicts = Relative(rho, Two * rho);
        AssertFail(verdicts, "< 0");
        foreach (var v in verdicts) Assert.Equal(Math.Log(2), v.WorstViolation, 12);
    }

    [Fact]
    public void TraceTwoProductStateViolatesSubadditivity()
    {
        // For c rho_A x rho_B with tr = c: I = -c ln c; c = 2 gives -2 ln 2.
        var product = Two * M.Unit(2, 0, 0).Kron(M.Diagonal(new ComplexRational(new Rational(1, 4)), new ComplexRational(new Rational(3, 4))));
        var verdicts = Subadditivity(product);
        AssertFail(verdicts, "I(A:B)");
        foreach (var v in verdicts) Assert.Equal(2 * Math.Log(2), v.WorstViolation, 12);
    }

    [Fact]
    public void TraceTwoBellStateHasConcurrenceTwo()
    {
        var verdicts = Concurrence(Two * Bell);
        AssertFail(verdicts, "outside [0, 1]");
        foreach (var v in verdicts) Assert.Equal(1.0, v.WorstViolation, 12);
    }

    [Fact]
    public void NonPositiveInputIsReportedNotThrown()
    {
        var notPsd = M.Diagonal(new ComplexRational(new Rational(11, 10)), new ComplexRational(new Rational(-1, 10)));
        AssertFail(Relative(notPsd, M.Identity(2)), "undefined");
    }
}
