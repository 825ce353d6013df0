namespace QTherm.Reference.Numerics;

/// <summary>
/// The Pauli matrices over complex rationals in the computational basis |0&gt;, |1&gt;:
/// Z|0&gt; = |0&gt;, Z|1&gt; = -|1&gt;. <see cref="Plus"/> = (X + iY)/2 = |0&gt;&lt;1| and
/// <see cref="Minus"/> = (X - iY)/2 = |1&gt;&lt;0|. Caution: where |0&gt; is the ground state (heat-pump
/// convention, MODELS.md), <see cref="Minus"/> is the raising operator |1&gt;&lt;0| and Z = -2 H for H = -Z/2.
/// </summary>
public static class Pauli
{
    private static readonly ComplexRational I = ComplexRational.I;

    /// <summary>The 2x2 identity.</summary>
    public static Matrix<ComplexRational> Identity => Matrix<ComplexRational>.Identity(2);

    /// <summary>sigma_x = [[0, 1], [1, 0]].</summary>
    public static Matrix<ComplexRational> X => Matrix<ComplexRational>.FromRows([0, 1], [1, 0]);

    /// <summary>sigma_y = [[0, -i], [i, 0]].</summary>
    public static Matrix<ComplexRational> Y => Matrix<ComplexRational>.FromRows([0, -I], [I, 0]);

    /// <summary>sigma_z = [[1, 0], [0, -1]].</summary>
    public static Matrix<ComplexRational> Z => Matrix<ComplexRational>.FromRows([1, 0], [0, -1]);

    /// <summary>sigma_+ = (sigma_x + i sigma_y)/2 = |0&gt;&lt;1|.</summary>
    public static Matrix<ComplexRational> Plus => Matrix<ComplexRational>.FromRows([0, 1], [0, 0]);

    /// <summary>sigma_- = (sigma_x - i sigma_y)/2 = |1&gt;&lt;0|.</summary>
    public static Matrix<ComplexRational> Minus => Matrix<ComplexRational>.FromRows([0, 0], [1, 0]);

    /// <summary>
    /// The single-site operator <paramref name="op"/> acting on qubit <paramref name="site"/> of
    /// <paramref name="qubits"/> (site 0 the most significant factor), identity elsewhere.
    /// </summary>
    public static Matrix<ComplexRational> OnSite(Matrix<ComplexRational> op, int site, int qubits)
    {
        ArgumentNullException.ThrowIfNull(op);
        if (qubits < 1) throw new ArgumentOutOfRangeException(nameof(qubits), qubits, "There must be at least one qubit.");
        if (site < 0 || site >= qubits)
            throw new ArgumentOutOfRangeException(nameof(site), site, $"site must lie in [0, {qubits - 1}].");
        if (op.Rows != 2 || op.Cols != 2)
            throw new ArgumentException($"A single-qubit operator is 2x2, got {op.Rows}x{op.Cols}.", nameof(op));
        var factors = new Matrix<ComplexRational>[qubits];
        for (int k = 0; k < qubits; k++) factors[k] = k == site ? op : Identity;
        return Matrix<ComplexRational>.KronAll(factors);
    }
}
