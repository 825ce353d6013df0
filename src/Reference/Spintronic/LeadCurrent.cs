using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>The two electrodes of Eq. 12: the left lead feeds the spin-up level of the left dot, the right lead the right dot.</summary>
public enum Lead
{
    Left,
    Right,
}

/// <summary>
/// The particle current INTO a lead, I_alpha = -Tr[N D_alpha(rho)] with N = n_up + n_down + n_R the dot's total number
/// and D_L = T_L^- D[c_up^dagger] + T_L^+ D[c_up], D_R = T_R^- D[c_R^dagger] + T_R^+ D[c_R] the lead dissipators of Eq. 12
/// (electrons per hbar/meV; positive when electrons leave the dots into the lead). Equivalently
/// I_L = T_L^+ &lt;n_up&gt; - T_L^- (1 - &lt;n_up&gt;), I_R = T_R^+ &lt;n_R&gt; - T_R^- (1 - &lt;n_R&gt;). Seed 004_a075f79c977e5cdb.txt, Eq. 12.
/// </summary>
public static class LeadCurrent
{
    /// <summary>The lead's two channels of Eq. 12 (rate, jump operator).</summary>
    public static IReadOnlyList<JumpOperator> Jumps(SpintronicParameters p, Lead lead)
    {
        ArgumentNullException.ThrowIfNull(p);
        var mode = lead == Lead.Left ? Mode.Up : Mode.R;
        var (electronIn, electronOut) = lead == Lead.Left ? (p.TLMinus, p.TLPlus) : (p.TRMinus, p.TRPlus);
        return [new JumpOperator(electronIn, FockSpace.Creation(mode)), new JumpOperator(electronOut, FockSpace.Annihilation(mode))];
    }

    /// <summary>
    /// The exact linear functional f with I_alpha = sum_k f_k x_k on the 12 block coordinates x of rho: f_k = -Tr[N D_alpha(E_k)],
    /// E_k the matrix unit of coordinate k, read off the vectorised lead dissipator. Seed 004_a075f79c977e5cdb.txt, Eq. 12.
    /// </summary>
    public static ComplexRational[] Functional(SpintronicParameters p, Lead lead)
    {
        var number = FockSpace.Number(Mode.Up) + FockSpace.Number(Mode.Down) + FockSpace.Number(Mode.R);
        return RateFunctional(Jumps(p, lead), number).Select(z => -z).ToArray();
    }

    /// <summary>g_k = Tr[O D(E_k)] on the 12 block coordinates, D = sum of the given channels of Eq. 12: the rate of change of &lt;O&gt; they cause.</summary>
    public static ComplexRational[] RateFunctional(IEnumerable<JumpOperator> channels, Matrix<ComplexRational> observable)
    {
        ArgumentNullException.ThrowIfNull(observable);
        var d = FockSpace.Dimension;
        var dissipator = LindbladGenerator.Of(Matrix<ComplexRational>.Zero(d, d), channels);
        var g = new ComplexRational[BlockSubspace.Size];
        for (int k = 0; k < BlockSubspace.Size; k++)
        {
            // Tr[O X] = sum_(i,j) O_ji X_ij, X_ij at vec index j*8 + i.
            var sum = ComplexRational.Zero;
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    if (!observable[j, i].IsZero) sum += observable[j, i] * dissipator[j * d + i, BlockSubspace.VecIndex(k)];
            g[k] = sum;
        }
        return g;
    }

    /// <summary>sum_k g_k x_k (real part) for an exact functional g and high-precision coordinates x.</summary>
    public static BigReal Evaluate(IReadOnlyList<ComplexRational> functional, IReadOnlyList<BigComplex> coordinates, int digits)
    {
        ArgumentNullException.ThrowIfNull(functional);
        ArgumentNullException.ThrowIfNull(coordinates);
        var sum = BigComplex.Zero;
        for (int k = 0; k < BlockSubspace.Size; k++)
            if (!functional[k].IsZero) sum += BigComplex.FromRational(functional[k], digits) * coordinates[k];
        return sum.Re;
    }

    /// <summary>The instantaneous current into the lead for a state given by its 12 block coordinates. Seed 004_a075f79c977e5cdb.txt, Eq. 12.</summary>
    public static BigReal IntoLead(SpintronicParameters p, Lead lead, IReadOnlyList<BigComplex> coordinates, int digits) =>
        Evaluate(Functional(p, lead), coordinates, digits);

    /// <summary>
    /// N_alpha = int_0^tau I_alpha(s) ds, the mean number of electrons delivered into the lead during a stroke that starts
    /// from the block coordinates <paramref name="start"/>, exactly from the time integral of e^(L s). Seed 004_a075f79c977e5cdb.txt, Eq. 12.
    /// </summary>
    public static BigReal DeliveredDuringStroke(StrokeTimeIntegral stroke, Lead lead, IReadOnlyList<BigComplex> start)
    {
        ArgumentNullException.ThrowIfNull(stroke);
        return IntoLead(stroke.Parameters, lead, stroke.IntegrateState(start), stroke.Digits);
    }
}
