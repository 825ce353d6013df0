using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// A density matrix is Hermitian, has unit trace and is positive semidefinite (Nielsen and Chuang, Theorem 2.5).
/// Each check comes for exact, d-digit and double input; tolerances as documented on the input kinds
/// (exact: 0; d digits: 4 n 10^-d max(1, ||rho||_F); doubles: 4 n 2^-53 max(1, ||rho||_F) or a stated tolerance).
/// </summary>
public static class StateValidity
{
    /// <summary>Hermitian, unit trace and positive semidefinite (Nielsen and Chuang, Theorem 2.5).</summary>
    public static Verdict Check(Matrix<ComplexRational> rho) => Check(ExactInput.Instance, rho);
    public static Verdict Check(Matrix<BigComplex> rho, int digits) => Check(ApproximateInput.ForDigits(digits), rho);
    public static Verdict Check(Complex[,] rho, double? tolerance = null) => Doubles(rho, tolerance, Check);

    /// <summary>max |rho_ij - conj(rho_ji)| against the tolerance.</summary>
    public static Verdict Hermiticity(Matrix<ComplexRational> rho) => Hermiticity(ExactInput.Instance, rho);
    public static Verdict Hermiticity(Matrix<BigComplex> rho, int digits) => Hermiticity(ApproximateInput.ForDigits(digits), rho);
    public static Verdict Hermiticity(Complex[,] rho, double? tolerance = null) => Doubles(rho, tolerance, Hermiticity);

    /// <summary>|tr rho - 1| against the tolerance.</summary>
    public static Verdict UnitTrace(Matrix<ComplexRational> rho) => UnitTrace(ExactInput.Instance, rho);
    public static Verdict UnitTrace(Matrix<BigComplex> rho, int digits) => UnitTrace(ApproximateInput.ForDigits(digits), rho);
    public static Verdict UnitTrace(Complex[,] rho, double? tolerance = null) => Doubles(rho, tolerance, UnitTrace);

    /// <summary>The least eigenvalue of the Hermitian part (rho + rho^dagger)/2 is &gt;= -tolerance.</summary>
    public static Verdict Positivity(Matrix<ComplexRational> rho) => Positivity(ExactInput.Instance, rho);
    public static Verdict Positivity(Matrix<BigComplex> rho, int digits) => Positivity(ApproximateInput.ForDigits(digits), rho);
    public static Verdict Positivity(Complex[,] rho, double? tolerance = null) => Doubles(rho, tolerance, Positivity);

    private static Verdict Doubles(Complex[,] rho, double? tolerance, Func<ApproximateInput, Matrix<BigComplex>, Verdict> check)
    {
        ArgumentNullException.ThrowIfNull(rho);
        var input = ApproximateInput.ForDoubles(tolerance);
        return check(input, input.FromDoubles(rho));
    }

    internal static Verdict Check<T>(InputPrecision<T> input, Matrix<T> rho) where T : struct, IField<T> =>
        Verdict.AllOf("density matrix", Hermiticity(input, rho), UnitTrace(input, rho), Positivity(input, rho));

    internal static Verdict Hermiticity<T>(InputPrecision<T> input, Matrix<T> rho) where T : struct, IField<T>
    {
        RequireSquare(rho);
        var m = input.Largest((rho - rho.Adjoint()).AsSpan().ToArray(), 1, input.Norm(rho));
        string message = m.Within
            ? $"rho equals its adjoint ({m.Comparison()}, {input.Description})"
            : $"rho is not Hermitian: max |rho_ij - conj(rho_ji)| = {Verdict.Format(m.Size)} ({m.Comparison()}, {input.Description})";
        return new Verdict("Hermitian", m.Within, m.Size, m.Tolerance, message);
    }

    internal static Verdict UnitTrace<T>(InputPrecision<T> input, Matrix<T> rho) where T : struct, IField<T>
    {
        RequireSquare(rho);
        var trace = rho.Trace();
        var m = input.Largest([trace - T.One], rho.Rows, input.Norm(rho));
        string message = $"trace is {FormatComplex(input.ToComplex(trace))} ({m.Comparison()}, {input.Description})";
        return new Verdict("unit trace", m.Within, m.Size, m.Tolerance, message);
    }

    internal static Verdict Positivity<T>(InputPrecision<T> input, Matrix<T> rho) where T : struct, IField<T>
    {
        RequireSquare(rho);
        var m = input.Negativity(input.HermitianPart(rho), input.Norm(rho));
        string message = m.Within
            ? $"no eigenvalue below zero beyond tolerance ({m.Comparison("negativity")}, {input.Description})"
            : $"rho has a negative eigenvalue, lambda_min <= -{Verdict.Format(m.Size)} ({m.Comparison("negativity")}, {input.Description})";
        return new Verdict("positive semidefinite", m.Within, m.Size, m.Tolerance, message);
    }

    // Stryker disable once Equality : the sign test only runs for Imaginary != 0, where < 0 and <= 0 agree
    internal static string FormatComplex(Complex z) =>
        z.Imaginary == 0 ? Verdict.Value(z.Real) : $"{Verdict.Value(z.Real)} {(z.Imaginary < 0 ? "-" : "+")} {Verdict.Value(Math.Abs(z.Imaginary))} i";

    private static void RequireSquare<T>(Matrix<T> rho) where T : struct, IField<T>
    {
        ArgumentNullException.ThrowIfNull(rho);
        if (!rho.IsSquare) throw new ArgumentException($"A density matrix must be square, got {rho.Rows}x{rho.Cols}.", nameof(rho));
    }
}
