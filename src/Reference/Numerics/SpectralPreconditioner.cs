using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// A starting basis for the high-precision Jacobi iteration: the eigenvectors of the double-precision rounding of H
/// (MathNet.Numerics Hermitian EVD), re-orthonormalised in fixed point by modified Gram-Schmidt so that U is unitary
/// to working precision. Only the speed depends on this basis: U^dagger H U is an exact-precision congruence, and
/// Jacobi then converges in about two sweeps instead of ~10 from the identity. Any failure of the double path falls
/// back to U = I.
/// </summary>
internal static class SpectralPreconditioner
{
    /// <summary>Columns of U with F fractional bits, or null when the double-precision decomposition is unusable.</summary>
    public static (BigInteger[] Re, BigInteger[] Im)? Basis(int n, BigInteger[] re, BigInteger[] im, int f)
    {
        if (n < 3) return null;
        var entries = new Complex[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                entries[i, j] = new Complex(Math.ScaleB((double)re[i * n + j], -f), Math.ScaleB((double)im[i * n + j], -f));
        Complex[,] vectors;
        try
        {
            var evd = MathNet.Numerics.LinearAlgebra.Matrix<Complex>.Build.DenseOfArray(entries)
                .Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian);
            vectors = evd.EigenVectors.ToArray();
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
        var ur = new BigInteger[n * n];
        var ui = new BigInteger[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var z = vectors[i, j];
                // Stryker disable once Logical : MathNet returns NaN in both parts of a failed eigenvector, so || and && agree; either way only the start basis (speed) is affected
                if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary)) return null;
                ur[i * n + j] = new BigInteger(Math.ScaleB(z.Real, 62)) << (f - 62);
                ui[i * n + j] = new BigInteger(Math.ScaleB(z.Imaginary, 62)) << (f - 62);
            }
        return Orthonormalise(n, ur, ui, f) ? (ur, ui) : null;
    }

    // Modified Gram-Schmidt on the columns, in place; false if a column collapses (not a usable basis).
    private static bool Orthonormalise(int n, BigInteger[] ur, BigInteger[] ui, int f)
    {
        for (int j = 0; j < n; j++)
        {
            for (int k = 0; k < j; k++)
            {
                // <u_k, u_j> = sum conj(u_k) u_j.
                BigInteger pr = BigInteger.Zero, pi = BigInteger.Zero;
                for (int i = 0; i < n; i++)
                {
                    BigInteger ar = ur[i * n + k], ai = ui[i * n + k], br = ur[i * n + j], bi = ui[i * n + j];
                    pr += ar * br + ai * bi;
                    pi += ar * bi - ai * br;
                }
                pr >>= f;
                pi >>= f;
                for (int i = 0; i < n; i++)
                {
                    BigInteger ar = ur[i * n + k], ai = ui[i * n + k];
                    ur[i * n + j] -= (pr * ar - pi * ai) >> f;
                    ui[i * n + j] -= (pr * ai + pi * ar) >> f;
                }
            }
            BigInteger sum = BigInteger.Zero;
            for (int i = 0; i < n; i++) sum += ur[i * n + j] * ur[i * n + j] + ui[i * n + j] * ui[i * n + j];
            var norm = FixedPointSeries.ISqrt(sum);
            // Stryker disable once Bitwise : the columns come from a Hermitian EVD (orthonormal to ~1e-15), so after Gram-Schmidt norm >= 1/2 and the collapse guard never fires whether its level is 2^(f-2) or ~0
            if (norm < (BigInteger.One << (f - 2))) return false;
            for (int i = 0; i < n; i++)
            {
                ur[i * n + j] = (ur[i * n + j] << f) / norm;
                ui[i * n + j] = (ui[i * n + j] << f) / norm;
            }
        }
        return true;
    }

    /// <summary>U^dagger A U with F fractional bits (A Hermitian, U unitary), re-symmetrised.</summary>
    public static (BigInteger[] Re, BigInteger[] Im) Congruence(int n, BigInteger[] ar, BigInteger[] ai, BigInteger[] ur, BigInteger[] ui, int f)
    {
        var (tr, ti) = Product(n, ar, ai, ur, ui, f); // T = A U
        // C = U^dagger T, upper triangle, mirrored.
        var cr = new BigInteger[n * n];
        var ci = new BigInteger[n * n];
        // Stryker disable once Equality : at i == n the inner loop j = n..n-1 is empty
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
            {
                BigInteger sr = BigInteger.Zero, si = BigInteger.Zero;
                for (int k = 0; k < n; k++)
                {
                    BigInteger xr = ur[k * n + i], xi = -ui[k * n + i], yr = tr[k * n + j], yi = ti[k * n + j];
                    sr += xr * yr - xi * yi;
                    si += xr * yi + xi * yr;
                }
                cr[i * n + j] = sr >> f;
                // Stryker disable once Conditional : the diagonal of U^dagger A U is real up to a few units of 2^-F (F = p + 32 + 2 log2 n); Jacobi reads only its real part for the eigenvalues, and a few units of 2^-F in the rotated rows are far below 2^-p
                ci[i * n + j] = i == j ? BigInteger.Zero : si >> f;
                cr[j * n + i] = cr[i * n + j];
                ci[j * n + i] = -ci[i * n + j];
            }
        return (cr, ci);
    }

    /// <summary>U W with F fractional bits.</summary>
    public static (BigInteger[] Re, BigInteger[] Im) Product(int n, BigInteger[] ur, BigInteger[] ui, BigInteger[] wr, BigInteger[] wi, int f)
    {
        var pr = new BigInteger[n * n];
        var pi = new BigInteger[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                BigInteger sr = BigInteger.Zero, si = BigInteger.Zero;
                for (int k = 0; k < n; k++)
                {
                    BigInteger xr = ur[i * n + k], xi = ui[i * n + k], yr = wr[k * n + j], yi = wi[k * n + j];
                    sr += xr * yr - xi * yi;
                    si += xr * yi + xi * yr;
                }
                pr[i * n + j] = sr >> f;
                pi[i * n + j] = si >> f;
            }
        return (pr, pi);
    }
}
