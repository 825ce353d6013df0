using System.Text;

namespace QTherm.Reference.Numerics;

/// <summary>
/// An immutable dense matrix over a field <typeparamref name="T"/>, stored row-major.
/// Tensor-product conventions: in <c>Kron(A, B)</c> the first factor is the most significant index,
/// so basis |ab&gt; of a two-qubit space is ordered |00&gt;, |01&gt;, |10&gt;, |11&gt;.
/// </summary>
public sealed class Matrix<T> : IEquatable<Matrix<T>> where T : struct, IField<T>
{
    private readonly T[] entries;

    public int Rows { get; }
    public int Cols { get; }
    public bool IsSquare => Rows == Cols;

    private Matrix(int rows, int cols, T[] entries)
    {
        Rows = rows;
        Cols = cols;
        this.entries = entries;
    }

    public T this[int row, int col]
    {
        get
        {
            if ((uint)row >= (uint)Rows || (uint)col >= (uint)Cols)
                throw new ArgumentOutOfRangeException(nameof(row), $"Entry ({row}, {col}) is outside a {Rows}x{Cols} matrix.");
            return entries[row * Cols + col];
        }
    }

    public static Matrix<T> Create(int rows, int cols, Func<int, int, T> entry)
    {
        if (rows <= 0) throw new ArgumentOutOfRangeException(nameof(rows), rows, "A matrix needs at least one row.");
        if (cols <= 0) throw new ArgumentOutOfRangeException(nameof(cols), cols, "A matrix needs at least one column.");
        var data = new T[rows * cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                data[i * cols + j] = entry(i, j);
        return new Matrix<T>(rows, cols, data);
    }

    /// <summary>Builds a matrix from rows given as arrays (all of the same length).</summary>
    public static Matrix<T> FromRows(params T[][] rows)
    {
        if (rows.Length == 0) throw new ArgumentException("A matrix needs at least one row.", nameof(rows));
        int cols = rows[0].Length;
        for (int i = 0; i < rows.Length; i++)
            if (rows[i].Length != cols)
                throw new ArgumentException($"Row {i} has {rows[i].Length} entries; row 0 has {cols}.", nameof(rows));
        return Create(rows.Length, cols, (i, j) => rows[i][j]);
    }

    /// <summary>Wraps a row-major array (copied).</summary>
    public static Matrix<T> FromRowMajor(int rows, int cols, ReadOnlySpan<T> data)
    {
        if (data.Length != rows * cols)
            throw new ArgumentException($"{data.Length} entries cannot fill a {rows}x{cols} matrix.", nameof(data));
        return new Matrix<T>(rows, cols, data.ToArray());
    }

    public static Matrix<T> Zero(int rows, int cols) => Create(rows, cols, (_, _) => T.Zero);
    public static Matrix<T> Identity(int n) => Create(n, n, (i, j) => i == j ? T.One : T.Zero);
    public static Matrix<T> Diagonal(params T[] diagonal) =>
        Create(diagonal.Length, diagonal.Length, (i, j) => i == j ? diagonal[i] : T.Zero);

    /// <summary>|i&gt;&lt;j| in dimension n.</summary>
    public static Matrix<T> Unit(int n, int i, int j) => Create(n, n, (r, c) => r == i && c == j ? T.One : T.Zero);

    /// <summary>The column vector |v&gt; as an n x 1 matrix.</summary>
    public static Matrix<T> Column(params T[] v) => Create(v.Length, 1, (i, _) => v[i]);

    /// <summary>The projector |v&gt;&lt;v| (not normalised).</summary>
    public static Matrix<T> Projector(params T[] v) => Create(v.Length, v.Length, (i, j) => v[i] * v[j].Conjugate());

    public T[] ToRowMajorArray() => (T[])entries.Clone();
    public ReadOnlySpan<T> AsSpan() => entries;

    public Matrix<TOut> Map<TOut>(Func<T, TOut> f) where TOut : struct, IField<TOut>
    {
        var data = new TOut[entries.Length];
        for (int k = 0; k < data.Length; k++) data[k] = f(entries[k]);
        return Matrix<TOut>.FromRowMajor(Rows, Cols, data);
    }

    private void RequireSameShape(Matrix<T> other, string operation)
    {
        if (Rows != other.Rows || Cols != other.Cols)
            throw new ArgumentException($"{operation} needs equal shapes, got {Rows}x{Cols} and {other.Rows}x{other.Cols}.");
    }

    private void RequireSquare(string operation)
    {
        if (!IsSquare) throw new InvalidOperationException($"{operation} needs a square matrix, got {Rows}x{Cols}.");
    }

    public static Matrix<T> operator +(Matrix<T> a, Matrix<T> b)
    {
        a.RequireSameShape(b, "Matrix sum");
        var data = new T[a.entries.Length];
        for (int k = 0; k < data.Length; k++) data[k] = a.entries[k] + b.entries[k];
        return new Matrix<T>(a.Rows, a.Cols, data);
    }

    public static Matrix<T> operator -(Matrix<T> a, Matrix<T> b)
    {
        a.RequireSameShape(b, "Matrix difference");
        var data = new T[a.entries.Length];
        for (int k = 0; k < data.Length; k++) data[k] = a.entries[k] - b.entries[k];
        return new Matrix<T>(a.Rows, a.Cols, data);
    }

    public static Matrix<T> operator -(Matrix<T> a) => a.Scale(-T.One);
    public static Matrix<T> operator *(T s, Matrix<T> a) => a.Scale(s);
    public static Matrix<T> operator *(Matrix<T> a, T s) => a.Scale(s);

    public Matrix<T> Scale(T s)
    {
        var data = new T[entries.Length];
        for (int k = 0; k < data.Length; k++) data[k] = s * entries[k];
        return new Matrix<T>(Rows, Cols, data);
    }

    public static Matrix<T> operator *(Matrix<T> a, Matrix<T> b)
    {
        if (a.Cols != b.Rows)
            throw new ArgumentException($"Matrix product needs inner dimensions to agree, got {a.Rows}x{a.Cols} times {b.Rows}x{b.Cols}.");
        var data = new T[a.Rows * b.Cols];
        // default(T) need not be T.Zero (a precision-carrying scalar may use it as "no precision").
        Array.Fill(data, T.Zero);
        for (int i = 0; i < a.Rows; i++)
        {
            for (int k = 0; k < a.Cols; k++)
            {
                var aik = a.entries[i * a.Cols + k];
                if (aik.IsZero) continue;
                int bRow = k * b.Cols, row = i * b.Cols;
                for (int j = 0; j < b.Cols; j++)
                {
                    var bkj = b.entries[bRow + j];
                    if (!bkj.IsZero) data[row + j] += aik * bkj;
                }
            }
        }
        return new Matrix<T>(a.Rows, b.Cols, data);
    }

    public Matrix<T> Transpose() => Create(Cols, Rows, (i, j) => entries[j * Cols + i]);

    /// <summary>The conjugate transpose A^dagger.</summary>
    public Matrix<T> Adjoint() => Create(Cols, Rows, (i, j) => entries[j * Cols + i].Conjugate());

    public T Trace()
    {
        RequireSquare("Trace");
        var sum = T.Zero;
        for (int i = 0; i < Rows; i++) sum += entries[i * Cols + i];
        return sum;
    }

    /// <summary>The Kronecker (tensor) product A (x) B, A the most significant factor.</summary>
    public Matrix<T> Kron(Matrix<T> b)
    {
        var a = this;
        return Create(a.Rows * b.Rows, a.Cols * b.Cols,
            (i, j) => a.entries[(i / b.Rows) * a.Cols + j / b.Cols] * b.entries[(i % b.Rows) * b.Cols + j % b.Cols]);
    }

    /// <summary>A_1 (x) A_2 (x) ... with the first factor the most significant.</summary>
    public static Matrix<T> KronAll(params Matrix<T>[] factors)
    {
        if (factors.Length == 0) throw new ArgumentException("A tensor product needs at least one factor.", nameof(factors));
        var result = factors[0];
        for (int k = 1; k < factors.Length; k++) result = result.Kron(factors[k]);
        return result;
    }

    /// <summary>
    /// The partial trace over factor <paramref name="traceOut"/> of a square operator on the tensor product
    /// of spaces with dimensions <paramref name="dims"/> (first factor most significant).
    /// </summary>
    public Matrix<T> PartialTrace(IReadOnlyList<int> dims, int traceOut)
    {
        RequireSquare("Partial trace");
        if (dims.Count == 0) throw new ArgumentException("dims must name at least one factor.", nameof(dims));
        int total = 1;
        foreach (var d in dims)
        {
            if (d <= 0) throw new ArgumentOutOfRangeException(nameof(dims), d, "Every factor dimension must be positive.");
            total *= d;
        }
        if (total != Rows)
            throw new ArgumentException($"dims [{string.Join(", ", dims)}] multiply to {total}, but the operator is {Rows}x{Cols}.", nameof(dims));
        if (traceOut < 0 || traceOut >= dims.Count)
            throw new ArgumentOutOfRangeException(nameof(traceOut), traceOut, $"traceOut must lie in [0, {dims.Count - 1}].");
        if (dims.Count == 1)
            throw new ArgumentException("Tracing out the only factor leaves a scalar; use Trace().", nameof(traceOut));

        int dTrace = dims[traceOut];
        int inner = 1;
        for (int k = traceOut + 1; k < dims.Count; k++) inner *= dims[k];
        int outer = total / (dTrace * inner);
        int n = outer * inner;
        var data = new T[n * n];
        for (int o1 = 0; o1 < outer; o1++)
        for (int i1 = 0; i1 < inner; i1++)
        for (int o2 = 0; o2 < outer; o2++)
        for (int i2 = 0; i2 < inner; i2++)
        {
            var sum = T.Zero;
            for (int t = 0; t < dTrace; t++)
            {
                int r = (o1 * dTrace + t) * inner + i1;
                int c = (o2 * dTrace + t) * inner + i2;
                sum += entries[r * Cols + c];
            }
            data[(o1 * inner + i1) * n + o2 * inner + i2] = sum;
        }
        return new Matrix<T>(n, n, data);
    }

    /// <summary>Keeps only factor <paramref name="keep"/>, tracing out all the others.</summary>
    public Matrix<T> ReducedTo(IReadOnlyList<int> dims, int keep)
    {
        if (keep < 0 || keep >= dims.Count)
            throw new ArgumentOutOfRangeException(nameof(keep), keep, $"keep must lie in [0, {dims.Count - 1}].");
        if (dims.Aggregate(1, (product, d) => product * d) != Rows || !IsSquare)
            throw new ArgumentException($"dims [{string.Join(", ", dims)}] do not describe this {Rows}x{Cols} operator.", nameof(dims));
        var current = this;
        var currentDims = dims.ToList();
        int keepIndex = keep;
        for (int k = currentDims.Count - 1; k >= 0; k--)
        {
            if (k == keepIndex) continue;
            current = current.PartialTrace(currentDims, k);
            currentDims.RemoveAt(k);
            // Stryker disable once Statement,Update : k only decreases, so once k < keepIndex no later k can equal keepIndex whatever its value; the kept factor is already skipped
            if (k < keepIndex) keepIndex--;
        }
        return current;
    }

    /// <summary>[A, B] = AB - BA.</summary>
    public static Matrix<T> Commutator(Matrix<T> a, Matrix<T> b) => a * b - b * a;

    /// <summary>{A, B} = AB + BA.</summary>
    public static Matrix<T> Anticommutator(Matrix<T> a, Matrix<T> b) => a * b + b * a;

    /// <summary>A A ... A (n factors), by repeated squaring; A^0 = I.</summary>
    public Matrix<T> Pow(int n)
    {
        RequireSquare("Matrix power");
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Only non-negative integer powers are defined.");
        var result = Identity(Rows);
        var basis = this;
        while (n > 0)
        {
            if ((n & 1) == 1) result *= basis;
            n >>= 1;
            if (n > 0) basis *= basis;
        }
        return result;
    }

    /// <summary>True when A equals its adjoint exactly.</summary>
    public bool IsHermitian()
    {
        if (!IsSquare) return false;
        for (int i = 0; i < Rows; i++)
            for (int j = i; j < Cols; j++)
                if (!entries[i * Cols + j].Equals(entries[j * Cols + i].Conjugate())) return false;
        return true;
    }

    /// <summary>Column-stacking vectorisation vec(A), so that vec(A X B) = (B^T (x) A) vec(X).</summary>
    public Matrix<T> VecColumns() => Create(Rows * Cols, 1, (k, _) => entries[(k % Rows) * Cols + k / Rows]);

    /// <summary>Inverse of <see cref="VecColumns"/>.</summary>
    public static Matrix<T> UnvecColumns(Matrix<T> vector, int rows, int cols)
    {
        if (vector.Cols != 1 || vector.Rows != rows * cols)
            throw new ArgumentException($"A {vector.Rows}x{vector.Cols} vector cannot be reshaped to {rows}x{cols}.", nameof(vector));
        return Create(rows, cols, (i, j) => vector.entries[j * rows + i]);
    }

    public bool Equals(Matrix<T>? other)
    {
        if (other is null || Rows != other.Rows || Cols != other.Cols) return false;
        for (int k = 0; k < entries.Length; k++)
            if (!entries[k].Equals(other.entries[k])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is Matrix<T> m && Equals(m);

    public override int GetHashCode()
    {
        var h = new HashCode();
        // Stryker disable once Statement : Cols and the entry count fix Rows, so dropping Rows from the hash adds no collision
        h.Add(Rows);
        // Stryker disable once Statement : Rows and the entry count fix Cols, so dropping Cols from the hash adds no collision
        h.Add(Cols);
        foreach (var e in entries) h.Add(e);
        return h.ToHashCode();
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Rows; i++)
        {
            sb.Append('[');
            for (int j = 0; j < Cols; j++)
            {
                if (j > 0) sb.Append(", ");
                sb.Append(entries[i * Cols + j]);
            }
            sb.Append(']');
            if (i < Rows - 1) sb.AppendLine();
        }
        return sb.ToString();
    }
}
