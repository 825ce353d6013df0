using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// The double-precision fast path for long trajectories of Delta E: the 8x8 population map and the coherence
/// functional of an <see cref="EngineCycle"/> (computed at high precision) rounded once to doubles, so a cycle costs
/// 72 multiply-adds. Starting states must be diagonal in the basis of Eq. 14 (all of the seed's are). Checked against
/// <see cref="EngineCycle.UnselectiveTrajectory"/> in the tests. Seed 004_a075f79c977e5cdb.txt, Sec. III A (10^6 cycles).
/// </summary>
public sealed class FastCycleTrajectory
{
    private readonly double[] map = new double[64];
    private readonly double[] functional = new double[8];
    private readonly double[] energies = new double[8];

    public FastCycleTrajectory(EngineCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        for (int i = 0; i < 8; i++)
        {
            for (int j = 0; j < 8; j++) map[i * 8 + j] = cycle.PopulationMap[i, j].ToDouble();
            functional[i] = cycle.CoherenceFunctional[i].ToDouble();
        }
        var e = DotHamiltonian.DiagonalEnergies(cycle.Stroke.Parameters);
        for (int i = 0; i < 8; i++) energies[i] = e[i].ToDouble();
    }

    private static void Check(double[] initial, int cycles)
    {
        ArgumentNullException.ThrowIfNull(initial);
        if (initial.Length != 8) throw new ArgumentException($"Expected 8 populations, got {initial.Length}.", nameof(initial));
        ArgumentOutOfRangeException.ThrowIfNegative(cycles);
    }

    /// <summary>Delta E_1..Delta E_n (meV) of unselective cycles from populations p_0. Seed 004_a075f79c977e5cdb.txt, Eq. 16 and Sec. II C 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Unselective(double[] initial, int cycles)
    {
        Check(initial, cycles);
        var result = new double[cycles];
        if (Vector256.IsHardwareAccelerated) UnselectiveVector(initial, result);
        else UnselectiveScalar(initial, result);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UnselectiveScalar(double[] initial, double[] result)
    {
        Span<double> p = stackalloc double[8];
        Span<double> q = stackalloc double[8];
        initial.CopyTo(p);
        var m = map;
        var k = functional;
        for (int n = 0; n < result.Length; n++)
        {
            result[n] = -(k[0] * p[0] + k[1] * p[1] + k[2] * p[2] + k[3] * p[3] + k[4] * p[4] + k[5] * p[5] + k[6] * p[6] + k[7] * p[7]);
            for (int i = 0; i < 8; i++)
            {
                int r = i * 8;
                q[i] = m[r] * p[0] + m[r + 1] * p[1] + m[r + 2] * p[2] + m[r + 3] * p[3]
                       + m[r + 4] * p[4] + m[r + 5] * p[5] + m[r + 6] * p[6] + m[r + 7] * p[7];
            }
            q.CopyTo(p);
        }
    }

    // Columns of M held as pairs of 4-lane vectors: p' = sum_j p_j M[:, j]; Delta E = -(k . p) by one lane-wise product.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UnselectiveVector(double[] initial, double[] result)
    {
        var lo = new Vector256<double>[8];
        var hi = new Vector256<double>[8];
        for (int j = 0; j < 8; j++)
        {
            lo[j] = Vector256.Create(map[j], map[8 + j], map[16 + j], map[24 + j]);
            hi[j] = Vector256.Create(map[32 + j], map[40 + j], map[48 + j], map[56 + j]);
        }
        var kLo = Vector256.Create(functional[0], functional[1], functional[2], functional[3]);
        var kHi = Vector256.Create(functional[4], functional[5], functional[6], functional[7]);
        var pLo = Vector256.Create(initial[0], initial[1], initial[2], initial[3]);
        var pHi = Vector256.Create(initial[4], initial[5], initial[6], initial[7]);
        for (int n = 0; n < result.Length; n++)
        {
            result[n] = -Vector256.Sum(kLo * pLo + kHi * pHi);
            var qLo = lo[0] * pLo.GetElement(0) + lo[1] * pLo.GetElement(1) + lo[2] * pLo.GetElement(2) + lo[3] * pLo.GetElement(3)
                      + lo[4] * pHi.GetElement(0) + lo[5] * pHi.GetElement(1) + lo[6] * pHi.GetElement(2) + lo[7] * pHi.GetElement(3);
            var qHi = hi[0] * pLo.GetElement(0) + hi[1] * pLo.GetElement(1) + hi[2] * pLo.GetElement(2) + hi[3] * pLo.GetElement(3)
                      + hi[4] * pHi.GetElement(0) + hi[5] * pHi.GetElement(1) + hi[6] * pHi.GetElement(2) + hi[7] * pHi.GetElement(3);
            pLo = qLo;
            pHi = qHi;
        }
    }

    /// <summary>
    /// Selective cycles: after each stroke an outcome of the measured observable is drawn from a
    /// <see cref="System.Random"/> seeded with <paramref name="seed"/> with the Born probabilities, and rho is projected
    /// and renormalised. Each entry is that cycle's energy change Tr[H rho_k] - Tr[H rho(tau^-)]; its average over
    /// outcomes is Eq. 16. Returns the energy changes (meV) and the outcomes. Seed 004_a075f79c977e5cdb.txt, Sec. II C 2 and Fig. 5(b).
    /// </summary>
    public (double[] DeltaE, int[] Outcomes) Selective(double[] initial, int cycles, int seed,
        MeasuredObservable observable = MeasuredObservable.RightOccupation)
    {
        Check(initial, cycles);
        var random = new Random(seed);
        var labels = MeasurementChannel.SectorLabels(observable);
        int sectors = labels.Max() + 1;
        var deltaE = new double[cycles];
        var outcomes = new int[cycles];
        var p = (double[])initial.Clone();
        var q = new double[8];
        var weight = new double[sectors];
        for (int n = 0; n < cycles; n++)
        {
            double coherence = 0;
            for (int j = 0; j < 8; j++) coherence += functional[j] * p[j];
            Array.Clear(weight);
            double energyBefore = coherence;
            for (int i = 0; i < 8; i++)
            {
                double s = 0;
                for (int j = 0; j < 8; j++) s += map[i * 8 + j] * p[j];
                q[i] = s;
                weight[labels[i]] += s;
                energyBefore += energies[i] * s;
            }
            double u = random.NextDouble() * weight.Sum();
            int outcome = 0;
            while (outcome < sectors - 1 && u >= weight[outcome]) u -= weight[outcome++];
            double energyAfter = 0;
            for (int i = 0; i < 8; i++)
            {
                p[i] = labels[i] == outcome ? q[i] / weight[outcome] : 0;
                energyAfter += energies[i] * p[i];
            }
            deltaE[n] = energyAfter - energyBefore;
            outcomes[n] = outcome;
        }
        return (deltaE, outcomes);
    }

    /// <summary>The mean of Delta E over cycles skip+1..cycles of an unselective trajectory, without storing it.</summary>
    public double UnselectiveMean(double[] initial, int cycles, int skip)
    {
        var trajectory = Unselective(initial, cycles);
        double sum = 0;
        for (int n = skip; n < cycles; n++) sum += trajectory[n];
        return sum / (cycles - skip);
    }
}
