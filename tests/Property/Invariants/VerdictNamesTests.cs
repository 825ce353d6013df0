using QTherm.Invariants;
using QTherm.Reference.Numerics;
using Xunit;
using static QTherm.Tests.Property.Invariants.Kinds;
using static QTherm.Tests.Property.Invariants.Maps;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>Verdict.Invariant and the names of the parts are structured API: every check, every input kind.</summary>
public class VerdictNamesTests
{
    private static readonly M State = M.Diagonal(new ComplexRational(new Rational(1, 4)), new ComplexRational(new Rational(3, 4)));
    private static readonly M[] Damping = AmplitudeDamping(new Rational(1, 2));
    private static readonly M Channel = SuperoperatorOf(x => Apply(Damping, x), 2);
    private static readonly M Generator = SuperoperatorOf(LindbladMap(Pauli.X, [Pauli.Minus]), 2);
    private static readonly int[] Qubits = [2, 2];

    private static void Named(string name, IEnumerable<Verdict> verdicts, params string[] parts)
    {
        foreach (var v in verdicts)
        {
            Assert.Equal(name, v.Invariant);
            Assert.Equal(parts, v.Parts.Select(p => p.Invariant));
        }
    }

    [Fact]
    public void StateValidityNames()
    {
        Named("density matrix", All(State, StateValidity.Check, StateValidity.Check, StateValidity.Check),
            "Hermitian", "unit trace", "positive semidefinite");
        Named("Hermitian", All(State, StateValidity.Hermiticity, StateValidity.Hermiticity, StateValidity.Hermiticity));
        Named("unit trace", All(State, StateValidity.UnitTrace, StateValidity.UnitTrace, StateValidity.UnitTrace));
        Named("positive semidefinite", All(State, StateValidity.Positivity, StateValidity.Positivity, StateValidity.Positivity));
    }

    [Fact]
    public void ChannelValidityNames()
    {
        Named("trace preserving",
        [
            ChannelValidity.TracePreserving(Damping), ChannelValidity.TracePreserving(Damping.Select(Big).ToArray(), Digits),
            ChannelValidity.TracePreserving(Damping.Select(Doubles).ToArray()),
        ]);
        Named("trace preserving", All(Channel, ChannelValidity.TracePreserving, ChannelValidity.TracePreserving, ChannelValidity.TracePreserving));
        Named("completely positive",
            All(Channel, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive),
            "Choi matrix Hermitian (Hermiticity preserving)", "Choi matrix positive semidefinite");
        Named("CPTP channel", All(Channel, ChannelValidity.Check, ChannelValidity.Check, ChannelValidity.Check),
            "trace preserving", "completely positive");
    }

    [Fact]
    public void LindbladValidityNames()
    {
        Named("Lindblad generator", All(Generator, LindbladValidity.Check, LindbladValidity.Check, LindbladValidity.Check),
            "Hermiticity preserving", "trace annihilating", "conditionally completely positive");
        Named("Lindblad generator",
        [
            LindbladValidity.Check(Pauli.X, [Pauli.Minus]), LindbladValidity.Check(Big(Pauli.X), [Big(Pauli.Minus)], Digits),
            LindbladValidity.Check(Doubles(Pauli.X), [Doubles(Pauli.Minus)]),
        ], "Hamiltonian Hermitian", "Hermiticity preserving", "trace annihilating", "conditionally completely positive");
        Named("Hermiticity preserving",
            All(Generator, LindbladValidity.HermiticityPreserving, LindbladValidity.HermiticityPreserving, LindbladValidity.HermiticityPreserving));
        Named("trace annihilating",
            All(Generator, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating));
        Named("conditionally completely positive",
            All(Generator, LindbladValidity.ConditionallyCompletelyPositive, LindbladValidity.ConditionallyCompletelyPositive,
                LindbladValidity.ConditionallyCompletelyPositive));
    }

    [Fact]
    public void ConservationNames()
    {
        Named("trace preserved", All(State, State, Conservation.TracePreserved, Conservation.TracePreserved, Conservation.TracePreserved));
        Named("energy conserved",
        [
            Conservation.EnergyConserved(Pauli.Z, State, State), Conservation.EnergyConserved(Big(Pauli.Z), Big(State), Big(State), Digits),
            Conservation.EnergyConserved(Doubles(Pauli.Z), Doubles(State), Doubles(State)),
        ]);
    }

    [Fact]
    public void EntropicInequalityNames()
    {
        var product = State.Kron(State);
        Named("relative entropy non-negative",
            All(State, M.Identity(2) * new ComplexRational(Rational.Half), EntropicInequalities.RelativeEntropyNonNegative,
                EntropicInequalities.RelativeEntropyNonNegative, EntropicInequalities.RelativeEntropyNonNegative));
        Named("subadditivity (mutual information non-negative)",
        [
            EntropicInequalities.Subadditivity(product, Qubits), EntropicInequalities.Subadditivity(Big(product), Qubits, Digits),
            EntropicInequalities.Subadditivity(Doubles(product), Qubits),
        ]);
        Named("concurrence in [0, 1]",
            All(product, EntropicInequalities.ConcurrenceInRange, EntropicInequalities.ConcurrenceInRange, EntropicInequalities.ConcurrenceInRange));
        // An input that is not a state keeps the check's name and carries the failed positivity as its part.
        var notPositive = M.Diagonal(new ComplexRational(new Rational(3, 2)), new ComplexRational(new Rational(-1, 2)));
        Named("relative entropy non-negative",
            All(notPositive, State, EntropicInequalities.RelativeEntropyNonNegative, EntropicInequalities.RelativeEntropyNonNegative,
                EntropicInequalities.RelativeEntropyNonNegative), "positive semidefinite");
    }
}
