namespace QTherm.Reference.Numerics;

/// <summary>
/// Cyclic complex Jacobi sweeps on a Hermitian array (Golub and Van Loan, Sec. 8.5.2): for each pair (p, q) the phase
/// of a_pq is moved onto the unit diagonal factor, the real symmetric Schur rotation annihilates |a_pq|, and
/// A &lt;- J^dagger A J, V &lt;- V J. Rotations whose |a_pq| is below 10^-w ||A||_F are skipped; the sweeps stop when
/// a whole sweep skips everything.
/// </summary>
internal static class JacobiRotations
{
    private const int MaxSweeps = 60;

    public static (BigReal[] Values, BigComplex[,] Vectors) Diagonalise(BigComplex[,] a, int w)
    {
        int n = a.GetLength(0);
        var v = new BigComplex[n, n];
        var zero = BigReal.Zero.WithDigits(w);
        var one = BigReal.One.WithDigits(w);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                v[i, j] = new BigComplex(i == j ? one : zero, zero);
        var frob = BigReal.Zero.WithDigits(w);
        foreach (var z in a) frob += z.NormSquared;
        var threshold = frob.Sqrt() * BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, w)), 20);
        var half = BigReal.FromRational(Rational.Half, w);
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            bool rotated = false;
            for (int p = 0; p < n - 1; p++)
                for (int q = p + 1; q < n; q++)
                {
                    var b = a[p, q];
                    var absB = b.Abs();
                    if (absB <= threshold) continue;
                    rotated = true;
                    var phase = new BigComplex(b.Re / absB, b.Im / absB); // e^{i phi}
                    var app = a[p, p].Re;
                    var aqq = a[q, q].Re;
                    var tau = (aqq - app) * half / absB;
                    var t = (tau.Sign >= 0 ? one : -one) / (tau.Abs() + (one + tau * tau).Sqrt());
                    var c = one / (one + t * t).Sqrt();
                    var s = t * c;
                    var conjPhase = phase.Conjugate();
                    var sPhase = s * phase;           // s e^{i phi}
                    var cConjPhase = c * conjPhase;   // c e^{-i phi}
                    var sConjPhase = s * conjPhase;   // s e^{-i phi}
                    var cPhase = c * phase;           // c e^{i phi}
                    // Columns: A J.
                    for (int k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = c * akp - sConjPhase * akq;
                        a[k, q] = s * akp + cConjPhase * akq;
                    }
                    // Rows: J^dagger (A J).
                    for (int k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = c * apk - sPhase * aqk;
                        a[q, k] = s * apk + cPhase * aqk;
                    }
                    a[p, p] = new BigComplex(app - t * absB, zero);
                    a[q, q] = new BigComplex(aqq + t * absB, zero);
                    a[p, q] = BigComplex.Zero;
                    a[q, p] = BigComplex.Zero;
                    for (int k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = c * vkp - sConjPhase * vkq;
                        v[k, q] = s * vkp + cConjPhase * vkq;
                    }
                }
            if (!rotated)
            {
                var values = new BigReal[n];
                for (int i = 0; i < n; i++) values[i] = a[i, i].Re;
                return (values, v);
            }
        }
        throw new InvalidOperationException($"Jacobi iteration did not converge in {MaxSweeps} sweeps at {w} digits.");
    }
}
