using System.Numerics;
using QTherm.Invariants;
using QTherm.Reference.Numerics;
using Xunit;
using static QTherm.Tests.Property.Invariants.Kinds;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>Malformed arguments throw, naming the parameter (and the offending shape or value).</summary>
public class ArgumentValidationTests
{
    private static readonly M State = M.Diagonal(new ComplexRational(new Rational(1, 4)), new ComplexRational(new Rational(3, 4)));
    private static readonly M NotPositive = M.Diagonal(new ComplexRational(new Rational(11, 10)), new ComplexRational(new Rational(-1, 10)));
    private static readonly M Wide = M.Create(2, 3, (_, _) => ComplexRational.Zero);
    private static readonly M Three = M.Identity(3);
    private static readonly M Identity4 = M.Identity(4);
    private static readonly int[] Qubits = [2, 2];

    private static void ThrowsNull(string parameter, Action call) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);

    private static ArgumentException ThrowsArgument(string parameter, Action call, params string[] messageParts)
    {
        var e = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, e.ParamName);
        foreach (var part in messageParts) Assert.Contains(part, e.Message);
        return e;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(Precision.MaxDigits + 1)]
    public void DigitsOutsideTheSupportedRangeAreRejected(int digits)
    {
        var big = Big(State);
        foreach (var call in new Action[]
                 {
                     () => StateValidity.Hermiticity(big, digits), () => StateValidity.UnitTrace(big, digits),
                     () => Conservation.TracePreserved(big, big, digits),
                 })
            Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(call).ParamName);
    }

    [Theory]
    [InlineData(-1e-12)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void StatedToleranceMustBeFiniteAndNonNegative(double tolerance)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => StateValidity.Check(Doubles(State), tolerance));
        Assert.Equal("tolerance", e.ParamName);
        Assert.Equal(tolerance, e.ActualValue);
        Assert.Contains("finite and >= 0", e.Message);
    }

    [Fact]
    public void StateChecksNameRho()
    {
        ThrowsNull("rho", () => StateValidity.Check((Complex[,])null!));
        ThrowsNull("rho", () => StateValidity.Hermiticity((M)null!));
        ThrowsNull("rho", () => StateValidity.UnitTrace((M)null!));
        ThrowsNull("rho", () => StateValidity.Positivity((M)null!));
        ThrowsArgument("rho", () => StateValidity.Hermiticity(Wide), "must be square", "2x3");
        ThrowsArgument("rho", () => StateValidity.UnitTrace(Wide), "must be square", "2x3");
        ThrowsArgument("rho", () => StateValidity.Positivity(Wide), "must be square", "2x3");
    }

    [Fact]
    public void KrausChannelsNeedAtLeastOneOperatorOfACommonSquareShape()
    {
        ThrowsNull("kraus", () => ChannelValidity.TracePreserving((IReadOnlyList<Complex[,]>)null!));
        ThrowsNull("kraus", () => ChannelValidity.TracePreserving((IReadOnlyList<M>)null!));
        ThrowsArgument("kraus", () => ChannelValidity.TracePreserving(Array.Empty<M>()), "at least one Kraus operator");
        ThrowsArgument("kraus", () => ChannelValidity.TracePreserving([Pauli.X, Wide]), "Kraus operator 1 is 2x3", "operator 0 is 2x2");
        ThrowsArgument("kraus", () => ChannelValidity.TracePreserving([Pauli.X, Three]), "Kraus operator 1 is 3x3");
        ThrowsArgument("kraus", () => ChannelValidity.TracePreserving([Wide]), "Kraus operator 0 is 2x3", "operator 0 is 2x3");
    }

    [Fact]
    public void SuperoperatorsMustBeNSquaredByNSquared()
    {
        ThrowsNull("superoperator", () => ChannelValidity.Check((Complex[,])null!));
        ThrowsNull("superoperator", () => ChannelValidity.TracePreserving((M)null!));
        ThrowsNull("superoperator", () => ChannelValidity.CompletelyPositive((M)null!));
        var fourByThree = M.Create(4, 3, (i, j) => i == j ? ComplexRational.One : ComplexRational.Zero);
        ThrowsArgument("superoperator", () => ChannelValidity.TracePreserving(fourByThree), "n^2 x n^2", "4x3");
        ThrowsArgument("superoperator", () => ChannelValidity.CompletelyPositive(fourByThree), "n^2 x n^2", "4x3");
        ThrowsArgument("superoperator", () => ChannelValidity.Check(Three), "n^2 x n^2", "3x3");
    }

    [Fact]
    public void GeneratorsMustBeNSquaredByNSquared()
    {
        ThrowsNull("generator", () => LindbladValidity.Check((Complex[,])null!));
        ThrowsNull("generator", () => LindbladValidity.HermiticityPreserving((M)null!));
        ThrowsNull("generator", () => LindbladValidity.TraceAnnihilating((M)null!));
        ThrowsNull("generator", () => LindbladValidity.ConditionallyCompletelyPositive((M)null!));
        ThrowsArgument("generator", () => LindbladValidity.Check(Three), "n^2 x n^2", "3x3");
    }

    [Fact]
    public void HamiltonianAndJumpOperatorsAreValidatedBeforeTheGeneratorIsBuilt()
    {
        ThrowsNull("hamiltonian", () => LindbladValidity.Check((Complex[,])null!, [Doubles(Pauli.Minus)]));
        ThrowsNull("jumps", () => LindbladValidity.Check(Doubles(Pauli.Z), (IReadOnlyList<Complex[,]>)null!));
        ThrowsNull("hamiltonian", () => LindbladValidity.Check((M)null!, [Pauli.Minus]));
        ThrowsNull("jumps", () => LindbladValidity.Check(Pauli.Z, (IReadOnlyList<M>)null!));
        ThrowsArgument("hamiltonian", () => LindbladValidity.Check(Wide, [Pauli.Minus]), "Hamiltonian must be square", "2x3");
        ThrowsArgument("jumps", () => LindbladValidity.Check(Pauli.Z, [Pauli.Minus, Wide]), "Jump operator 1 is 2x3", "Hamiltonian is 2x2");
        ThrowsArgument("jumps", () => LindbladValidity.Check(Pauli.Z, [Three]), "Jump operator 0 is 3x3");
    }

    [Fact]
    public void ConservationNeedsOperatorsOfOneSquareShape()
    {
        ThrowsNull("before", () => Conservation.TracePreserved(null!, Doubles(State)));
        ThrowsNull("after", () => Conservation.TracePreserved(Doubles(State), null!));
        ThrowsNull("h", () => Conservation.EnergyConserved(null!, Doubles(State), Doubles(State)));
        ThrowsNull("before", () => Conservation.EnergyConserved(Doubles(Pauli.Z), null!, Doubles(State)));
        ThrowsNull("after", () => Conservation.EnergyConserved(Doubles(Pauli.Z), Doubles(State), null!));
        ThrowsNull("before", () => Conservation.TracePreserved(null!, State));
        ThrowsNull("after", () => Conservation.TracePreserved(State, null!));
        ThrowsNull("h", () => Conservation.EnergyConserved(null!, State, State));
        ThrowsArgument("after", () => Conservation.TracePreserved(State, Three), "equal square shape", "before 2x2", "after 3x3");
        ThrowsArgument("after", () => Conservation.TracePreserved(State, Wide), "before 2x2", "after 2x3");
        ThrowsArgument("before", () => Conservation.TracePreserved(Wide, Wide), "before 2x3");
        ThrowsArgument("after", () => Conservation.EnergyConserved(Pauli.Z, State, Three), "after 3x3");
        ThrowsArgument("h", () => Conservation.EnergyConserved(Three, State, State), "h 3x3");
    }

    [Fact]
    public void EntropicChecksNameTheMissingState()
    {
        ThrowsNull("rho", () => EntropicInequalities.RelativeEntropyNonNegative(null!, State));
        ThrowsNull("sigma", () => EntropicInequalities.RelativeEntropyNonNegative(State, null!));
        ThrowsNull("rho", () => EntropicInequalities.RelativeEntropyNonNegative(null!, Doubles(State)));
        ThrowsNull("sigma", () => EntropicInequalities.RelativeEntropyNonNegative(Doubles(State), null!));
        ThrowsNull("rho", () => EntropicInequalities.RelativeEntropyNonNegative(null!, Big(State), Digits));
        // Every argument is checked before any state is examined.
        ThrowsNull("sigma", () => EntropicInequalities.RelativeEntropyNonNegative(Big(NotPositive), null!, Digits));
        ThrowsNull("rho", () => EntropicInequalities.Subadditivity((M)null!, Qubits));
        ThrowsNull("rho", () => EntropicInequalities.Subadditivity((Complex[,])null!, Qubits));
        ThrowsNull("rho", () => EntropicInequalities.Subadditivity((Matrix<BigComplex>)null!, Qubits, Digits));
        ThrowsNull("dims", () => EntropicInequalities.Subadditivity(Big(NotPositive), null!, Digits));
        ThrowsNull("dims", () => EntropicInequalities.Subadditivity(Identity4, null!));
        ThrowsNull("rho", () => EntropicInequalities.ConcurrenceInRange((M)null!));
        ThrowsNull("rho", () => EntropicInequalities.ConcurrenceInRange((Complex[,])null!));
        ThrowsNull("rho", () => EntropicInequalities.ConcurrenceInRange((Matrix<BigComplex>)null!, Digits));
    }

    [Fact]
    public void ACombinedVerdictNeedsParts()
    {
        ThrowsNull("parts", () => Verdict.AllOf("combined", null!));
        ThrowsArgument("parts", () => Verdict.AllOf("combined"), "at least one part");
    }

    [Fact]
    public void KrausOperatorsAreCheckedInTheSuperoperatorFormToo() =>
        ThrowsArgument("kraus", () => Superoperator.FromKraus(Array.Empty<M>()), "at least one Kraus operator");
}
