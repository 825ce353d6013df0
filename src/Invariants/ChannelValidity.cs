using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// A quantum channel is completely positive and trace preserving. Kraus form: trace preserving iff
/// sum_k K_k^dagger K_k = I, and completely positive by construction. Superoperator form S (column stacking): trace
/// preserving iff tr Phi(|i&gt;&lt;j|) = delta_ij, completely positive iff the Choi matrix is positive semidefinite
/// (Choi, Linear Algebra Appl. 10, 285 (1975), Theorem 2). Tolerances as documented on the input kinds.
/// </summary>
public static class ChannelValidity
{
    /// <summary>sum_k K_k^dagger K_k = I (Nielsen and Chuang Eq. 8.8); complete positivity holds by the Kraus form itself.</summary>
    public static Verdict TracePreserving(IReadOnlyList<Matrix<ComplexRational>> kraus) => TracePreserving(ExactInput.Instance, kraus);
    public static Verdict TracePreserving(IReadOnlyList<Matrix<BigComplex>> kraus, int digits) =>
        TracePreserving(ApproximateInput.ForDigits(digits), kraus);
    public static Verdict TracePreserving(IReadOnlyList<Complex[,]> kraus, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(kraus);
        var input = ApproximateInput.ForDoubles(tolerance);
        return TracePreserving(input, kraus.Select(input.FromDoubles).ToArray());
    }

    /// <summary>Trace preserving and completely positive, for a superoperator S acting on column-stacked operators.</summary>
    public static Verdict Check(Matrix<ComplexRational> superoperator) => Check(ExactInput.Instance, superoperator);
    public static Verdict Check(Matrix<BigComplex> superoperator, int digits) => Check(ApproximateInput.ForDigits(digits), superoperator);
    public static Verdict Check(Complex[,] superoperator, double? tolerance = null) => Doubles(superoperator, tolerance, Check);

    /// <summary>tr Phi(|i&gt;&lt;j|) = delta_ij for the superoperator S.</summary>
    public static Verdict TracePreserving(Matrix<ComplexRational> superoperator) => TracePreserving(ExactInput.Instance, superoperator);
    public static Verdict TracePreserving(Matrix<BigComplex> superoperator, int digits) =>
        TracePreserving(ApproximateInput.ForDigits(digits), superoperator);
    public static Verdict TracePreserving(Complex[,] superoperator, double? tolerance = null) => Doubles(superoperator, tolerance, TracePreserving);

    /// <summary>The Choi matrix of S is Hermitian and positive semidefinite (Choi 1975, Theorem 2).</summary>
    public static Verdict CompletelyPositive(Matrix<ComplexRational> superoperator) => CompletelyPositive(ExactInput.Instance, superoperator);
    public static Verdict CompletelyPositive(Matrix<BigComplex> superoperator, int digits) =>
        CompletelyPositive(ApproximateInput.ForDigits(digits), superoperator);
    public static Verdict CompletelyPositive(Complex[,] superoperator, double? tolerance = null) => Doubles(superoperator, tolerance, CompletelyPositive);

    private static Verdict Doubles(Complex[,] superoperator, double? tolerance, Func<ApproximateInput, Matrix<BigComplex>, Verdict> check)
    {
        ArgumentNullException.ThrowIfNull(superoperator);
        var input = ApproximateInput.ForDoubles(tolerance);
        return check(input, input.FromDoubles(superoperator));
    }

    internal static Verdict TracePreserving<T>(InputPrecision<T> input, IReadOnlyList<Matrix<T>> kraus) where T : struct, IField<T>
    {
        int n = Superoperator.KrausDimension(kraus);
        var sum = Matrix<T>.Zero(n, n);
        double scale = 0;
        foreach (var k in kraus)
        {
            sum += k.Adjoint() * k;
            scale += Math.Pow(input.Norm(k), 2);
        }
        var m = input.Largest((sum - Matrix<T>.Identity(n)).AsSpan().ToArray(), n * kraus.Count, scale);
        string message = m.Within
            ? $"sum_k K_k^dagger K_k = I for {kraus.Count} Kraus operators ({m.Comparison()}, {input.Description}); completely positive by the Kraus form"
            : $"sum_k K_k^dagger K_k differs from I by up to {Verdict.Format(m.Size)} in an entry ({m.Comparison()}, {input.Description})";
        return new Verdict("trace preserving", m.Within, m.Size, m.Tolerance, message);
    }

    internal static Verdict Check<T>(InputPrecision<T> input, Matrix<T> superoperator) where T : struct, IField<T> =>
        Verdict.AllOf("CPTP channel", TracePreserving(input, superoperator), CompletelyPositive(input, superoperator));

    internal static Verdict TracePreserving<T>(InputPrecision<T> input, Matrix<T> superoperator) where T : struct, IField<T>
    {
        int n = Superoperator.OperatorDimension(superoperator, nameof(superoperator));
        var traces = Superoperator.TracesOfImages(superoperator, n);
        var deviations = traces.Select((t, k) => Superoperator.IsDiagonalBasisOperator(k, n) ? t - T.One : t).ToArray();
        var m = input.Largest(deviations, n, input.Norm(superoperator));
        string message = m.Within
            ? $"tr Phi(|i><j|) = delta_ij ({m.Comparison()}, {input.Description})"
            : $"tr Phi(|i><j|) misses delta_ij by up to {Verdict.Format(m.Size)} ({m.Comparison()}, {input.Description})";
        return new Verdict("trace preserving", m.Within, m.Size, m.Tolerance, message);
    }

    internal static Verdict CompletelyPositive<T>(InputPrecision<T> input, Matrix<T> superoperator) where T : struct, IField<T>
    {
        int n = Superoperator.OperatorDimension(superoperator, nameof(superoperator));
        var choi = Superoperator.Choi(superoperator, n);
        double scale = input.Norm(superoperator);
        var hermitian = input.Largest((choi - choi.Adjoint()).AsSpan().ToArray(), 1, scale);
        var negativity = input.Negativity(input.HermitianPart(choi), scale);
        var parts = new[]
        {
            new Verdict("Choi matrix Hermitian (Hermiticity preserving)", hermitian.Within, hermitian.Size, hermitian.Tolerance,
                hermitian.Within
                    ? $"the Choi matrix equals its adjoint ({hermitian.Comparison()}, {input.Description})"
                    : $"the Choi matrix is not Hermitian, so the map does not preserve Hermiticity ({hermitian.Comparison()}, {input.Description})"),
            new Verdict("Choi matrix positive semidefinite", negativity.Within, negativity.Size, negativity.Tolerance,
                negativity.Within
                    ? $"no eigenvalue of the Choi matrix below zero beyond tolerance ({negativity.Comparison("negativity")}, {input.Description})"
                    : $"the Choi matrix has an eigenvalue <= -{Verdict.Format(negativity.Size)}: the map is not completely positive ({negativity.Comparison("negativity")}, {input.Description})"),
        };
        return Verdict.AllOf("completely positive", parts);
    }
}
