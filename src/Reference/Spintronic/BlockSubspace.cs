using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// The 12 entries of rho that the seed says carry the state at all times: the 8 populations rho_ii and the coherences
/// rho_14, rho_41, rho_36, rho_63 (in this coordinate order). Seed 004_a075f79c977e5cdb.txt, form stated after Eq. 14.
/// The coordinates are matrix units, orthonormal in the Hilbert-Schmidt inner product.
/// </summary>
public static class BlockSubspace
{
    public const int Size = 12;
    private const int D = FockSpace.Dimension;

    /// <summary>(row, column) of each coordinate.</summary>
    public static readonly IReadOnlyList<(int Row, int Col)> Entries =
    [
        (0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (1, 4), (4, 1), (3, 6), (6, 3),
    ];

    /// <summary>The column-stacking vec index of each coordinate (vec index of (i, j) is j*8 + i).</summary>
    public static int VecIndex(int coordinate) => Entries[coordinate].Col * D + Entries[coordinate].Row;

    private static bool[] Membership()
    {
        var inBlock = new bool[D * D];
        for (int k = 0; k < Size; k++) inBlock[VecIndex(k)] = true;
        return inBlock;
    }

    /// <summary>True when a 64x64 superoperator has no entry from the block to its complement nor back (both are invariant).</summary>
    public static bool DecouplesFromComplement(Matrix<ComplexRational> superoperator)
    {
        ArgumentNullException.ThrowIfNull(superoperator);
        var inBlock = Membership();
        for (int a = 0; a < D * D; a++)
            for (int b = 0; b < D * D; b++)
                if (inBlock[a] != inBlock[b] && !superoperator[a, b].IsZero) return false;
        return true;
    }

    /// <summary>The 12x12 restriction of a 64x64 superoperator to the block coordinates.</summary>
    public static Matrix<T> Restrict<T>(Matrix<T> superoperator) where T : struct, IField<T> =>
        Matrix<T>.Create(Size, Size, (a, b) => superoperator[VecIndex(a), VecIndex(b)]);

    /// <summary>The 12 block coordinates of rho.</summary>
    public static T[] Coordinates<T>(Matrix<T> rho) where T : struct, IField<T> =>
        Entries.Select(e => rho[e.Row, e.Col]).ToArray();

    /// <summary>The density matrix with the given block coordinates and zeros elsewhere.</summary>
    public static Matrix<T> Embed<T>(IReadOnlyList<T> coordinates) where T : struct, IField<T>
    {
        if (coordinates.Count != Size) throw new ArgumentException($"Expected {Size} block coordinates, got {coordinates.Count}.", nameof(coordinates));
        var m = new T[D * D];
        for (int k = 0; k < Size; k++) m[Entries[k].Row * D + Entries[k].Col] = coordinates[k];
        return Matrix<T>.FromRowMajor(D, D, m);
    }

    /// <summary>True when rho vanishes outside the block form.</summary>
    public static bool HasBlockForm<T>(Matrix<T> rho) where T : struct, IField<T>
    {
        var inBlock = Membership();
        for (int i = 0; i < D; i++)
            for (int j = 0; j < D; j++)
                if (!inBlock[j * D + i] && !rho[i, j].IsZero) return false;
        return true;
    }
}
