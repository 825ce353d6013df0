namespace QTherm.Reference.Numerics;

/// <summary>
/// Exact linear algebra over complex rationals: solutions, null spaces, rank, determinant and inverse, all by
/// fraction-free Gauss-Jordan elimination over the Gaussian integers (see <see cref="FractionFreeElimination"/>).
/// Steady states of Lindblad generators with rational rates are the null spaces computed here.
/// </summary>
public static class ExactLinearAlgebra
{
    /// <summary>
    /// The unique X with A X = B (B may hold several right-hand sides as columns). Throws
    /// <see cref="InvalidOperationException"/> when A has dependent columns (the solution is not unique) or when
    /// B is not in A's column space (no solution); the message names both shapes and A's rank.
    /// </summary>
    public static Matrix<ComplexRational> Solve(Matrix<ComplexRational> a, Matrix<ComplexRational> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (b.Rows != a.Rows)
            throw new ArgumentException(
                $"Solve(A, b) needs b to have as many rows as A: A is {a.Rows}x{a.Cols}, b is {b.Rows}x{b.Cols}.", nameof(b));
        var elimination = FractionFreeElimination.Run(a, b);
        if (elimination.IsInconsistent())
            throw new InvalidOperationException(
                $"A x = b has no solution: b ({b.Rows}x{b.Cols}) is not in the column space of A ({a.Rows}x{a.Cols}, rank {elimination.Rank}).");
        if (elimination.Rank < a.Cols)
            throw new InvalidOperationException(
                $"A x = b has no unique solution: A ({a.Rows}x{a.Cols}) is singular, rank {elimination.Rank} < {a.Cols} columns " +
                $"(its null space has dimension {a.Cols - elimination.Rank}); b is {b.Rows}x{b.Cols}.");
        return ReadSolution(elimination, a.Cols, b.Cols);
    }

    private static Matrix<ComplexRational> ReadSolution(FractionFreeElimination elimination, int unknowns, int rightHandSides)
    {
        var x = new ComplexRational[unknowns * rightHandSides];
        foreach (var (row, col) in elimination.Pivots)
        {
            var pivot = elimination.Entry(row, col).ToComplexRational();
            for (int k = 0; k < rightHandSides; k++)
                x[col * rightHandSides + k] = elimination.Entry(row, unknowns + k).ToComplexRational() / pivot;
        }
        return Matrix<ComplexRational>.FromRowMajor(unknowns, rightHandSides, x);
    }

    /// <summary>
    /// A basis of {v : A v = 0} as column vectors, one per free column f of the reduced row echelon form of A,
    /// normalised so that v_f = 1 and v vanishes on the other free columns. Empty when A has full column rank.
    /// </summary>
    public static IReadOnlyList<Matrix<ComplexRational>> NullSpace(Matrix<ComplexRational> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var elimination = FractionFreeElimination.Run(a);
        var isPivotColumn = new bool[a.Cols];
        foreach (var (_, col) in elimination.Pivots) isPivotColumn[col] = true;
        var basis = new List<Matrix<ComplexRational>>();
        for (int free = 0; free < a.Cols; free++)
        {
            if (isPivotColumn[free]) continue;
            var v = new ComplexRational[a.Cols];
            // Stryker disable once Statement : default(ComplexRational) is ComplexRational.Zero, so the fill only documents the intent
            Array.Fill(v, ComplexRational.Zero);
            v[free] = ComplexRational.One;
            foreach (var (row, col) in elimination.Pivots)
            {
                var entry = elimination.Entry(row, free);
                // Stryker disable once Statement : a zero entry gives v[col] = -0 / pivot = 0, the value already there; skipping saves a division
                if (entry.IsZero) continue;
                v[col] = -entry.ToComplexRational() / elimination.Entry(row, col).ToComplexRational();
            }
            basis.Add(Matrix<ComplexRational>.Column(v));
        }
        return basis;
    }

    /// <summary>The rank of A (dimension of its column space), exactly.</summary>
    public static int Rank(Matrix<ComplexRational> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return FractionFreeElimination.Run(a).Rank;
    }

    /// <summary>det A, exactly.</summary>
    public static ComplexRational Determinant(Matrix<ComplexRational> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (!a.IsSquare) throw new ArgumentException($"A determinant needs a square matrix, got {a.Rows}x{a.Cols}.", nameof(a));
        return FractionFreeElimination.Run(a, trackDeterminant: true).Determinant();
    }

    /// <summary>A^-1, exactly; throws <see cref="InvalidOperationException"/> naming the rank when A is singular.</summary>
    public static Matrix<ComplexRational> Inverse(Matrix<ComplexRational> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (!a.IsSquare) throw new ArgumentException($"An inverse needs a square matrix, got {a.Rows}x{a.Cols}.", nameof(a));
        var elimination = FractionFreeElimination.Run(a, Matrix<ComplexRational>.Identity(a.Rows));
        if (elimination.Rank < a.Rows)
            throw new InvalidOperationException($"A ({a.Rows}x{a.Cols}) is singular (rank {elimination.Rank}) and has no inverse.");
        return ReadSolution(elimination, a.Cols, a.Rows);
    }
}
