using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// Exact Gauss-Jordan elimination of a complex-rational matrix (optionally augmented by right-hand sides), done
/// fraction-free over the Gaussian integers Z[i] by Bareiss's rule. Each row is first multiplied by the least
/// common multiple of its entries' denominators and divided by its integer content. Step k, with pivot pi in row p
/// and previous pivot d, replaces every other row r by (pi r - r_c p) / d; the division is exact in Z[i]
/// (Sylvester's identity: every entry is then a minor of the integer matrix), so entries never grow beyond
/// Hadamard's bound. Measured alternatives (64x64 Lindblad generators, 2-core machine under load): dividing each
/// row by its integer content instead of d took 30-130 ms on a sparse three-qubit chain but over 100 s on a dense
/// complex one, because integer content cannot remove Gaussian-prime factors such as 1 + 2i; making rows primitive
/// in Z[i] (Gaussian gcd) took 14-21 s there. Bareiss: about 0.4-0.6 s sparse, 2 s dense.
/// Sparsity is used twice: zero entries are skipped in every update, and each pivot is the candidate row with the
/// fewest non-zero entries (a Markowitz-style choice). At the end every pivot row holds the same value (the last
/// pivot) in its pivot column and zeros in the other pivot columns.
/// </summary>
internal sealed class FractionFreeElimination
{
    private readonly GaussianInteger[][] rows;
    private readonly int eliminatedColumns;
    private readonly List<(int Row, int Column)> pivots = [];

    /// <summary>det(original square block) = determinantScale * det(integer block), from the initial row scaling.</summary>
    private ComplexRational determinantScale = ComplexRational.One;
    private readonly bool trackDeterminant;
    private GaussianInteger lastPivot = new(BigInteger.One, BigInteger.Zero);

    private FractionFreeElimination(Matrix<ComplexRational> a, Matrix<ComplexRational>? rhs, bool trackDeterminant)
    {
        this.trackDeterminant = trackDeterminant;
        eliminatedColumns = a.Cols;
        int width = a.Cols + (rhs?.Cols ?? 0);
        rows = new GaussianInteger[a.Rows][];
        for (int i = 0; i < a.Rows; i++)
        {
            var source = new ComplexRational[width];
            for (int j = 0; j < a.Cols; j++) source[j] = a[i, j];
            for (int j = a.Cols; j < width; j++) source[j] = rhs![i, j - a.Cols];
            var lcm = BigInteger.One;
            foreach (var z in source)
            {
                // Stryker disable once Statement : a zero entry has denominators 1 and lcm(x, 1) = x; skipping only saves work
                if (z.IsZero) continue;
                lcm = Lcm(Lcm(lcm, z.Re.Denominator), z.Im.Denominator);
            }
            var row = new GaussianInteger[width];
            for (int j = 0; j < width; j++)
                // Stryker disable once Conditional : Scaled(0, lcm) is the zero Gaussian integer, equal to default
                row[j] = source[j].IsZero ? default : GaussianInteger.Scaled(source[j], lcm);
            var content = DivideByContent(row);
            if (trackDeterminant) determinantScale *= new Rational(content, lcm);
            rows[i] = row;
        }
        Eliminate();
    }

    /// <summary>Eliminates the columns of <paramref name="a"/>; <paramref name="rhs"/> columns are carried along.</summary>
    public static FractionFreeElimination Run(Matrix<ComplexRational> a, Matrix<ComplexRational>? rhs = null, bool trackDeterminant = false)
    {
        if (rhs is not null && rhs.Rows != a.Rows)
            // Stryker disable once Statement,String : internal guard, unreachable through the public API (ExactLinearAlgebra.Solve checks b's rows first, Inverse passes Identity(a.Rows))
            throw new ArgumentException($"The right-hand side has {rhs.Rows} rows but A is {a.Rows}x{a.Cols}.", nameof(rhs));
        return new FractionFreeElimination(a, rhs, trackDeterminant);
    }

    public int Rank => pivots.Count;
    public IReadOnlyList<(int Row, int Column)> Pivots => pivots;
    public GaussianInteger Entry(int row, int col) => rows[row][col];
    public int RowCount => rows.Length;

    /// <summary>True when some row without a pivot has a non-zero right-hand side (the system has no solution).</summary>
    public bool IsInconsistent()
    {
        var pivotRows = new HashSet<int>(pivots.Select(p => p.Row));
        for (int i = 0; i < rows.Length; i++)
        {
            if (pivotRows.Contains(i)) continue;
            for (int j = eliminatedColumns; j < rows[i].Length; j++)
                if (!rows[i][j].IsZero) return true;
        }
        return false;
    }

    /// <summary>The determinant of the (square) eliminated block.</summary>
    public ComplexRational Determinant()
    {
        // Stryker disable once Statement,String : internal guard, unreachable through the public API (only ExactLinearAlgebra.Determinant calls Determinant(), with trackDeterminant: true)
        if (!trackDeterminant) throw new InvalidOperationException("The determinant was not tracked in this elimination.");
        if (rows.Length != eliminatedColumns)
            // Stryker disable once Statement,String : internal guard, unreachable through the public API (ExactLinearAlgebra.Determinant rejects non-square input first)
            throw new InvalidOperationException($"A determinant needs a square matrix, got {rows.Length}x{eliminatedColumns}.");
        if (Rank < rows.Length) return ComplexRational.Zero;
        // Bareiss: the last pivot is the determinant of the integer block with its rows in pivot order.
        var columnOfRow = new int[rows.Length];
        foreach (var (row, col) in pivots) columnOfRow[row] = col;
        return determinantScale * (PermutationSign(columnOfRow) * lastPivot.ToComplexRational());
    }

