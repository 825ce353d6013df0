using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// Cyclic complex Jacobi sweeps on a Hermitian matrix in fixed point (Golub and Van Loan, Matrix Computations, 4th ed.,
/// Sec. 8.5.2, with the phase of a_pq moved onto a unit diagonal factor first). Entries are integers with F fractional
/// bits, the input scaled so its largest entry is below 1. For each pair (p, q): b = a_pq = |b| e^(i phi),
/// tau = (a_qq - a_pp) / (2|b|), t = sign(tau) / (|tau| + sqrt(1 + tau^2)), c = 1/sqrt(1 + t^2), s = t c, and with
/// J = [[c, s], [-s e^(-i phi), c e^(-i phi)]] on rows/columns (p, q): A &lt;- J^dagger A J, V &lt;- V J. A rotation
/// is skipped when |a_pq| &lt; 2^-threshold; the sweeps stop when a whole sweep skips every pair.
/// </summary>
internal static class JacobiRotations
{
    private const int MaxSweeps = 60;

    /// <summary>
    /// Diagonalises the Hermitian fixed-point matrix (re, im) (entries below 1 in magnitude, F fractional bits);
    /// returns the diagonal and the columns of V, both with F fractional bits.
    /// </summary>
    public static (BigInteger[] Values, BigInteger[] VectorsRe, BigInteger[] VectorsIm) Diagonalise(
        int n, BigInteger[] re, BigInteger[] im, int f, int thresholdBits)
    {
        var one = BigInteger.One << f;
        var oneSquared = BigInteger.One << (2 * f);
        var threshold = BigInteger.One << Math.Max(0, f - thresholdBits);
        var vr = new BigInteger[n * n];
        var vi = new BigInteger[n * n];
        for (int i = 0; i < n; i++) vr[i * n + i] = one;
        // Stryker disable once Equality : 60 or 61 sweeps before reporting non-convergence; a converging run needs about 10 (2 from the preconditioned start)
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            bool rotated = false;
            // Stryker disable once Equality,Arithmetic : for p = n - 1 and p = n the inner loop q = p+1..n-1 is empty
            for (int p = 0; p < n - 1; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    var br = re[p * n + q];
                    var bi = im[p * n + q];
                    if (BigInteger.Abs(br) < threshold && BigInteger.Abs(bi) < threshold) continue;
                    var absB = FixedPointSeries.ISqrt(br * br + bi * bi);
                    // Stryker disable once Statement : unreachable while the component pre-check above skips first: absB = floor(sqrt(br^2 + bi^2)) >= max(|br|, |bi|), so absB < threshold implies both components are below it
                    if (absB < threshold) continue;
                    rotated = true;
                    // |b| with 2F fractional bits: near convergence |b| is a small integer at F bits, and the unit
                    // modulus of e^(i phi) = b / |b| (hence the unitarity of J) needs |b| to full relative precision.
                    var absBWide = FixedPointSeries.ISqrt((br * br + bi * bi) << (2 * f));
                    var pr = (br << (2 * f)) / absBWide;
                    var pi = (bi << (2 * f)) / absBWide;
                    var app = re[p * n + p];
                    var aqq = re[q * n + q];
                    var tau = ((aqq - app) << (2 * f)) / (2 * absBWide);
                    var t = oneSquared / (BigInteger.Abs(tau) + FixedPointSeries.ISqrt(oneSquared + tau * tau));
                    // Stryker disable once Equality : at tau = 0 both t = 1 and t = -1 solve t^2 + 2 tau t - 1 = 0 and zero a_pq; the eigenvalues are sorted afterwards and any orthonormal eigenbasis of the pair is valid
                    if (tau.Sign < 0) t = -t;
                    var c = oneSquared / FixedPointSeries.ISqrt(oneSquared + t * t);
                    var s = (t * c) >> f;
                    // s e^(-i phi), c e^(-i phi); the conjugates give the row factors.
                    var sr = (s * pr) >> f;
                    var si = -((s * pi) >> f);
                    var cr = (c * pr) >> f;
                    var ci = -((c * pi) >> f);
                    // Columns p, q of A: a_kp' = c a_kp - s e^(-i phi) a_kq, a_kq' = s a_kp + c e^(-i phi) a_kq.
                    RotateColumns(re, im, n, p, q, c, s, sr, si, cr, ci, f);
                    // Rows p, q: a_pk' = c a_pk - s e^(i phi) a_qk, a_qk' = s a_pk + c e^(i phi) a_qk.
                    for (int k = 0; k < n; k++)
                    {
                        int ip = p * n + k, iq = q * n + k;
                        BigInteger xr = re[ip], xi = im[ip], yr = re[iq], yi = im[iq];
                        // s e^(i phi) = (sr, -si); c e^(i phi) = (cr, -ci).
                        re[ip] = (c * xr - (sr * yr + si * yi)) >> f;
                        im[ip] = (c * xi - (sr * yi - si * yr)) >> f;
                        re[iq] = (s * xr + (cr * yr + ci * yi)) >> f;
                        im[iq] = (s * xi + (cr * yi - ci * yr)) >> f;
                    }
                    var shift = (t * absB) >> f;
                    re[p * n + p] = app - shift;
                    re[q * n + q] = aqq + shift;
                    im[p * n + p] = BigInteger.Zero;
                    im[q * n + q] = BigInteger.Zero;
                    re[p * n + q] = re[q * n + p] = BigInteger.Zero;
                    im[p * n + q] = im[q * n + p] = BigInteger.Zero;
                    RotateColumns(vr, vi, n, p, q, c, s, sr, si, cr, ci, f);
                }
            }
            if (!rotated)
            {
                var values = new BigInteger[n];
                for (int i = 0; i < n; i++) values[i] = re[i * n + i];
                return (values, vr, vi);
            }
        }
        throw new InvalidOperationException($"Jacobi iteration did not converge in {MaxSweeps} sweeps.");
    }

    // x' = c x - (sr + i si) y, y' = s x + (cr + i ci) y on columns p (x) and q (y).
    private static void RotateColumns(BigInteger[] re, BigInteger[] im, int n, int p, int q,
        BigInteger c, BigInteger s, BigInteger sr, BigInteger si, BigInteger cr, BigInteger ci, int f)
    {
        for (int k = 0; k < n; k++)
        {
            int ip = k * n + p, iq = k * n + q;
            BigInteger xr = re[ip], xi = im[ip], yr = re[iq], yi = im[iq];
            re[ip] = (c * xr - (sr * yr - si * yi)) >> f;
            im[ip] = (c * xi - (sr * yi + si * yr)) >> f;
            re[iq] = (s * xr + (cr * yr - ci * yi)) >> f;
            im[iq] = (s * xi + (cr * yi + ci * yr)) >> f;
        }
    }
}
