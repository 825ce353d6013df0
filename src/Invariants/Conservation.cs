using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// Conservation between a state before and after an evolution: the trace (probability), and the energy tr(H rho)
/// for an evolution that commutes with H (closed system with H time independent, or an energy-conserving unitary).
/// </summary>
public static class Conservation
{
    /// <summary>tr rho_after = tr rho_before (trace-preserving dynamics, Nielsen and Chuang Sec. 8.2.3).</summary>
    public static Verdict TracePreserved(Matrix<ComplexRational> before, Matrix<ComplexRational> after) =>
        TracePreserved(ExactInput.Instance, before, after);
    public static Verdict TracePreserved(Matrix<BigComplex> before, Matrix<BigComplex> after, int digits) =>
        TracePreserved(ApproximateInput.ForDigits(digits), before, after);
    public static Verdict TracePreserved(Complex[,] before, Complex[,] after, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var input = ApproximateInput.ForDoubles(tolerance);
        return TracePreserved(input, input.FromDoubles(before), input.FromDoubles(after));
    }

    /// <summary>tr(H rho_after) = tr(H rho_before) (energy conservation under dynamics commuting with H).</summary>
    public static Verdict EnergyConserved(Matrix<ComplexRational> h, Matrix<ComplexRational> before, Matrix<ComplexRational> after) =>
        EnergyConserved(ExactInput.Instance, h, before, after);
    public static Verdict EnergyConserved(Matrix<BigComplex> h, Matrix<BigComplex> before, Matrix<BigComplex> after, int digits) =>
        EnergyConserved(ApproximateInput.ForDigits(digits), h, before, after);
    public static Verdict EnergyConserved(Complex[,] h, Complex[,] before, Complex[,] after, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var input = ApproximateInput.ForDoubles(tolerance);
        return EnergyConserved(input, input.FromDoubles(h), input.FromDoubles(before), input.FromDoubles(after));
    }

    internal static Verdict TracePreserved<T>(InputPrecision<T> input, Matrix<T> before, Matrix<T> after) where T : struct, IField<T>
    {
        RequireSameSquareShape(before, nameof(before), after, nameof(after));
        var (t0, t1) = (before.Trace(), after.Trace());
        var m = input.Largest([t1 - t0], before.Rows, input.Norm(before) + input.Norm(after));
        string message = $"trace {StateValidity.FormatComplex(input.ToComplex(t0))} before, {StateValidity.FormatComplex(input.ToComplex(t1))} after ({m.Comparison()}, {input.Description})";
        return new Verdict("trace preserved", m.Within, m.Size, m.Tolerance, message);
    }

    internal static Verdict EnergyConserved<T>(InputPrecision<T> input, Matrix<T> h, Matrix<T> before, Matrix<T> after) where T : struct, IField<T>
    {
        RequireSameSquareShape(before, nameof(before), after, nameof(after));
        RequireSameSquareShape(before, nameof(before), h, nameof(h));
        var (e0, e1) = ((h * before).Trace(), (h * after).Trace());
        int n = before.Rows;
        var m = input.Largest([e1 - e0], n * n, input.Norm(h) * (input.Norm(before) + input.Norm(after)));
        string message = $"energy tr(H rho) {StateValidity.FormatComplex(input.ToComplex(e0))} before, {StateValidity.FormatComplex(input.ToComplex(e1))} after ({m.Comparison()}, {input.Description})";
        return new Verdict("energy conserved", m.Within, m.Size, m.Tolerance, message);
    }

    private static void RequireSameSquareShape<T>(Matrix<T> a, string aName, Matrix<T> b, string bName) where T : struct, IField<T>
    {
        ArgumentNullException.ThrowIfNull(a, aName);
        ArgumentNullException.ThrowIfNull(b, bName);
        if (!a.IsSquare || a.Rows != b.Rows || a.Cols != b.Cols)
            throw new ArgumentException(
                $"Operators of equal square shape are needed, got {aName} {a.Rows}x{a.Cols} and {bName} {b.Rows}x{b.Cols}.",
                a.IsSquare ? bName : aName);
    }
}
