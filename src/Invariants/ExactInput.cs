using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// Exact complex-rational input: an algebraic invariant holds only if its deviation is exactly zero (tolerance 0);
/// positivity is decided by <see cref="ExactPositivity"/> without floating point. Quantities that need logarithms or
/// square roots (entropies, concurrence) round the input to <see cref="Precision.DefaultDigits"/> digits first.
/// </summary>
internal sealed class ExactInput : InputPrecision<ComplexRational>
{
    public static ExactInput Instance { get; } = new();

    private ExactInput() { }

    public override string Description => "exact";

    public override ComplexRational Constant(Rational q) => q;

    public override ComplexRational ImaginaryUnit => ComplexRational.I;

    public override Complex ToComplex(ComplexRational z) => z.ToComplex();

    public override Measurement Largest(IEnumerable<ComplexRational> deviations, int n, double scale)
    {
        bool allZero = true;
        double largest = 0;
        foreach (var z in deviations)
        {
            if (z.IsZero) continue;
            allZero = false;
            largest = Math.Max(largest, Magnitude(z));
        }
        return new Measurement(allZero, largest, 0);
    }

    /// <summary>
    /// PSD is decided exactly. When it fails, Size is -&lt;v|H|v&gt;/&lt;v|v&gt; for the exact witness v of
    /// <see cref="ExactPositivity.Check"/>: a certified lower bound on -lambda_min.
    /// </summary>
    public override Measurement Negativity(Matrix<ComplexRational> hermitian, double scale)
    {
        var check = ExactPositivity.Check(hermitian);
        if (check.IsPsd) return new Measurement(true, 0, 0);
        var v = check.Witness!;
        var norm = (v.Adjoint() * v)[0, 0].Re;
        return new Measurement(false, -(check.WitnessValue!.Value / norm).ToDouble(), 0);
    }

    public override Matrix<BigComplex> ToBig(Matrix<ComplexRational> m) => HighPrecision.ToBig(m, Precision.DefaultDigits);

    public override ApproximateInput Rounded { get; } = ApproximateInput.ForDigits(Precision.DefaultDigits);
}