    private void Eliminate()
    {
        var used = new bool[rows.Length];
        var pivotSupport = new List<int>();
        for (int col = 0; col < eliminatedColumns; col++)
        {
            int pivotRow = ChoosePivot(col, used);
            if (pivotRow < 0) continue;
            used[pivotRow] = true;
            pivots.Add((pivotRow, col));
            var p = rows[pivotRow];
            pivotSupport.Clear();
            for (int j = 0; j < p.Length; j++)
                if (!p[j].IsZero) pivotSupport.Add(j);
            var pivot = p[col];
            for (int r = 0; r < rows.Length; r++)
                if (r != pivotRow) BareissUpdate(rows[r], p, col, pivot, pivotSupport);
            lastPivot = pivot;
        }
    }

    private int ChoosePivot(int col, bool[] used)
    {
        int best = -1;
        int bestCount = int.MaxValue;
        long bestSize = long.MaxValue;
        for (int r = 0; r < rows.Length; r++)
        {
            if (used[r] || rows[r][col].IsZero) continue;
            int count = 0;
            // Stryker disable once all : pivot choice (Markowitz-style sparsest row) affects only cost: the reduced echelon form, rank, solution and determinant are unique
            foreach (var z in rows[r]) if (!z.IsZero) count++;
            var pivot = rows[r][col];
            // Stryker disable once Arithmetic : tie-break on pivot size affects only cost, not the unique reduced echelon form
            long size = pivot.Re.GetBitLength() + pivot.Im.GetBitLength();
            // Stryker disable once Equality,Logical : pivot choice affects only cost: the reduced echelon form, rank, solution and determinant are unique
            if (count < bestCount || (count == bestCount && size < bestSize))
            {
                best = r;
                bestCount = count;
                bestSize = size;
            }
        }
        return best;
    }

    /// <summary>r &lt;- (pi r - r_col p) / d with d the previous pivot; exact in Z[i].</summary>
    private void BareissUpdate(GaussianInteger[] r, GaussianInteger[] p, int col, GaussianInteger pivot, List<int> pivotSupport)
    {
        var a = r[col];
        bool unchangedScale = pivot.Re == lastPivot.Re && pivot.Im == lastPivot.Im;
        // Stryker disable once Statement : with a == 0 and pivot == last pivot the update is r <- pivot r / pivot = r; the early return only saves work
        if (a.IsZero && unchangedScale) return;
        bool pivotIsOne = pivot.Im.IsZero && pivot.Re.IsOne;
        for (int j = 0; j < r.Length; j++)
            // Stryker disable once Logical : multiplying a zero entry or multiplying by 1 leaves it unchanged
            if (!r[j].IsZero && !pivotIsOne) r[j] = pivot * r[j];
        if (!a.IsZero)
            foreach (int j in pivotSupport) r[j] -= a * p[j];
        r[col] = default;
        // Stryker disable once Statement : dividing exactly by 1 is the identity; the early return only saves work
        if (lastPivot.Im.IsZero && lastPivot.Re.IsOne) return;
        for (int j = 0; j < r.Length; j++)
            if (!r[j].IsZero) r[j] = r[j].DivideExactly(lastPivot);
    }

    /// <summary>Divides a row by the gcd of all its integer parts (returns the divisor; 1 for a zero row).</summary>
    private static BigInteger DivideByContent(GaussianInteger[] row)
    {
        var g = BigInteger.Zero;
        foreach (var z in row)
        {
            // Stryker disable once all : gcd(g, 0) = g, and a row left undivided (content 1) is consistent with the determinant scale; content removal only bounds entry size
            if (z.IsZero) continue;
            g = Gcd(Gcd(g, z.Re), z.Im);
            if (g.IsOne) return g;
        }
        // Stryker disable once all : g == 1 returned above; a zero row (g == 0) has nothing to divide and makes the rank deficient, so det returns 0 before the scale is used; skipping the division for g > 1 keeps scale and row consistent
        if (g.IsZero || g.IsOne) return BigInteger.One;
        for (int j = 0; j < row.Length; j++)
            if (!row[j].IsZero) row[j] = row[j].DivideExactly(g);
        return g;
    }

    private static BigInteger Gcd(BigInteger a, BigInteger b) => BigInteger.GreatestCommonDivisor(a, b);

    private static BigInteger Lcm(BigInteger a, BigInteger b) =>
        // Stryker disable once Conditional,Arithmetic : lcm(1, b) = b and lcm(a, 1) = a by the gcd formula too (shortcuts only save work); any common multiple such as a gcd(a, b) b gives an integer row, and content division plus exact Bareiss steps give the same results
        a.IsOne ? b : b.IsOne ? a : a / BigInteger.GreatestCommonDivisor(a, b) * b;

    private static int PermutationSign(int[] permutation)
    {
        var seen = new bool[permutation.Length];
        int sign = 1;
        for (int start = 0; start < permutation.Length; start++)
        {
            if (seen[start]) continue;
            int length = 0;
            // Stryker disable once Update : counting the cycle length down gives -length, and C#'s % keeps parity (-2 % 2 == 0, -1 % 2 == -1)
            for (int k = start; !seen[k]; k = permutation[k]) { seen[k] = true; length++; }
            if (length % 2 == 0) sign = -sign;
        }
        return sign;
    }
}
