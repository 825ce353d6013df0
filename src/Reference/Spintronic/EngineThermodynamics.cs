using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// Thermodynamics of the periodic (fixed-point) cycle at temperature T: Delta E (Eq. 16), Delta S = S(rho(n tau^+)) -
/// S(rho((n+1) tau^-)) (von Neumann, nats; positive because the measurement dephases), W_th = -Delta E + T Delta S
/// (Eq. 17), T_c = Delta E / Delta S, the bound -W_th / Delta E = 1 - T/T_c of Eq. 20 and P_max = Delta E / tau (Eq. 21).
/// <para>
/// Electrical work (our definition; the seed names W_el in Eqs. 18-21 but gives no formula): W_el = -(mu_L N_L + mu_R N_R),
/// where N_alpha = int_0^tau I_alpha dt is the mean number of electrons delivered INTO lead alpha during the stroke,
/// I_alpha = -Tr[N D_alpha(rho)] the particle current into the lead from its dissipators in Eq. 12 (see
/// <see cref="LeadCurrent"/>), integrated exactly with <see cref="StrokeTimeIntegral"/>, and mu_alpha the lead's
/// (electro)chemical potential. Sign: W_el &lt; 0 when the cycle delivers electrons into the lead of higher mu, i.e. work
/// done BY the engine is negative, as in the seed's "-Delta E &lt;= W_th &lt;= W_el &lt;= 0" (below Eq. 19) and P = -W_el/tau
/// (Eq. 21). The efficiency is eta = -W_el / Delta E (Eq. 18 with the sign chosen so that delivered work counts positive,
/// as the seed's Eqs. 20-21 require; Eq. 18 as printed, W_el/Delta E, would be &lt;= 0 by its own sign convention).
/// Holds with and without the bosonic bath (the bosons conserve the dot's particle number, so they carry no current).
/// At the fixed point N_L + N_R = 0 (the dot's charge returns to itself each cycle; the measurement keeps populations).
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
        return AtFixedPoint(cycle, temperature, StrokeTimeIntegral.Of(cycle.Stroke.Parameters, cycle.Stroke.Tau, cycle.Digits));
    }

    /// <summary>As above with the stroke's time integral supplied (same parameters, tau and digits as the cycle). Seed 004_a075f79c977e5cdb.txt, Eqs. 17-21.</summary>
    public static EngineThermodynamics AtFixedPoint(EngineCycle cycle, BigReal temperature, StrokeTimeIntegral integral)
    {
        ArgumentNullException.ThrowIfNull(integral);
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
        ArgumentNullException.ThrowIfNull(cycle);
        if (integral.Parameters != cycle.Stroke.Parameters || integral.Tau != cycle.Stroke.Tau)
            throw new ArgumentException("The time integral belongs to another stroke.", nameof(integral));
        BigReal nl = LeadCurrent.DeliveredDuringStroke(integral, Lead.Left, after);
        BigReal nr = LeadCurrent.DeliveredDuringStroke(integral, Lead.Right, after);
        return new EngineThermodynamics(deltaE, deltaS, wth, tc, bound, carnot, deltaE / tau, nl, nr);
    }

    /// <summary>W_el = -(mu_L N_L + mu_R N_R) per cycle (meV), N_alpha the electrons delivered into lead alpha. Seed 004_a075f79c977e5cdb.txt, Eqs. 18-21 (definition above).</summary>
    public BigReal? ElectricalWork(BigReal muLeft, BigReal muRight) =>
        ElectronsIntoLeft is { } nl && ElectronsIntoRight is { } nr ? -(muLeft * nl + muRight * nr) : null;

    /// <summary>eta = -W_el / Delta E with W_el = -(mu_L N_L + mu_R N_R). Seed 004_a075f79c977e5cdb.txt, Eq. 18 (sign as above).</summary>
    public BigReal? Efficiency(BigReal muLeft, BigReal muRight) =>
        ElectronsIntoLeft is { } nl && ElectronsIntoRight is { } nr ? (muLeft * nl + muRight * nr) / DeltaE : null;
}
