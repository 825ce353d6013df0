namespace QTherm.Reference.Numerics;

/// <summary>
/// Eigenvalues (ascending) and orthonormal eigenvectors (columns of <see cref="Vectors"/>) of a complex Hermitian
/// matrix, by the cyclic complex Jacobi method (Golub and Van Loan, Matrix Computations, Sec. 8.5, with the phase of
/// each off-diagonal entry removed first). Computed at digits + guard; H = V diag(Values) V^dagger holds to
/// 10^-digits ||H|| (Frobenius) and V^dagger V = I to 10^-digits.
/// </summary>
public sealed class HermitianEigensystem
{
    public BigReal[] Values { get; }
    public Matrix<BigComplex> Vectors { get; }
    public int Digits { get; }

    private HermitianEigensystem(BigReal[] values, Matrix<BigComplex> vectors, int digits)
    {
        Values = values;
        Vectors = vectors;
        Digits = digits;
    }

    public static HermitianEigensystem Of(Matrix<BigComplex> h, int digits)
    {
        ArgumentNullException.ThrowIfNull(h);
        Precision.RequireValid(digits, nameof(digits));
        if (!h.IsSquare)
            throw new ArgumentException($"An eigensystem needs a square matrix, got {h.Rows}x{h.Cols}.", nameof(h));
        int n = h.Rows;
        int w = Math.Min(digits + 10 + (int)Math.Ceiling(Math.Log10(n) * 2), Precision.MaxDigits);
        var a = new BigComplex[n, n];
        var scaleRef = HighPrecision.MaxAbs(h.Map(z => z.WithDigits(Math.Min(digits + 2, Precision.MaxDigits))));
        var tolerance = scaleRef * BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, digits - 2)), 20);
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
            {
                var hij = h[i, j].WithDigits(w);
                var hji = h[j, i].WithDigits(w).Conjugate();
                if ((hij - hji).Abs() > tolerance)
                    throw new ArgumentException(
                        $"The matrix is not Hermitian to {digits} digits: h[{i},{j}] = {h[i, j].ToString(12)} but conj(h[{j},{i}]) = {hji.ToString(12)}.",
                        nameof(h));
                var mean = (hij + hji) * BigReal.FromRational(Rational.Half, w);
                a[i, j] = i == j ? new BigComplex(mean.Re, BigReal.Zero.WithDigits(w)) : mean;
                a[j, i] = a[i, j].Conjugate();
            }
        var (values, vectors) = JacobiRotations.Diagonalise(a, w);
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        var sortedValues = order.Select(i => values[i].WithDigits(digits)).ToArray();
        var v = Matrix<BigComplex>.Create(n, n, (i, j) => vectors[i, order[j]].WithDigits(digits));
        return new HermitianEigensystem(sortedValues, v, digits);
    }
}
