using System.Numerics;
using QTherm.Invariants;
using QTherm.Reference.Numerics;
using Xunit;
using static QTherm.Tests.Property.Invariants.Kinds;
using static QTherm.Tests.Property.Invariants.Maps;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>
/// Messages say in the physicist's terms what holds or which condition fails and by how much, and how the input was
/// read ("exact", "50-digit", "double", "double, stated tolerance ..."). Every check is run on exact, 50-digit, double
/// and double-with-stated-tolerance input.
/// </summary>
public class VerdictMessagesTests
{
    private const double Stated = 1e-8;
    private static readonly string[] Algebraic = ["exact", "50-digit", "double", "double, stated tolerance 1.0e-8"];
    // Entropies need logarithms: exact input is rounded to 50 digits first.
    private static readonly string[] Entropic = ["50-digit", "50-digit", "double", "double, stated tolerance 1.0e-8"];

    private static ComplexRational Q(int p, int q) => new(new Rational(p, q));

    private static Verdict[] Four(M m, Func<M, Verdict> exact, Func<Matrix<BigComplex>, int, Verdict> big,
        Func<Complex[,], double?, Verdict> doubles) =>
        [exact(m), big(Big(m), Digits), doubles(Doubles(m), null), doubles(Doubles(m), Stated)];

    private static Verdict[] Four(M a, M b, Func<M, M, Verdict> exact, Func<Matrix<BigComplex>, Matrix<BigComplex>, int, Verdict> big,
        Func<Complex[,], Complex[,], double?, Verdict> doubles) =>
        [exact(a, b), big(Big(a), Big(b), Digits), doubles(Doubles(a), Doubles(b), null), doubles(Doubles(a), Doubles(b), Stated)];

    private static Verdict[] KrausTracePreserving(M[] kraus) =>
    [
        ChannelValidity.TracePreserving(kraus), ChannelValidity.TracePreserving(kraus.Select(Big).ToArray(), Digits),
        ChannelValidity.TracePreserving(kraus.Select(Doubles).ToArray()), ChannelValidity.TracePreserving(kraus.Select(Doubles).ToArray(), Stated),
    ];

    /// <summary>Every verdict holds (or fails), names how its input was read, and its message contains each phrase.</summary>
    private static void Says(Verdict[] verdicts, bool holds, string[] descriptions, params string[] phrases)
    {
        for (int k = 0; k < verdicts.Length; k++)
        {
            var v = verdicts[k];
            Assert.True(v.Holds == holds, v.ToString());
            Assert.Contains(descriptions[k], v.Message);
            if (descriptions[k] == "double") Assert.DoesNotContain("stated tolerance", v.Message);
            foreach (var phrase in phrases) Assert.Contains(phrase, v.Message);
        }
    }

    private static void SaysNot(Verdict[] verdicts, params string[] phrases)
    {
        foreach (var v in verdicts)
            foreach (var phrase in phrases) Assert.DoesNotContain(phrase, v.Message);
    }

    [Fact]
    public void HermiticityMessages()
    {
        var holding = Four(M.Diagonal(Q(1, 4), Q(3, 4)), StateValidity.Hermiticity, StateValidity.Hermiticity, StateValidity.Hermiticity);
        Says(holding, true, Algebraic, "rho equals its adjoint (deviation 0 <= tolerance");
        SaysNot(holding, "not Hermitian");
        var failing = Four(M.FromRows([Q(1, 2), Q(1, 4)], [Q(1, 5), Q(1, 2)]),
            StateValidity.Hermiticity, StateValidity.Hermiticity, StateValidity.Hermiticity);
        Says(failing, false, Algebraic, "rho is not Hermitian: max |rho_ij - conj(rho_ji)| = 5.0e-2 (deviation 5.0e-2 > tolerance");
    }

    [Fact]
    public void UnitTraceMessages()
    {
        Says(Four(M.Diagonal(Q(1, 4), Q(3, 4)), StateValidity.UnitTrace, StateValidity.UnitTrace, StateValidity.UnitTrace),
            true, Algebraic, "trace is 1 (deviation 0 <= tolerance");
        Says(Four(M.Diagonal(Q(1, 2), Q(2, 5)), StateValidity.UnitTrace, StateValidity.UnitTrace, StateValidity.UnitTrace),
            false, Algebraic, "trace is 0.9 (deviation 1.0e-1 > tolerance");
    }

