using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// The steady state L(rho_ss) = 0 of a generator on vec(rho): the null space by Gauss-Jordan elimination (exact for
/// rational generators, pivoted at working precision otherwise, an entry below 10^-(digits - 10) of the largest counting as zero), normalised to unit trace, with its validity as a
/// state reported (never hidden). Seed 002_3d1265a9cee6337c.txt, Sec. 3 (steady-state solution).
/// </summary>
public sealed record SteadyState<T>(Matrix<T> Density, int NullSpaceDimension, DensityMatrixValidity Validity) where T : struct, IField<T>
{
    public static SteadyState<T> Of(Matrix<T> generator, IScalarContext<T> scalars)
    {
        int n = generator.Rows, d = (int)Math.Round(Math.Sqrt(n));
        if (d * d != n || !generator.IsSquare) throw new ArgumentException("A generator on vec(rho) is n^2 x n^2.", nameof(generator));
        var a = generator.ToRowMajorArray();
        double scale = a.Max(scalars.PivotSize);
        double threshold = scalars is HighPrecisionScalars hp ? scale * hp.RelativePivotTolerance : 0;
        var pivotColumns = new List<int>();
        int row = 0;
        // Stryker disable once Equality : with row == n the pivot search over rows row..n-1 is empty, so every further column is skipped either way
        for (int col = 0; col < n && row < n; col++)
        {
            int best = -1;
            double bestSize = threshold;
            for (int r = row; r < n; r++)
            {
                var size = scalars.PivotSize(a[r * n + col]);
                if (size > bestSize) { bestSize = size; best = r; }
            }
            if (best < 0) continue;
            if (best != row)
                for (int c = 0; c < n; c++) (a[row * n + c], a[best * n + c]) = (a[best * n + c], a[row * n + c]);
            var pivot = a[row * n + col];
            for (int c = 0; c < n; c++) a[row * n + c] /= pivot;
            for (int r = 0; r < n; r++)
            {
                if (r == row) continue;
                var factor = a[r * n + col];
                // Stryker disable once Statement : subtracting a zero multiple of the pivot row changes nothing (the skip only saves work)
                if (factor.IsZero) continue;
                for (int c = 0; c < n; c++) a[r * n + c] -= factor * a[row * n + c];
            }
            pivotColumns.Add(col);
            row++;
        }
        var free = Enumerable.Range(0, n).Except(pivotColumns).ToList();
        if (free.Count == 0) throw new InvalidOperationException("The generator has no steady state (full rank): it is not trace preserving.");
        // The null vector with the first free variable = 1 and the others 0.
        var x = new T[n];
        x[free[0]] = T.One;
        for (int r = 0; r < pivotColumns.Count; r++) x[pivotColumns[r]] = -a[r * n + free[0]];
        var rho = Matrix<T>.UnvecColumns(Matrix<T>.Create(n, 1, (i, _) => x[i]), d, d);
        var trace = rho.Trace();
        if (scalars.IsNegligible(trace)) throw new InvalidOperationException("The null vector found is traceless: no normalisable steady state in that direction.");
        rho = rho.Scale(T.One / trace);
        return new(rho, free.Count, DensityMatrixValidity.Of(rho, scalars));
    }

    /// <summary>True when the steady state is unique and a valid density matrix.</summary>
    public bool IsUniqueValidState => NullSpaceDimension == 1 && Validity.IsValid;
}
