using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// The spectrum of the cycle map on block-form states (the invariant set of Eq. 14 that all the seed's trajectories live
/// in): there Phi = M_meas o e^(L tau) has the eigenvalues of the 8x8 population map M plus zeros (the measurement
/// removes the block coherences), so fixed points, their multiplicity and the spectral gap 1 - max{|lambda| : lambda != 1}
/// are read from M. Modes of Phi outside the block form (coherences such as rho_02 that the measurement keeps) are not
/// included. Eigenvalues: double-precision QR (MathNet) as starting
/// points, each polished by Newton's method on the characteristic polynomial (Faddeev-LeVerrier at working precision).
/// Seed 004_a075f79c977e5cdb.txt, Sec. II C 2 and Sec. III A (convergence of Delta E over cycles).
/// </summary>
public sealed class CycleSpectrum
{
    public IReadOnlyList<BigComplex> Eigenvalues { get; }
    public int FixedPointMultiplicity { get; }
    public BigReal SpectralGap { get; }

    private CycleSpectrum(IReadOnlyList<BigComplex> eigenvalues, int multiplicity, BigReal gap)
    {
        Eigenvalues = eigenvalues;
        FixedPointMultiplicity = multiplicity;
        SpectralGap = gap;
    }

    public static CycleSpectrum Of(EngineCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        int n = 8, w = cycle.Digits + 20;
        var m = cycle.PopulationMap;
        var dense = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, n, (i, j) => m[i, j].ToDouble());
        var guesses = dense.Evd().EigenValues.ToArray();

        // Faddeev-LeVerrier: characteristic polynomial lambda^n + c[n-1] lambda^(n-1) + ... + c[0].
        var a = new BigReal[n, n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i, j] = m[i, j].WithDigits(w);
        var c = new BigReal[n + 1];
        c[n] = BigReal.One;
        var mk = new BigReal[n, n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) mk[i, j] = BigReal.Zero;
        for (int k = 1; k <= n; k++)
        {
            var next = new BigReal[n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                {
                    var sum = i == j ? c[n - k + 1] : BigReal.Zero;
                    for (int l = 0; l < n; l++) sum += a[i, l] * mk[l, j];
                    next[i, j] = sum;
                }
            mk = next;
            var trace = BigReal.Zero;
            for (int i = 0; i < n; i++) for (int l = 0; l < n; l++) trace += a[i, l] * mk[l, i];
            c[n - k] = -trace / BigReal.FromInteger(k, w);
        }

        var eigen = new List<BigComplex>();
        foreach (var g in guesses)
        {
            var z = new BigComplex(BigReal.FromDouble(g.Real, w), BigReal.FromDouble(g.Imaginary, w));
            for (int iter = 0; iter < 60; iter++)
            {
                var value = (BigComplex)c[n];
                var slope = BigComplex.Zero;
                for (int k = n - 1; k >= 0; k--)
                {
                    slope = slope * z + value;
                    value = value * z + (BigComplex)c[k];
                }
                if (slope.IsZero) break;
                var step = value / slope;
                z -= step;
                if (step.IsZero || step.Abs() < BigReal.Parse($"1e-{w - 5}", w)) break;
            }
            eigen.Add(z.WithDigits(cycle.Digits));
        }
        eigen.Sort((x, y) => y.Abs().CompareTo(x.Abs()));
        var tolerance = BigReal.Parse($"1e-{cycle.Digits / 2}", cycle.Digits);
        int multiplicity = eigen.Count(z => (z - BigComplex.One).Abs() < tolerance);
        var rest = eigen.Where(z => (z - BigComplex.One).Abs() >= tolerance).Select(z => z.Abs()).ToList();
        var gap = BigReal.One - (rest.Count == 0 ? BigReal.Zero : rest.Aggregate(BigReal.Max));
        return new CycleSpectrum(eigen, multiplicity, gap.WithDigits(cycle.Digits));
    }
}