    [Fact]
    public void PositivityMessages()
    {
        var holding = Four(M.Diagonal(Q(1, 4), Q(3, 4)), StateValidity.Positivity, StateValidity.Positivity, StateValidity.Positivity);
        Says(holding, true, Algebraic, "no eigenvalue below zero beyond tolerance (negativity 0 <= tolerance");
        SaysNot(holding, "negative eigenvalue");
        var failing = Four(M.Diagonal(Q(11, 10), Q(-1, 10)), StateValidity.Positivity, StateValidity.Positivity, StateValidity.Positivity);
        Says(failing, false, Algebraic, "rho has a negative eigenvalue, lambda_min <= -1.0e-1 (negativity 1.0e-1 > tolerance");
        SaysNot(failing, "no eigenvalue below zero");
    }

    [Fact]
    public void DensityMatrixMessageListsThePartsOrTheFailures()
    {
        var holding = Four(M.Diagonal(Q(1, 4), Q(3, 4)), StateValidity.Check, StateValidity.Check, StateValidity.Check);
        Says(holding, true, Algebraic, "Hermitian: rho equals its adjoint", "; unit trace: trace is 1 (", "; positive semidefinite: no eigenvalue");
        var failing = Four(M.Diagonal(Q(1, 2), Q(2, 5)), StateValidity.Check, StateValidity.Check, StateValidity.Check);
        Says(failing, false, Algebraic, "unit trace: trace is 0.9");
        SaysNot(failing, "Hermitian:", "positive semidefinite:");
    }

    [Fact]
    public void KrausTracePreservationMessages()
    {
        var holding = KrausTracePreserving(AmplitudeDamping(new Rational(1, 2)));
        Says(holding, true, Algebraic, "sum_k K_k^dagger K_k = I for 2 Kraus operators (deviation", "<= tolerance",
            "completely positive by the Kraus form");
        SaysNot(holding, "differs");
        // Only K_0 = diag(1, 3/5): sum_k K_k^dagger K_k - I = diag(0, -16/25).
        var failing = KrausTracePreserving([AmplitudeDamping(new Rational(1, 2))[0]]);
        Says(failing, false, Algebraic, "sum_k K_k^dagger K_k differs from I by up to 6.4e-1 in an entry (deviation 6.4e-1 > tolerance");
        SaysNot(failing, "completely positive by the Kraus form");
    }

    [Fact]
    public void SuperoperatorTracePreservationMessages()
    {
        var damping = AmplitudeDamping(new Rational(1, 2));
        var holding = Four(SuperoperatorOf(x => Apply(damping, x), 2),
            ChannelValidity.TracePreserving, ChannelValidity.TracePreserving, ChannelValidity.TracePreserving);
        Says(holding, true, Algebraic, "tr Phi(|i><j|) = delta_ij (deviation", "<= tolerance");
        SaysNot(holding, "misses");
        var failing = Four(SuperoperatorOf(x => Apply([damping[0]], x), 2),
            ChannelValidity.TracePreserving, ChannelValidity.TracePreserving, ChannelValidity.TracePreserving);
        Says(failing, false, Algebraic, "tr Phi(|i><j|) misses delta_ij by up to 6.4e-1 (deviation 6.4e-1 > tolerance");
    }

    [Fact]
    public void CompletePositivityMessages()
    {
        var damping = AmplitudeDamping(new Rational(1, 2));
        var holding = Four(SuperoperatorOf(x => Apply(damping, x), 2),
            ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive);
        Says(holding, true, Algebraic,
            "Choi matrix Hermitian (Hermiticity preserving): the Choi matrix equals its adjoint (deviation",
            "Choi matrix positive semidefinite: no eigenvalue of the Choi matrix below zero beyond tolerance (negativity");
        SaysNot(holding, "not Hermitian", "not completely positive");

        var transpose = Four(SuperoperatorOf(x => x.Transpose(), 2),
            ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive);
        Says(transpose, false, Algebraic, "Choi matrix positive semidefinite: the Choi matrix has an eigenvalue <= -",
            ": the map is not completely positive (negativity", "> tolerance");
        SaysNot(transpose, "Choi matrix Hermitian (Hermiticity preserving):");
        // The Choi matrix of the transpose is the swap, eigenvalue -1 on the singlet (exact input: a certified bound).
        Says(transpose[1..], false, Algebraic[1..], "eigenvalue <= -1.0e+0");

        var leftZ = Four(SuperoperatorOf(x => Pauli.Z * x, 2),
            ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive, ChannelValidity.CompletelyPositive);
        Says(leftZ, false, Algebraic,
            "Choi matrix Hermitian (Hermiticity preserving): the Choi matrix is not Hermitian, so the map does not preserve Hermiticity (deviation",
            "> tolerance");
        SaysNot(leftZ, "equals its adjoint");
    }

