using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// One engine cycle (Sec. II C 2): the thermalising stroke e^(L tau), then the unselective measurement of Eq. 13. After a
/// measurement rho is diagonal in the basis of Eq. 14 (the measured observables are diagonal there and the block
/// coherences join different outcomes), so the cycle acts on 8 populations p through the 8x8 matrix
/// <see cref="PopulationMap"/> M_ij = &lt;i| e^(L tau)(|j&gt;&lt;j|) |i&gt;, and Delta E_n = -k . p_(n-1) with
/// <see cref="CoherenceFunctional"/> k_j = Tr[C e^(L tau)(|j&gt;&lt;j|)] (Eq. 16).
/// Seed 004_a075f79c977e5cdb.txt, Eqs. 12, 13, 16 and Sec. II C 2.
/// </summary>
public sealed class EngineCycle
{
    public ThermalisingStroke Stroke { get; }
    public BigReal[,] PopulationMap { get; }
    public BigReal[] CoherenceFunctional { get; }
    public int Digits => Stroke.Digits;

    public EngineCycle(ThermalisingStroke stroke)
    {
        ArgumentNullException.ThrowIfNull(stroke);
        Stroke = stroke;
        var e = stroke.Block;
        var gamma = BigComplex.FromRational(stroke.Parameters.Gamma, stroke.Digits);
        PopulationMap = new BigReal[8, 8];
        CoherenceFunctional = new BigReal[8];
        for (int j = 0; j < 8; j++)
        {
            for (int i = 0; i < 8; i++) PopulationMap[i, j] = e[i, j].Re;
            CoherenceFunctional[j] = CoherenceTrace(gamma, e[8, j], e[9, j], e[10, j], e[11, j]);
        }
    }

    /// <summary>Tr[C rho] from the block coherences (rho_14, rho_41, rho_36, rho_63). Seed 004_a075f79c977e5cdb.txt, Eq. 16.</summary>
    public static BigReal CoherenceTrace(BigComplex gamma, BigComplex r14, BigComplex r41, BigComplex r36, BigComplex r63) =>
        (gamma * r14 + gamma.Conjugate() * r41 + gamma * r36 + gamma.Conjugate() * r63).Re;

    public static EngineCycle Of(SpintronicParameters p, Rational tau, int digits) => new(ThermalisingStroke.Of(p, tau, digits));

    /// <summary>
    /// The 64x64 cycle superoperator on block-form states, Phi o P_S = M_meas o e^(L tau) o P_S (column stacking; P_S the
    /// projection onto the 12 block coordinates), assembled from the block. On the complement Phi is not zero (the
    /// measurement keeps coherences between states with equal n_R, e.g. rho_02), but those never arise from the
    /// seed's initial states; their modes are NOT part of <see cref="CycleSpectrum"/>. Seed 004_a075f79c977e5cdb.txt, Eqs. 12-13.
    /// </summary>
    public Matrix<BigComplex> BlockSuperoperator()
    {
        var phi = new BigComplex[64 * 64];
        for (int i = 0; i < 8; i++)
            for (int b = 0; b < BlockSubspace.Size; b++)
                phi[(i * 8 + i) * 64 + BlockSubspace.VecIndex(b)] = Stroke.Block[i, b];
        return Matrix<BigComplex>.FromRowMajor(64, 64, phi);
    }

    /// <summary>p -&gt; M p, one unselective cycle on the populations.</summary>
    public BigReal[] Step(IReadOnlyList<BigReal> populations)
    {
        var next = new BigReal[8];
        for (int i = 0; i < 8; i++)
        {
            var sum = BigReal.Zero;
            for (int j = 0; j < 8; j++) sum += PopulationMap[i, j] * populations[j];
            next[i] = sum;
        }
        return next;
    }

    /// <summary>Delta E of the cycle that starts from populations p: -k . p. Seed 004_a075f79c977e5cdb.txt, Eq. 16.</summary>
    public BigReal DeltaE(IReadOnlyList<BigReal> populations)
    {
        var sum = BigReal.Zero;
        for (int j = 0; j < 8; j++) sum += CoherenceFunctional[j] * populations[j];
        return -sum;
    }

