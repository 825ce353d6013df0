namespace QTherm.Reference.Numerics;

/// <summary>
/// Exact test of positive semidefiniteness for Hermitian complex-rational matrices, without floating point:
/// symmetric Gaussian elimination (an LDL^dagger factorisation with diagonal pivots in natural order).
/// H is PSD iff every pivot is &gt;= 0 and every zero pivot has an all-zero remaining row. A failing pivot yields
/// an exact witness v with v^dagger H v &lt; 0, mapped back through the earlier elimination steps.
/// </summary>
public static class ExactPositivity
{
    /// <summary>True when the Hermitian matrix <paramref name="h"/> is positive semidefinite (exact).</summary>
    public static bool IsPositiveSemidefinite(Matrix<ComplexRational> h) => Check(h).IsPsd;

    /// <summary>Decides whether <paramref name="h"/> is PSD and, if it is not, returns a witness vector.</summary>
    public static PositivityCheck Check(Matrix<ComplexRational> h)
    {
        ArgumentNullException.ThrowIfNull(h);
        if (!h.IsSquare)
            throw new ArgumentException($"A positivity test needs a square Hermitian matrix, got {h.Rows}x{h.Cols}.", nameof(h));
        if (!h.IsHermitian())
            throw new ArgumentException($"A positivity test needs a Hermitian matrix; this {h.Rows}x{h.Cols} matrix differs from its adjoint.", nameof(h));

        int n = h.Rows;
        var m = h.ToRowMajorArray();
        // pivotRows[k] holds row k of the Schur complement at step k (entries j > k) when its pivot was positive.
        var pivots = new Rational[n];
        var pivotRows = new ComplexRational[n][];
        int positive = 0, zero = 0;
        for (int k = 0; k < n; k++)
        {
            var d = m[k * n + k].Re;
            if (d.Sign < 0)
            {
                var w = new ComplexRational[n];
                // Stryker disable once Statement : default(ComplexRational) is ComplexRational.Zero
                Array.Fill(w, ComplexRational.Zero);
                w[k] = ComplexRational.One;
                return Fail(h, k, w, pivots, pivotRows, $"pivot {k} of the symmetric elimination is {d} < 0");
            }
            if (d.IsZero)
            {
                int j = k + 1;
                while (j < n && m[k * n + j].IsZero) j++;
                if (j < n)
                {
                    // On the 2x2 block [[0, b], [conj b, c]]: v = (-(c + 1) b / (2 |b|^2), 1) gives v^dagger M v = -1.
                    var b = m[k * n + j];
                    var c = m[j * n + j].Re;
                    var w = new ComplexRational[n];
                    // Stryker disable once Statement : default(ComplexRational) is ComplexRational.Zero
                    Array.Fill(w, ComplexRational.Zero);
                    w[j] = ComplexRational.One;
                    w[k] = -(c + 1) * b / (2 * b.NormSquared);
                    return Fail(h, k, w, pivots, pivotRows,
                        $"pivot {k} of the symmetric elimination is 0 while entry ({k}, {j}) of the remaining block is {b}");
                }
                zero++;
                continue;
            }
            positive++;
            pivots[k] = d;
            var row = new ComplexRational[n];
            // Stryker disable once Statement : default(ComplexRational) is ComplexRational.Zero, and only entries j > k are ever read
            Array.Fill(row, ComplexRational.Zero);
            for (int j = k + 1; j < n; j++) row[j] = m[k * n + j];
            pivotRows[k] = row;
            // Schur complement: M_ij -= M_ik M_kj / d for i, j > k (only the needed, non-zero products).
            for (int i = k + 1; i < n; i++)
            {
                var mik = m[i * n + k];
                // Stryker disable once Statement : a zero M_ik gives factor 0 and subtracts 0; skipping only saves work
                if (mik.IsZero) continue;
                var factor = mik / d;
                for (int j = k + 1; j < n; j++)
                {
                    var mkj = row[j];
                    if (!mkj.IsZero) m[i * n + j] -= factor * mkj;
                }
            }
        }
        return new PositivityCheck(true, null, null,
            $"all {n} pivots of the symmetric elimination are >= 0 ({positive} positive, {zero} zero with zero rows)");
    }

    /// <summary>
    /// Lifts a witness w on the block of indices &gt;= <paramref name="step"/> through the earlier steps:
    /// x_k = -(1/d_k) sum_j M^(k)_kj x_j after a positive pivot, x_k = 0 after a zero one; then x^dagger H x equals
    /// the block's form at w. The value is recomputed from <paramref name="h"/> itself and must be negative.
    /// </summary>
    private static PositivityCheck Fail(Matrix<ComplexRational> h, int step, ComplexRational[] w,
        Rational[] pivots, ComplexRational[][] pivotRows, string reason)
    {
        int n = w.Length;
        for (int k = step - 1; k >= 0; k--)
        {
            if (pivotRows[k] is null) continue;
            var sum = ComplexRational.Zero;
            for (int j = k + 1; j < n; j++)
                // Stryker disable once Logical : a product with a zero factor adds 0 to the sum
                if (!pivotRows[k][j].IsZero && !w[j].IsZero) sum += pivotRows[k][j] * w[j];
            w[k] = -sum / pivots[k];
        }
        var v = Matrix<ComplexRational>.Column(w);
        var value = (v.Adjoint() * h * v)[0, 0];
        // Stryker disable once all : internal-error guard; the lifted witness satisfies x^dagger H x = (block form at w) < 0 by construction (see summary), so valid input never reaches it
        if (!value.IsReal || value.Re.Sign >= 0)
            throw new InvalidOperationException($"Internal error: the positivity witness gives v^dagger H v = {value}, not < 0.");
        return new PositivityCheck(false, v, value.Re, reason);
    }
}
