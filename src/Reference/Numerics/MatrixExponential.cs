using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// The matrix exponential e^A by scaling and squaring with a Taylor polynomial (Moler and Van Loan, "Nineteen dubious
/// ways to compute the exponential of a matrix", SIAM Rev. 20 (1978), method 3), the polynomial evaluated by
/// Paterson-Stockmeyer (about 2 sqrt(m) matrix products for order m).
/// <para>
/// s is the smallest integer with ||A/2^s|| &lt;= 1/2 (induced infinity norm, max row sum), X = A/2^s. The Taylor
/// polynomial of order m has remainder ||sum_{k&gt;m} X^k/k!|| &lt;= ||X||^(m+1)/(m+1)! * 1/(1 - ||X||/(m+2)); m is the
/// smallest order making this below 10^-w, w = digits + guard. The guard digits cover the rounding in the polynomial
/// (log10 n + 10 digits), the 2^s growth of an error through the squarings, and the worst-case amplification
/// e^(2||A||) of an error in e^X relative to ||e^A|| &gt;= e^(-||A||); so the result satisfies
/// ||F - e^A|| &lt;= 10^-digits ||e^A|| (infinity norm), before the final rounding of each entry to digits.
/// The cost therefore grows with ||A|| (about 0.87 ||A|| extra digits); use <see cref="HermitianFunction"/> for
/// exponentials of Hermitian matrices with a large norm.
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
        double norm = RowSumNormBound(a);
        if (!(norm < 1e5))
            throw new ArgumentOutOfRangeException(nameof(a), norm, "The matrix exponential needs ||A||_inf below 1e5.");
        // Stryker disable once Equality : at norm == 0.5 both branches give s = 0 (log2(0.5/0.5) = 0)
        int s = norm <= 0.5 ? 0 : (int)Math.Ceiling(Math.Log2(norm / 0.5));
        double normX = norm / Math.Pow(2, s);
        // Stryker disable once Arithmetic : guard digits are a sum of worst-case bounds; two mutants only enlarge it (speed), the third lowers it by 0.6 s digits (s <= 18), covered by the constant 10-digit margin and the 0.87 ||A|| >= 0.2 2^s digits of worst-case e^(2||A||) amplification, which is never tight together with the 2^s squaring growth
        int guard = 10 + (int)Math.Ceiling(Math.Log10(n) + s * Math.Log10(2) + 2 * norm * Math.Log10(Math.E));
        int w = Math.Min(digits + guard, Precision.MaxDigits);
        // Stryker disable once Arithmetic : w >= digits + 10 already; dropping 32 bits (~10 digits) or 16 + 2 log2 n bits still leaves >= digits + 5 digits for ~sqrt(order) + s products
        int bits = Precision.BitsFor(w) + (int)Math.Ceiling(Math.Log2(n)) + 16;
        int order = TaylorOrder(normX, w);

        long topMax = 1;
        foreach (var z in a.AsSpan())
        {
            // Stryker disable once Unary,Linq : topMax (>= 1; int.MinValue for a zero entry) only sets the fraction bits bits - topMax of the input; these mutants only lower it, keeping more bits, and Normalised(bits) rounds to the same precision next
            if (!z.Re.IsZero) topMax = Math.Max(topMax, z.Re.TopExponent);
            // Stryker disable once Unary,Linq : topMax (>= 1; int.MinValue for a zero entry) only sets the fraction bits bits - topMax of the input; these mutants only lower it, keeping more bits, and Normalised(bits) rounds to the same precision next
            if (!z.Im.IsZero) topMax = Math.Max(topMax, z.Im.TopExponent);
        }
        // Stryker disable once Arithmetic : topMax >= 1, so bits + topMax keeps more input bits than bits - topMax; Normalised(bits) rounds to the same precision next
        var scaled = BlockFloatingMatrix.FromBig(a, bits - (int)topMax);
        var x = new BlockFloatingMatrix(n, scaled.Re, scaled.Im, scaled.Exponent - s).Normalised(bits);
        var f = TaylorPolynomial(x, order, bits);
        for (int k = 0; k < s; k++) f = BlockFloatingMatrix.Multiply(f, f, bits);
        return f.ToBig(digits);
    }

    /// <summary>An upper bound on max_i sum_j |a_ij| (double arithmetic with a relative safety margin).</summary>
    private static double RowSumNormBound(Matrix<BigComplex> a)
    {
        double max = 0;
        for (int i = 0; i < a.Rows; i++)
        {
            double sum = 0;
            for (int j = 0; j < a.Cols; j++)
            {
                var z = a[i, j];
                sum += Math.Abs(z.Re.ToDouble()) + Math.Abs(z.Im.ToDouble());
            }
            max = Math.Max(max, sum);
        }
        return max * (1 + 1e-10);
    }

    /// <summary>Smallest m with ||X||^(m+1)/(m+1)! / (1 - ||X||/(m+2)) &lt; 10^-w.</summary>
    internal static int TaylorOrder(double normX, int w)
    {
        if (normX == 0) return 0;
        double log10Term = 0;
        for (int m = 0; ; m++)
        {
            log10Term += Math.Log10(normX) - Math.Log10(m + 1); // log10(||X||^(m+1)/(m+1)!)
            double bound = log10Term - Math.Log10(1 - normX / (m + 2));
            // Stryker disable once Equality : bound is a sum of logarithms of non-powers of ten (irrational), never exactly the integer -w
            if (bound < -w) return m;
        }
    }

    // Paterson-Stockmeyer: with q ~ sqrt(m), p(X) = sum_j (X^q)^j B_j, B_j = sum_{i<q} X^i / (jq+i)!, Horner in X^q.
    private static BlockFloatingMatrix TaylorPolynomial(BlockFloatingMatrix x, int order, int bits)
    {
        int n = x.N;
        // Stryker disable once Linq,Arithmetic : any block size q >= 1 gives the same polynomial sum_k X^k/k! (Paterson-Stockmeyer only regroups it); q changes the number of products, i.e. speed
        int q = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(order + 1)));
        var powers = new BlockFloatingMatrix[q + 1];
        powers[0] = BlockFloatingMatrix.Identity(n, bits);
        // Stryker disable once Equality : q = 1 only for order 0 (A = 0), where no Horner step reads powers[q]
        if (q >= 1) powers[1] = x;
        for (int i = 2; i <= q; i++) powers[i] = BlockFloatingMatrix.Multiply(powers[i - 1], x, bits);
        // Stryker disable once Arithmetic : 1/k! with bits - 16 fraction bits still has error below order 2^-(bits-16) ~ 2^-(p(w)-6), far below 10^-digits with w >= digits + 10
        int coefficientBits = bits + 16;
        var one = BigInteger.One << coefficientBits;
        var factorial = BigInteger.One;
        var coefficients = new BigInteger[order + 1];
        for (int k = 0; k <= order; k++)
        {
            if (k > 0) factorial *= k;
            coefficients[k] = one / factorial;
        }
        BlockFloatingMatrix Block(int j)
        {
            BlockFloatingMatrix? sum = null;
            for (int i = 0; i < q && j * q + i <= order; i++)
            {
                var term = powers[i].Scale(coefficients[j * q + i], -coefficientBits, bits);
                sum = sum is null ? term : BlockFloatingMatrix.Add(sum, term, bits);
            }
            return sum!;
        }
        int blocks = order / q;
        var result = Block(blocks);
        for (int j = blocks - 1; j >= 0; j--)
            result = BlockFloatingMatrix.Add(BlockFloatingMatrix.Multiply(result, powers[q], bits), Block(j), bits);
        return result;
    }
}
