namespace QTherm.Reference.Numerics;

/// <summary>
/// The matrix exponential e^A by scaling and squaring with a Taylor polynomial (Moler and Van Loan, "Nineteen dubious
/// ways", method 3).
/// <para>
/// s is the smallest integer with ||A/2^s|| &lt;= 1/2 (induced infinity norm), X = A/2^s. The Taylor polynomial of
/// order m has remainder ||sum_{k&gt;m} X^k/k!|| &lt;= ||X||^(m+1)/(m+1)! * 1/(1 - ||X||/(m+2)); m is the smallest order
/// making this below 10^-w, w = digits + guard. The guard covers the rounding in the polynomial (log10 n + 10 digits),
/// the 2^s growth of the error in the squarings, and the worst-case amplification e^(2||A||) of an error in e^X
/// relative to ||e^A|| &gt;= e^(-||A||), so the result satisfies ||F - e^A|| &lt;= 10^-digits ||e^A|| (infinity norm).
/// Computed at w digits, then rounded to digits.
/// </para>
/// </summary>
public static class MatrixExponential
{
    public static Matrix<BigComplex> Of(Matrix<BigComplex> a, int digits)
    {
        ArgumentNullException.ThrowIfNull(a);
        Precision.RequireValid(digits, nameof(digits));
        if (!a.IsSquare)
            throw new ArgumentException($"The matrix exponential needs a square matrix, got {a.Rows}x{a.Cols}.", nameof(a));
        int n = a.Rows;
        double norm = HighPrecision.RowSumNorm(a, 20).ToDouble() * (1 + 1e-15);
        if (!(norm < 1e6)) throw new OverflowException($"||A|| = {norm:g6} is too large for the matrix exponential.");
        int s = norm <= 0.5 ? 0 : (int)Math.Ceiling(Math.Log2(norm / 0.5));
        double normX = norm / Math.Pow(2, s);
        int guard = 10 + (int)Math.Ceiling(Math.Log10(n) + s * Math.Log10(2) + 2 * norm * Math.Log10(Math.E));
        int w = Math.Min(digits + guard, Precision.MaxDigits);
        int order = TaylorOrder(normX, w);

        var x = a.Map(z => z.WithDigits(w)).Map(z => new BigComplex(z.Re.ScaleByPowerOfTwo(-s), z.Im.ScaleByPowerOfTwo(-s)));
        var f = TaylorPolynomial(x, order, w);
        for (int k = 0; k < s; k++) f = f * f;
        return f.Map(z => z.WithDigits(digits));
    }

    /// <summary>Smallest m with ||X||^(m+1)/(m+1)! / (1 - ||X||/(m+2)) &lt; 10^-w.</summary>
    internal static int TaylorOrder(double normX, int w)
    {
        if (normX == 0) return 0;
        double log10Target = -w;
        double log10Term = 0; // log10(||X||^(m+1)/(m+1)!) for m = 0: log10 ||X||
        for (int m = 0; ; m++)
        {
            log10Term += Math.Log10(normX) - Math.Log10(m + 1);
            double bound = log10Term - Math.Log10(1 - normX / (m + 2));
            if (bound < log10Target) return m;
        }
    }

    // Horner: I + X (I + X/2 (I + X/3 ( ... (I + X/m)))).
    private static Matrix<BigComplex> TaylorPolynomial(Matrix<BigComplex> x, int order, int w)
    {
        int n = x.Rows;
        var identity = Matrix<BigComplex>.Identity(n);
        var p = identity;
        for (int k = order; k >= 1; k--)
        {
            var scale = BigReal.FromRational(new Rational(1, k), w);
            p = identity + (x * p).Map(z => scale * z);
        }
        return p;
    }
}