    [Fact]
    public void CptpMessageCombinesTracePreservationAndCompletePositivity()
    {
        var damping = AmplitudeDamping(new Rational(1, 2));
        var holding = Four(SuperoperatorOf(x => Apply(damping, x), 2), ChannelValidity.Check, ChannelValidity.Check, ChannelValidity.Check);
        Says(holding, true, Algebraic, "trace preserving: tr Phi(|i><j|) = delta_ij", "; completely positive: Choi matrix Hermitian");
    }

    [Fact]
    public void LindbladGeneratorMessages()
    {
        var proper = SuperoperatorOf(LindbladMap(Pauli.X, [Pauli.Minus]), 2);
        Says(Four(proper, LindbladValidity.HermiticityPreserving, LindbladValidity.HermiticityPreserving, LindbladValidity.HermiticityPreserving),
            true, Algebraic, "the Choi matrix of L is Hermitian (deviation", "<= tolerance");
        Says(Four(proper, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating),
            true, Algebraic, "tr L(|i><j|) = 0 for all i, j (deviation", "<= tolerance");
        Says(Four(proper, LindbladValidity.ConditionallyCompletelyPositive, LindbladValidity.ConditionallyCompletelyPositive,
                LindbladValidity.ConditionallyCompletelyPositive),
            true, Algebraic, "the Choi matrix of L is positive on the complement of the maximally entangled state (negativity", "<= tolerance");

        var commutator = SuperoperatorOf(x => M.Commutator(Pauli.Z, x), 2);
        Says(Four(commutator, LindbladValidity.HermiticityPreserving, LindbladValidity.HermiticityPreserving, LindbladValidity.HermiticityPreserving),
            false, Algebraic, "L does not map Hermitian operators to Hermitian ones: its Choi matrix is not Hermitian (deviation", "> tolerance");

        // Anticommutator without the 1/2: tr L(|1><1|) = -tr(sigma_+ sigma_- |1><1|)... = -1.
        var leaking = SuperoperatorOf(LindbladMap(Pauli.X, [Pauli.Minus], anticommutatorFactor: Rational.One), 2);
        Says(Four(leaking, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating, LindbladValidity.TraceAnnihilating),
            false, Algebraic, "L does not conserve the trace: |tr L(|i><j|)| reaches 1.0e+0 (deviation 1.0e+0 > tolerance");

        var wrongSign = SuperoperatorOf(LindbladMap(Pauli.X, [Pauli.Minus], dissipatorSign: -1), 2);
        Says(Four(wrongSign, LindbladValidity.ConditionallyCompletelyPositive, LindbladValidity.ConditionallyCompletelyPositive,
                LindbladValidity.ConditionallyCompletelyPositive),
            false, Algebraic, "not conditionally completely positive: P J P has an eigenvalue <= -", "(a dissipator with the wrong sign?) (negativity ",
            "> tolerance");
    }

    [Fact]
    public void GeneratorFromHamiltonianAndJumpsReportsTheHamiltonianAsH()
    {
        Verdict[] verdicts =
        [
            LindbladValidity.Check(Pauli.X, [Pauli.Minus]), LindbladValidity.Check(Big(Pauli.X), [Big(Pauli.Minus)], Digits),
            LindbladValidity.Check(Doubles(Pauli.X), [Doubles(Pauli.Minus)]),
            LindbladValidity.Check(Doubles(Pauli.X), [Doubles(Pauli.Minus)], Stated),
        ];
        Says(verdicts, true, Algebraic, "Hamiltonian Hermitian: H equals its adjoint", "; Hermiticity preserving: the Choi matrix of L");
    }

    [Fact]
    public void ConservationMessages()
    {
        var ground = M.Unit(2, 1, 1);
        Says(Four(ground, ground, Conservation.TracePreserved, Conservation.TracePreserved, Conservation.TracePreserved),
            true, Algebraic, "trace 1 before, 1 after (deviation 0 <= tolerance");
        Verdict[] energy =
        [
            Conservation.EnergyConserved(Pauli.Z, ground, ground), Conservation.EnergyConserved(Big(Pauli.Z), Big(ground), Big(ground), Digits),
            Conservation.EnergyConserved(Doubles(Pauli.Z), Doubles(ground), Doubles(ground)),
            Conservation.EnergyConserved(Doubles(Pauli.Z), Doubles(ground), Doubles(ground), Stated),
        ];
        Says(energy, true, Algebraic, "energy tr(H rho) -1 before, -1 after (deviation 0 <= tolerance");
    }

