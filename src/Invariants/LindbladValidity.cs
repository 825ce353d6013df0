using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// A generator L of a quantum dynamical semigroup (e^{tL} CPTP for all t &gt;= 0) is Hermiticity preserving, trace
/// annihilating (tr L(X) = 0) and conditionally completely positive: with J the Choi matrix of L and
/// P = I - |omega&gt;&lt;omega|/n the projector onto the complement of the maximally entangled vector
/// omega = sum_i |ii&gt;, P J P is positive semidefinite (Wolf and Cirac, Commun. Math. Phys. 279, 147 (2008), Prop. 1;
/// equivalent to the Lindblad form, Lindblad 1976 / Gorini, Kossakowski and Sudarshan 1976).
/// The superoperator acts on column-stacked operators. Tolerances as documented on the input kinds.
/// </summary>
public static class LindbladValidity
{
    /// <summary>The three generator conditions for a superoperator L (Wolf and Cirac 2008, Prop. 1).</summary>
    public static Verdict Check(Matrix<ComplexRational> generator) => Check(ExactInput.Instance, generator);
    public static Verdict Check(Matrix<BigComplex> generator, int digits) => Check(ApproximateInput.ForDigits(digits), generator);
    public static Verdict Check(Complex[,] generator, double? tolerance = null) => Doubles(generator, tolerance, Check);

    /// <summary>
    /// The generator -i[H, .] + sum_k D[L_k] built from H and jump operators (rates absorbed in the L_k; Lindblad,
    /// Commun. Math. Phys. 48, 119 (1976), Eq. 5.1): H must be Hermitian, then the three generator conditions are checked.
    /// </summary>
    public static Verdict Check(Matrix<ComplexRational> hamiltonian, IReadOnlyList<Matrix<ComplexRational>> jumps) =>
        Check(ExactInput.Instance, hamiltonian, jumps);
    public static Verdict Check(Matrix<BigComplex> hamiltonian, IReadOnlyList<Matrix<BigComplex>> jumps, int digits) =>
        Check(ApproximateInput.ForDigits(digits), hamiltonian, jumps);
    public static Verdict Check(Complex[,] hamiltonian, IReadOnlyList<Complex[,]> jumps, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        ArgumentNullException.ThrowIfNull(jumps);
        var input = ApproximateInput.ForDoubles(tolerance);
        return Check(input, input.FromDoubles(hamiltonian), jumps.Select(input.FromDoubles).ToArray());
    }

    /// <summary>L(X^dagger) = L(X)^dagger for all X, i.e. the Choi matrix of L is Hermitian.</summary>
    public static Verdict HermiticityPreserving(Matrix<ComplexRational> generator) => HermiticityPreserving(ExactInput.Instance, generator);
    public static Verdict HermiticityPreserving(Matrix<BigComplex> generator, int digits) =>
        HermiticityPreserving(ApproximateInput.ForDigits(digits), generator);
    public static Verdict HermiticityPreserving(Complex[,] generator, double? tolerance = null) => Doubles(generator, tolerance, HermiticityPreserving);

    /// <summary>tr L(X) = 0 for all X (probability conserved by e^{tL}).</summary>
    public static Verdict TraceAnnihilating(Matrix<ComplexRational> generator) => TraceAnnihilating(ExactInput.Instance, generator);
    public static Verdict TraceAnnihilating(Matrix<BigComplex> generator, int digits) =>
        TraceAnnihilating(ApproximateInput.ForDigits(digits), generator);
    public static Verdict TraceAnnihilating(Complex[,] generator, double? tolerance = null) => Doubles(generator, tolerance, TraceAnnihilating);

    /// <summary>P J P &gt;= 0 with J the Choi matrix of L and P = I - |omega&gt;&lt;omega|/n (Wolf and Cirac 2008, Prop. 1).</summary>
    public static Verdict ConditionallyCompletelyPositive(Matrix<ComplexRational> generator) =>
        ConditionallyCompletelyPositive(ExactInput.Instance, generator);
    public static Verdict ConditionallyCompletelyPositive(Matrix<BigComplex> generator, int digits) =>
        ConditionallyCompletelyPositive(ApproximateInput.ForDigits(digits), generator);
    public static Verdict ConditionallyCompletelyPositive(Complex[,] generator, double? tolerance = null) =>
        Doubles(generator, tolerance, ConditionallyCompletelyPositive);

