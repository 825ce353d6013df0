using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// First-principles simulation of the single-level fermion F driven through a sequence of stages. The state is the
/// level E and the occupation p. An isolated stage moves E at fixed p (work p dE). A contact stage moves E with F in
/// equilibrium with a reservoir (quasi-static: work = integral of the Fermi occupation over E, in closed form via
/// <see cref="FermiLevel.GrandPotentialMagnitude"/>), or in sudden jumps each followed by relaxation. Heat follows
/// from the first law dU = dW + dQ + mu_res dN with U = p E. Seed 000_49a452cf4824afd6.txt, Sec. 4, Eq. 14.
/// </summary>
public sealed class StageSimulator
{
    private readonly BigReal t;
    private readonly List<CycleStage> stages = [];

    public StageSimulator(BigReal temperature, BigReal level, BigReal occupation)
    {
        t = temperature;
        Level = level;
        Occupation = occupation;
    }

    public BigReal Level { get; private set; }
    public BigReal Occupation { get; private set; }
    public IReadOnlyList<CycleStage> Stages => stages;

    /// <summary>F isolated, E moved to <paramref name="level"/>: work p (E' - E), no heat, no particles.</summary>
    public void Isolated(string name, BigReal level)
    {
        var work = Occupation * (level - Level);
        Add(name, StageKind.Isolated, null, Level, level, Occupation, Occupation, work, BigReal.Zero, BigReal.Zero);
        Level = level;
    }

    /// <summary>F in contact with <paramref name="reservoir"/> while E is moved to <paramref name="level"/>.</summary>
    public void Contact(string name, ElectronReservoir reservoir, BigReal level, ContactSchedule schedule)
    {
        var (e0, p0) = (Level, Occupation);
        var work = BigReal.Zero;
        var mu = reservoir.ChemicalPotential;
        var heat = BigReal.Zero;
        // A contact made out of equilibrium first relaxes at fixed level (no work).
        Relax(mu, ref heat);
        if (schedule.IsQuasiStatic)
        {
            work = FermiLevel.GrandPotentialMagnitude(Level, mu, t) - FermiLevel.GrandPotentialMagnitude(level, mu, t);
            var pEnd = FermiLevel.Occupation(level, mu, t);
            var du = pEnd * level - Occupation * Level;
            heat += du - work - mu * (pEnd - Occupation);
            Level = level;
            Occupation = pEnd;
        }
        else
        {
            var pStart = Occupation;
            var pEnd = FermiLevel.Occupation(level, mu, t);
            int k = schedule.Jumps!.Value;
            for (int j = 1; j <= k; j++)
            {
                var next = j == k ? level
                    : FermiLevel.LevelFor(pStart + (pEnd - pStart) * BigReal.FromInteger(j, t.Digits) / BigReal.FromInteger(k, t.Digits), mu, t);
                work += Occupation * (next - Level);
                Level = next;
                Relax(mu, ref heat);
            }
        }
        Add(name, StageKind.Contact, reservoir, e0, Level, p0, Occupation, work, heat, Occupation - p0);
    }

    /// <summary>
    /// The limit of an isolated fitting step to the level E = -infinity (p = 1) or +infinity (p = 0) followed by a
    /// contact stage: the m = 1 edge case of stages a.3+a.4 and b.3+b.4, where each part diverges (or is 0 x infinity)
    /// but the sum is finite: for p = 1, (E_fit - E) + G(E_fit) - G(E') -&gt; mu_res - E - G(E'); for p = 0, -G(E').
    /// </summary>
    public void FitToExtremeThenContact(string name, ElectronReservoir reservoir, BigReal level, ContactSchedule schedule)
    {
        var (e0, p0) = (Level, Occupation);
        var mu = reservoir.ChemicalPotential;
        bool full = (p0 - BigReal.One).IsZero;
        if (!full && !p0.IsZero)
            throw new InvalidOperationException("A fit to an infinite level needs an occupation of exactly 0 or 1.");
        var heat = BigReal.Zero;
        BigReal work;
        if (schedule.IsQuasiStatic)
        {
            work = (full ? mu - Level : BigReal.Zero) - FermiLevel.GrandPotentialMagnitude(level, mu, t);
            var pEnd = FermiLevel.Occupation(level, mu, t);
            heat += pEnd * level - p0 * Level - work - mu * (pEnd - p0);
            Level = level;
            Occupation = pEnd;
        }
        else
        {
            var pEnd = FermiLevel.Occupation(level, mu, t);
            int k = schedule.Jumps!.Value;
            work = BigReal.Zero;
            for (int j = 1; j <= k; j++)
            {
                var next = j == k ? level
                    : FermiLevel.LevelFor(p0 + (pEnd - p0) * BigReal.FromInteger(j, t.Digits) / BigReal.FromInteger(k, t.Digits), mu, t);
                // The first jump starts from the infinite level where F sits at p0 = 0 or 1: fit + jump = p0 (E_next - E).
                work += Occupation * (next - Level);
                Level = next;
                Relax(mu, ref heat);
            }
        }
        Add(name, StageKind.Contact, reservoir, e0, Level, p0, Occupation, work, heat, Occupation - p0);
    }

    /// <summary>
    /// The reverse of <see cref="FitToExtremeThenContact"/> (stages c.4+c.5, d.4+d.5 at m = 1): quasi-static contact
    /// down to the infinite level, then back to <paramref name="finalLevel"/> isolated: G(E) + (mu_res - E_final) for
    /// p -&gt; 1, G(E) for p -&gt; 0.
    /// </summary>
    public void ContactToExtremeThenIsolated(string name, ElectronReservoir reservoir, bool full, BigReal finalLevel)
    {
        var (e0, p0) = (Level, Occupation);
        var mu = reservoir.ChemicalPotential;
        var heat = BigReal.Zero;
        // Stryker disable once Statement : the relaxation heat (E - mu)(p_eq - p0) cancels exactly against the change it makes to -p E + mu p in the heat below, and the work depends on the level only
        Relax(mu, ref heat);
        var work = FermiLevel.GrandPotentialMagnitude(Level, mu, t) + (full ? finalLevel - mu : BigReal.Zero);
        var pEnd = full ? BigReal.One : BigReal.Zero;
        heat += pEnd * finalLevel - Occupation * Level - work - mu * (pEnd - Occupation);
        Level = finalLevel;
        Occupation = pEnd;
        Add(name, StageKind.Contact, reservoir, e0, Level, p0, Occupation, work, heat, Occupation - p0);
    }

    private void Relax(BigReal mu, ref BigReal heat)
    {
        var eq = FermiLevel.Occupation(Level, mu, t);
        heat += (Level - mu) * (eq - Occupation);
        Occupation = eq;
    }

    private void Add(string name, StageKind kind, ElectronReservoir? reservoir, BigReal e0, BigReal e1, BigReal p0, BigReal p1,
        BigReal work, BigReal heat, BigReal electrons)
    {
        var zero = BigReal.Zero;
        var entropy = QubitEntropy.OccupationNats(p1) - QubitEntropy.OccupationNats(p0) - heat / t;
        stages.Add(new CycleStage(name, kind, reservoir?.Name, e0, e1, p0, p1, work, heat,
            reservoir?.Name == ReservoirName.R ? electrons : zero,
            reservoir?.Name == ReservoirName.TPlus ? electrons : zero,
            reservoir?.Name == ReservoirName.TMinus ? electrons : zero,
            entropy));
    }
}
