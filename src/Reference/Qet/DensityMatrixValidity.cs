using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Whether a matrix is a density matrix: Hermitian, unit trace, positive semidefinite. Positivity is decided by all
/// principal minors (a Hermitian matrix is PSD iff every principal minor is &gt;= 0), exactly for exact scalars and to the
/// working precision otherwise. The most negative principal minor is reported, never hidden.
/// </summary>
public sealed record DensityMatrixValidity(bool IsHermitian, bool HasUnitTrace, bool IsPositiveSemidefinite, BigReal MostNegativeMinor, BigReal TraceDeviation)
{
    public bool IsValid => IsHermitian && HasUnitTrace && IsPositiveSemidefinite;

    public static DensityMatrixValidity Of<T>(Matrix<T> rho, IScalarContext<T> scalars) where T : struct, IField<T>
    {
        if (!rho.IsSquare || rho.Rows > 8) throw new ArgumentException("Principal-minor positivity is meant for small density matrices (n <= 8).", nameof(rho));
        int n = rho.Rows;
        bool hermitian = true;
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
                if (!scalars.IsNegligible(rho[i, j] - rho[j, i].Conjugate())) hermitian = false;
        var traceDeviation = scalars.RealPart(rho.Trace() - T.One);
        bool unitTrace = scalars.IsNegligible(rho.Trace() - T.One);
        var mostNegative = BigReal.Zero;
        for (int mask = 1; mask < 1 << n; mask++)
        {
            var idx = Enumerable.Range(0, n).Where(k => (mask >> k & 1) == 1).ToArray();
            var minor = scalars.RealPart(Determinant(Matrix<T>.Create(idx.Length, idx.Length, (r, c) => rho[idx[r], idx[c]])));
            // Stryker disable once Equality : on equality both branches keep the same value
            if (minor < mostNegative) mostNegative = minor;
        }
        // Stryker disable once Equality : mostNegative starts at 0 and never rises, so Sign >= 0 and Sign > 0 differ only at 0, which IsNegligible accepts
        bool psd = mostNegative.Sign >= 0 || scalars.IsNegligible(mostNegative);
        return new(hermitian, unitTrace, psd, mostNegative, traceDeviation);
    }

    /// <summary>Determinant by Laplace expansion along the first row (small matrices only).</summary>
    public static T Determinant<T>(Matrix<T> m) where T : struct, IField<T>
    {
        int n = m.Rows;
        if (n == 1) return m[0, 0];
        if (n == 2) return m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0];
        var sum = T.Zero;
        for (int j = 0; j < n; j++)
        {
            // Stryker disable once Statement : skipping a zero entry only saves work (its term is zero)
            if (m[0, j].IsZero) continue;
            var sub = Matrix<T>.Create(n - 1, n - 1, (r, c) => m[r + 1, c < j ? c : c + 1]);
            var term = m[0, j] * Determinant(sub);
            sum = j % 2 == 0 ? sum + term : sum - term;
        }
        return sum;
    }
}
