using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// Thermodynamics of the periodic (fixed-point) cycle at temperature T: Delta E (Eq. 16), Delta S = S(rho(n tau^+)) -
/// S(rho((n+1) tau^-)) (von Neumann, nats; positive because the measurement dephases), W_th = -Delta E + T Delta S
/// (Eq. 17), T_c = Delta E / Delta S, the bound -W_th / Delta E = 1 - T/T_c of Eq. 20 and P_max = Delta E / tau (Eq. 21).
/// <para>
/// Electrical work (our definition, the seed gives none): W_el = -(mu_L N_L + mu_R N_R), N_alpha the mean number of
/// electrons delivered into lead alpha during the stroke, mu_alpha the leads' chemical potentials; the efficiency is
/// eta = -W_el / Delta E (Eq. 18 with the sign chosen so that delivered work counts positive, as Eq. 20 requires).
/// Without bosons N_L = -(change of &lt;n_up&gt;) and N_R = -(change of &lt;n_down + n_R&gt;) over the stroke exactly (the
/// left lead is the only source of up electrons; the hop conserves n_down + n_R); with bosons W_el is not computed.
/// </para>
/// Seed 004_a075f79c977e5cdb.txt, Eqs. 17-21.
/// </summary>
public sealed record EngineThermodynamics(
    BigReal DeltaE, BigReal DeltaS, BigReal WorkBound, BigReal? CriticalTemperature, BigReal? EfficiencyBound,
    BigReal? CarnotLikeBound, BigReal MaxPower, BigReal? ElectronsIntoLeft, BigReal? ElectronsIntoRight)
{
    /// <summary>At the cycle's fixed point, temperature <paramref name="temperature"/> (meV). Seed 004_a075f79c977e5cdb.txt, Eqs. 17-21.</summary>
    public static EngineThermodynamics AtFixedPoint(EngineCycle cycle, BigReal temperature)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        if (temperature.Sign < 0) throw new ParameterOutOfRangeException("T", temperature.ToString(10), "[0, infinity)");
        int d = cycle.Digits;
        var p = cycle.FixedPoint();
        var after = Enumerable.Range(0, 12).Select(i => i < 8 ? (BigComplex)p[i] : BigComplex.Zero).ToArray();
        var before = cycle.BeforeMeasurement(p);
        var deltaE = cycle.DeltaE(p);
        var deltaS = BlockStateEntropy.Of(after, d) - BlockStateEntropy.Of(before, d);
        var wth = -deltaE + temperature * deltaS;
        // T_c and Eq. 20 are undefined when the cycle carries no coherence (Delta E = Delta S = 0).
        BigReal? tc = deltaS.IsZero || deltaE.IsZero ? null : deltaE / deltaS;
        BigReal? bound = deltaE.IsZero ? null : -wth / deltaE;
        BigReal? carnot = tc is { } c ? BigReal.One - temperature / c : null;
        var tau = BigReal.FromRational(cycle.Stroke.Tau, d);
        BigReal? nl = null, nr = null;
        var par = cycle.Stroke.Parameters;
        if (par.LambdaPlus.IsZero && par.LambdaMinus.IsZero)
        {
            BigReal Occ(IReadOnlyList<BigComplex> x, Mode mode) =>
                Enumerable.Range(0, 8).Where(i => FockSpace.Occupation(i, mode) == 1).Aggregate(BigReal.Zero, (s, i) => s + x[i].Re);
            nl = Occ(after, Mode.Up) - Occ(before, Mode.Up);
            nr = Occ(after, Mode.Down) + Occ(after, Mode.R) - Occ(before, Mode.Down) - Occ(before, Mode.R);
        }
        return new EngineThermodynamics(deltaE, deltaS, wth, tc, bound, carnot, deltaE / tau, nl, nr);
    }

    /// <summary>eta = -W_el / Delta E with W_el = -(mu_L N_L + mu_R N_R); null when the particle numbers are not available.</summary>
    public BigReal? Efficiency(BigReal muLeft, BigReal muRight) =>
        ElectronsIntoLeft is { } nl && ElectronsIntoRight is { } nr ? (muLeft * nl + muRight * nr) / DeltaE : null;
}
