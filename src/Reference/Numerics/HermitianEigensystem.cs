namespace QTherm.Reference.Numerics;

/// <summary>
/// Eigenvalues (ascending) and orthonormal eigenvectors (columns of <see cref="Vectors"/>) of a complex Hermitian
/// matrix, by cyclic complex Jacobi rotations in fixed point (Golub and Van Loan, Matrix Computations, Sec. 8.5; see
/// <see cref="JacobiRotations"/>) started from a re-orthonormalised double-precision eigenbasis
/// (<see cref="SpectralPreconditioner"/>, which only affects speed). H is scaled by a power of two so its largest
/// entry is below 1/2 and carried with F = p + 32 + 2 log2(n) fractional bits (p = <see cref="Precision.BitsFor"/>);
/// rotations stop when every |a_pq| is below 2^-(p + 8 + log2 n) of that scale. Before the final rounding of each
/// entry to digits, H = V diag(Values) V^dagger and V^dagger V = I hold to about n^2 2^-(p+8) ||H||_max, far below
/// 10^-digits ||H||. The input must be Hermitian to a few units in the last place of its largest entry.
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
        // Fixed point with F fractional bits after scaling H by 2^-scale (largest entry below 1/2): 2 log2(n) + 32
        // guard bits absorb the rounding of O(n) rotations per entry per sweep.
        int bits = Precision.BitsFor(digits);
        int f = bits + 32 + 2 * (int)Math.Ceiling(Math.Log2(n));
        long scale = 0;
        foreach (var z in h.AsSpan())
        {
            if (!z.Re.IsZero) scale = Math.Max(scale, z.Re.TopExponent + 1);
            if (!z.Im.IsZero) scale = Math.Max(scale, z.Im.TopExponent + 1);
        }
        if (scale == 0)
            foreach (var z in h.AsSpan())
            {
                if (!z.Re.IsZero) scale = scale == 0 ? z.Re.TopExponent + 1 : Math.Max(scale, z.Re.TopExponent + 1);
                if (!z.Im.IsZero) scale = scale == 0 ? z.Im.TopExponent + 1 : Math.Max(scale, z.Im.TopExponent + 1);
            }
        var re = new System.Numerics.BigInteger[n * n];
        var im = new System.Numerics.BigInteger[n * n];
        // Tolerance for the Hermitian check: 4 units in the last place of the largest entry (both triangles were
        // rounded to `digits` independently).
        var tolerance = System.Numerics.BigInteger.One << Math.Max(0, f - bits + 2);
        // Stryker disable once Equality : at i == n the inner loop j = n..n-1 is empty
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
            {
                var a = h[i, j];
                var b = h[j, i];
                var ar = a.Re.ScaleByPowerOfTwo((int)-scale).ToFixed(f);
                var ai = a.Im.ScaleByPowerOfTwo((int)-scale).ToFixed(f);
                var br = b.Re.ScaleByPowerOfTwo((int)-scale).ToFixed(f);
                var bi = -b.Im.ScaleByPowerOfTwo((int)-scale).ToFixed(f);
                if (System.Numerics.BigInteger.Abs(ar - br) > tolerance || System.Numerics.BigInteger.Abs(ai - bi) > tolerance)
                    throw new ArgumentException(
                        $"The matrix is not Hermitian to {digits} digits: h[{i},{j}] = {a.ToString(12)} but conj(h[{j},{i}]) = {b.Conjugate().ToString(12)}.",
                        nameof(h));
                var mr = (ar + br) >> 1;
                // Stryker disable once Conditional : on the diagonal b = a, so ai + bi = ToFixed(Im) - ToFixed(Im) = 0 exactly
                var mi = i == j ? System.Numerics.BigInteger.Zero : (ai + bi) >> 1;
                re[i * n + j] = mr; im[i * n + j] = mi;
                re[j * n + i] = mr; im[j * n + i] = -mi;
            }
        var basis = SpectralPreconditioner.Basis(n, re, im, f);
        if (basis is { } u) (re, im) = SpectralPreconditioner.Congruence(n, re, im, u.Re, u.Im, f);
        // Stryker disable once Arithmetic : stopping threshold only; Jacobi converges quadratically, so after the last rotating sweep the off-diagonal entries are of order (threshold)^2/gap plus rounding, far below 2^-p ||H|| whether the threshold is 2^-(p+8+log2 n), 2^-(p+8-log2 n) or 2^-(p-8)
        var (values, vr, vi) = JacobiRotations.Diagonalise(n, re, im, f, bits + 8 + (int)Math.Ceiling(Math.Log2(n)));
        if (basis is { } start) (vr, vi) = SpectralPreconditioner.Product(n, start.Re, start.Im, vr, vi, f);
        var order = Enumerable.Range(0, n).OrderBy(i => values[i]).ToArray();
        var sortedValues = order.Select(i => BigReal.Round(values[i], scale - f, false, digits)).ToArray();
        var v = Matrix<BigComplex>.Create(n, n, (i, j) => new BigComplex(
            // Stryker disable once Boolean : sticky only changes an exact tie at p bits; the vector entries carry F - p >= 40 bits of rotation rounding below p, so a tie does not occur, and either neighbour is within the stated accuracy
            BigReal.Round(vr[i * n + order[j]], -f, false, digits), BigReal.Round(vi[i * n + order[j]], -f, false, digits)));
        return new HermitianEigensystem(sortedValues, v, digits);
    }
}