    [Fact]
    public void RelativeEntropyMessages()
    {
        var rho = M.Diagonal(Q(1, 4), Q(3, 4));
        var maximallyMixed = M.Diagonal(Q(1, 2), Q(1, 2));
        // S(rho || I/2) = ln 2 - h(1/4) = 0.1308120359...
        var holding = Four(rho, maximallyMixed, EntropicInequalities.RelativeEntropyNonNegative,
            EntropicInequalities.RelativeEntropyNonNegative, EntropicInequalities.RelativeEntropyNonNegative);
        Says(holding, true, Entropic, "S(rho||sigma) = 0.1308120359 >= 0", " >= 0 (", ", tolerance ");
        SaysNot(holding, "< 0", "normalised");
        // S(rho || 2 rho) = -ln 2.
        var failing = Four(rho, new ComplexRational(2) * rho, EntropicInequalities.RelativeEntropyNonNegative,
            EntropicInequalities.RelativeEntropyNonNegative, EntropicInequalities.RelativeEntropyNonNegative);
        Says(failing, false, Entropic, "S(rho||sigma) = -0.6931471806 < 0 (shortfall 6.93e-1 > tolerance", "are the states normalised?");
        var infinite = Four(M.Unit(2, 0, 0), M.Unit(2, 1, 1), EntropicInequalities.RelativeEntropyNonNegative,
            EntropicInequalities.RelativeEntropyNonNegative, EntropicInequalities.RelativeEntropyNonNegative);
        Says(infinite, true, Entropic, "S(rho||sigma) = +infinity (supp rho not within supp sigma) >= 0");
    }

    [Fact]
    public void SubadditivityMessages()
    {
        int[] qubits = [2, 2];
        Verdict[] Run(M rho) =>
        [
            EntropicInequalities.Subadditivity(rho, qubits), EntropicInequalities.Subadditivity(Big(rho), qubits, Digits),
            EntropicInequalities.Subadditivity(Doubles(rho), qubits), EntropicInequalities.Subadditivity(Doubles(rho), qubits, Stated),
        ];
        var bell = new ComplexRational(Rational.Half) * M.Projector(1, 0, 0, 1);
        var holding = Run(bell);
        Says(holding, true, Entropic, "I(A:B) = 1.386294361 >= 0 (", ", tolerance ");
        SaysNot(holding, "< 0");
        var traceTwo = new ComplexRational(2) * M.Unit(2, 0, 0).Kron(M.Diagonal(Q(1, 4), Q(3, 4)));
        Says(Run(traceTwo), false, Entropic, "I(A:B) = -1.386294361 < 0 (shortfall 1.39e+0 > tolerance", "are the states normalised?");
    }

    [Fact]
    public void ConcurrenceMessages()
    {
        var bell = new ComplexRational(Rational.Half) * M.Projector(1, 0, 0, 1);
        var holding = Four(bell, EntropicInequalities.ConcurrenceInRange, EntropicInequalities.ConcurrenceInRange,
            EntropicInequalities.ConcurrenceInRange);
        Says(holding, true, Entropic, "C = 1 lies in [0, 1] (", ", tolerance ");
        SaysNot(holding, "outside");
        var failing = Four(new ComplexRational(2) * bell, EntropicInequalities.ConcurrenceInRange, EntropicInequalities.ConcurrenceInRange,
            EntropicInequalities.ConcurrenceInRange);
        Says(failing, false, Entropic, "C = 2 lies outside [0, 1] by 1.0e+0 (excess 1.0e+0 > tolerance", "is rho normalised?");
    }

    [Fact]
    public void EntropicChecksOnANonStateReportThePositivityFailure()
    {
        var notPositive = M.Diagonal(Q(11, 10), Q(-1, 10));
        var verdicts = Four(notPositive, M.Diagonal(Q(1, 2), Q(1, 2)), EntropicInequalities.RelativeEntropyNonNegative,
            EntropicInequalities.RelativeEntropyNonNegative, EntropicInequalities.RelativeEntropyNonNegative);
        Says(verdicts, false, Entropic, "positive semidefinite: rho has a negative eigenvalue, lambda_min <= -1.0e-1",
            "; the entropic quantity is undefined");
    }
}