    /// <summary>
    /// Delta E_1..Delta E_n of unselective cycles from a block-form rho(0) (12 coordinates); the first stroke uses the full
    /// 12x12 propagator, later ones the population map. Seed 004_a075f79c977e5cdb.txt, Sec. II C 2 (Delta E_n = -Tr[C rho(n tau^-)]).
    /// </summary>
    public BigReal[] UnselectiveTrajectory(IReadOnlyList<BigComplex> initial, int cycles)
    {
        var gamma = BigComplex.FromRational(Stroke.Parameters.Gamma, Digits);
        var result = new BigReal[cycles];
        if (cycles == 0) return result;
        var first = Stroke.Apply(initial);
        result[0] = -CoherenceTrace(gamma, first[8], first[9], first[10], first[11]);
        var p = Enumerable.Range(0, 8).Select(i => first[i].Re).ToArray();
        for (int n = 1; n < cycles; n++)
        {
            result[n] = DeltaE(p);
            p = Step(p);
        }
        return result;
    }

    /// <summary>
    /// The fixed point p* of the population map (M p* = p*, sum p* = 1) by Gaussian elimination at working precision;
    /// unique when eigenvalue 1 of M is simple (see <see cref="CycleSpectrum"/>). Seed 004_a075f79c977e5cdb.txt, Sec. II C 2.
    /// </summary>
    public BigReal[] FixedPoint()
    {
        int w = Digits + 10;
        var a = new BigReal[8, 9];
        for (int i = 0; i < 8; i++)
            for (int j = 0; j < 8; j++)
                a[i, j] = PopulationMap[i, j].WithDigits(w) - (i == j ? BigReal.One : BigReal.Zero);
        for (int j = 0; j < 8; j++) a[7, j] = BigReal.One;
        for (int i = 0; i < 8; i++) a[i, 8] = i == 7 ? BigReal.One : BigReal.Zero;
        for (int col = 0; col < 8; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) if (a[r, col].Abs() > a[pivot, col].Abs()) pivot = r;
            if (a[pivot, col].IsZero) throw new InvalidOperationException("The cycle's fixed point is not unique.");
            for (int c = 0; c < 9; c++) (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
            for (int r = 0; r < 8; r++)
            {
                if (r == col || a[r, col].IsZero) continue;
                var factor = a[r, col] / a[col, col];
                for (int c = col; c < 9; c++) a[r, c] -= factor * a[col, c];
            }
        }
        return Enumerable.Range(0, 8).Select(i => (a[i, 8] / a[i, i]).WithDigits(Digits)).ToArray();
    }

    /// <summary>The long-run Delta E per cycle, -k . p* at the fixed point. Seed 004_a075f79c977e5cdb.txt, Sec. II C 2 and Figs. 3, 6, 7.</summary>
    public BigReal LongRunDeltaE() => DeltaE(FixedPoint());

    /// <summary>max_i |(M 1)_i - 1|: zero iff the cycle map is unital (Phi(I) = I; the complement of the block carries no identity part).</summary>
    public BigReal UnitalityDefect()
    {
        var max = BigReal.Zero;
        for (int i = 0; i < 8; i++)
        {
            var sum = BigReal.Zero;
            for (int j = 0; j < 8; j++) sum += PopulationMap[i, j];
            max = BigReal.Max(max, (sum - BigReal.One).Abs());
        }
        return max;
    }

    /// <summary>The cycle's state just before the measurement, rho(tau^-), from populations after the previous measurement.</summary>
    public BigComplex[] BeforeMeasurement(IReadOnlyList<BigReal> populations)
    {
        var x = new BigComplex[BlockSubspace.Size];
        for (int j = 0; j < 8; j++) x[j] = populations[j];
        for (int j = 8; j < 12; j++) x[j] = BigComplex.Zero;
        return Stroke.Apply(x);
    }
}