    private static Verdict Doubles(Complex[,] generator, double? tolerance, Func<ApproximateInput, Matrix<BigComplex>, Verdict> check)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var input = ApproximateInput.ForDoubles(tolerance);
        return check(input, input.FromDoubles(generator));
    }

    internal static Verdict Check<T>(InputPrecision<T> input, Matrix<T> generator) where T : struct, IField<T> =>
        Verdict.AllOf("Lindblad generator", HermiticityPreserving(input, generator), TraceAnnihilating(input, generator),
            ConditionallyCompletelyPositive(input, generator));

    internal static Verdict Check<T>(InputPrecision<T> input, Matrix<T> hamiltonian, IReadOnlyList<Matrix<T>> jumps) where T : struct, IField<T>
    {
        var l = Superoperator.Lindblad(input, hamiltonian, jumps);
        var hermiticity = StateValidity.Hermiticity(input, hamiltonian);
        var hermitianH = hermiticity with
        {
            Invariant = "Hamiltonian Hermitian",
            Message = hermiticity.Message.Replace("rho", "H", StringComparison.Ordinal),
        };
        return Verdict.AllOf("Lindblad generator", [hermitianH, .. Check(input, l).Parts]);
    }

    internal static Verdict HermiticityPreserving<T>(InputPrecision<T> input, Matrix<T> generator) where T : struct, IField<T>
    {
        int n = Superoperator.OperatorDimension(generator, nameof(generator));
        var choi = Superoperator.Choi(generator, n);
        var m = input.Largest((choi - choi.Adjoint()).AsSpan().ToArray(), 1, input.Norm(generator));
        string message = m.Within
            ? $"the Choi matrix of L is Hermitian ({m.Comparison()}, {input.Description})"
            : $"L does not map Hermitian operators to Hermitian ones: its Choi matrix is not Hermitian ({m.Comparison()}, {input.Description})";
        return new Verdict("Hermiticity preserving", m.Within, m.Size, m.Tolerance, message);
    }

    internal static Verdict TraceAnnihilating<T>(InputPrecision<T> input, Matrix<T> generator) where T : struct, IField<T>
    {
        int n = Superoperator.OperatorDimension(generator, nameof(generator));
        var m = input.Largest(Superoperator.TracesOfImages(generator, n), n, input.Norm(generator));
        string message = m.Within
            ? $"tr L(|i><j|) = 0 for all i, j ({m.Comparison()}, {input.Description})"
            : $"L does not conserve the trace: |tr L(|i><j|)| reaches {Verdict.Format(m.Size)} ({m.Comparison()}, {input.Description})";
        return new Verdict("trace annihilating", m.Within, m.Size, m.Tolerance, message);
    }

    internal static Verdict ConditionallyCompletelyPositive<T>(InputPrecision<T> input, Matrix<T> generator) where T : struct, IField<T>
    {
        int n = Superoperator.OperatorDimension(generator, nameof(generator));
        var choi = Superoperator.Choi(generator, n);
        var omega = Matrix<T>.Create(n * n, 1, (k, _) => k / n == k % n ? T.One : T.Zero);
        var p = Matrix<T>.Identity(n * n) - input.Constant(new Rational(1, n)) * (omega * omega.Adjoint());
        var projected = p * input.HermitianPart(choi) * p;
        var m = input.Negativity(input.HermitianPart(projected), input.Norm(generator));
        string message = m.Within
            ? $"the Choi matrix of L is positive on the complement of the maximally entangled state ({m.Comparison("negativity")}, {input.Description})"
            : $"not conditionally completely positive: P J P has an eigenvalue <= -{Verdict.Format(m.Size)} (a dissipator with the wrong sign?) ({m.Comparison("negativity")}, {input.Description})";
        return new Verdict("conditionally completely positive", m.Within, m.Size, m.Tolerance, message);
    }
}
