using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// Rounded input: d-digit <see cref="BigComplex"/> entries, or doubles (converted exactly to <see cref="BigComplex"/>).
/// <para>
/// Tolerance for an entry formed by sums of n products of operands of Frobenius norm s:
/// tol = 4 n u max(1, s), with u the unit roundoff of the input (10^-digits for digits-digit numbers, the caller's
/// stated precision; 2^-53 for doubles). n u s is the classical bound gamma_n on the rounding error of an n-term
/// inner product (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., Sec. 3.1, Eq. 3.4), which also
/// covers the representation error of each entry; the factor 4 allows for the two or three chained operations of a
/// check (e.g. sum_k K_k^dagger K_k - I). Doubles may instead be given an explicit absolute tolerance (e.g. the
/// stated accuracy of another code's ODE solver); it then replaces tol everywhere.
/// </para>
/// <para>
/// Eigenvalues for positivity are computed with <see cref="HermitianEigensystem"/> at the input's digits (doubles: 20
/// digits), whose error 10^-digits ||H||_F is below tol. For entropic checks the input is taken to lie within
/// delta = n^(3/2) tol of the operator it stands for in trace norm (||E||_1 &lt;= sqrt(n) ||E||_F &lt;= n^(3/2) max|E_ij|).
/// </para>
/// </summary>
internal sealed class ApproximateInput : InputPrecision<BigComplex>
{
    private readonly BigReal unitRoundoff;
    private readonly double? absoluteTolerance;
    private readonly int arithmeticDigits;
    private readonly int eigenDigits;

    /// <summary>The precision handed to the information measures (their zero thresholds are 10^-digits based).</summary>
    public int EntropyDigits { get; }

    public override string Description { get; }

    private ApproximateInput(string description, BigReal unitRoundoff, double? absoluteTolerance,
        int arithmeticDigits, int eigenDigits, int entropyDigits)
    {
        Description = description;
        this.unitRoundoff = unitRoundoff;
        this.absoluteTolerance = absoluteTolerance;
        this.arithmeticDigits = arithmeticDigits;
        this.eigenDigits = eigenDigits;
        EntropyDigits = entropyDigits;
    }

    /// <summary>Entries trusted to <paramref name="digits"/> significant digits.</summary>
    public static ApproximateInput ForDigits(int digits)
    {
        Precision.RequireValid(digits, nameof(digits));
        var u = BigReal.FromRational(new Rational(1, BigInteger.Pow(10, digits)), 20);
        return new ApproximateInput($"{digits}-digit", u, null, digits, digits, digits);
    }

    /// <summary>
    /// Doubles, converted exactly (34 digits hold any double and the exact product of two); u = 2^-53 unless an
    /// explicit absolute <paramref name="tolerance"/> is given.
    /// </summary>
    public static ApproximateInput ForDoubles(double? tolerance)
    {
        if (tolerance is { } t && !(t >= 0 && double.IsFinite(t)))
            throw new ArgumentOutOfRangeException(nameof(tolerance), t, "An explicit tolerance must be finite and >= 0.");
        var u = BigReal.One.ScaleByPowerOfTwo(-53);
        string description = tolerance is null ? "double" : $"double, stated tolerance {Verdict.Format(tolerance.Value)}";
        return new ApproximateInput(description, u, tolerance, DoubleDigits, 20, 15);
    }

    /// <summary>Digits at which doubles are held: exact for every double and for the product of two.</summary>
    public const int DoubleDigits = 34;

    public Matrix<BigComplex> FromDoubles(Complex[,] m) => HighPrecision.ToBig(m, DoubleDigits);

    public override BigComplex Constant(Rational q) => BigComplex.FromRational(q, arithmeticDigits);

    public override BigComplex ImaginaryUnit => BigComplex.I;

    public override Complex ToComplex(BigComplex z) => z.ToComplex();

    /// <summary>tol = 4 n u max(1, scale), or the explicit absolute tolerance.</summary>
    public BigReal Tolerance(int n, double scale)
    {
        if (absoluteTolerance is { } t) return BigReal.FromDouble(t, 20);
        var s = BigReal.FromDouble(Math.Max(1.0, scale), 20);
        return BigReal.FromInteger(4 * n, 20) * unitRoundoff * s;
    }

    public override Measurement Largest(IEnumerable<BigComplex> deviations, int n, double scale)
    {
        var largest = BigReal.Zero;
        foreach (var z in deviations) largest = BigReal.Max(largest, z.Abs());
        var tolerance = Tolerance(n, scale);
        return new Measurement(largest <= tolerance, largest.ToDouble(), tolerance.ToDouble());
    }

    public override Measurement Negativity(Matrix<BigComplex> hermitian, double scale)
    {
        var least = HermitianEigensystem.Of(hermitian, eigenDigits).Values[0];
        // Stryker disable once Equality : at least == 0 both branches give zero (-0 is the same BigReal)
        var below = least.Sign < 0 ? -least : BigReal.Zero;
        var tolerance = Tolerance(hermitian.Rows, scale);
        return new Measurement(below <= tolerance, below.ToDouble(), tolerance.ToDouble());
    }

    public override Matrix<BigComplex> ToBig(Matrix<BigComplex> m) => m;

    public override ApproximateInput Rounded => this;

    /// <summary>delta = n^(3/2) tol: a trace-norm bound on how far an n x n input may be from the operator it stands for.</summary>
    public double TraceNormPerturbation(int n, double scale) => Math.Pow(n, 1.5) * Tolerance(n, scale).ToDouble();
}
