using System.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// A HEOM trajectory by classical RK4 at a fixed step, carrying per bath the heat Q_k(t) that left bath k:
/// Q_k = int J_k dt + &lt;H_I,k&gt;(t) - &lt;H_I,k&gt;(0), where J_k is the first-tier system-side current of
/// <see cref="HeomGenerator.SystemHeatCurrent"/>. Because [Q_A, Q_B] = 0, d&lt;Q_k X_k&gt;/dt = i&lt;[H, Q_k] X_k&gt; - d&lt;H_Bk&gt;/dt, so
/// this Q_k equals -(change of the energy of bath k) exactly within the hierarchy (Eq. C2's definition). The integral
/// of J_k is carried as extra RK4 components (J is linear in the state), so it has the order of the state.
/// Seed 001_8d968b41aa3feca2.txt, Eq. C2 and Sec. IV.
/// </summary>
public sealed class HeomEvolution
{
    public HeomGenerator Generator { get; private set; }
    public Complex[] State { get; }
    public double Time { get; private set; }
    private readonly double[] currentIntegral;
    private readonly double[] interactionAtStart;
    private readonly Complex[] k1, k2, k3, k4, tmp;

    public HeomEvolution(HeomGenerator generator, Complex[] initialState)
    {
        if (initialState.Length != generator.StateLength) throw new ArgumentException("State length does not match the hierarchy.");
        Generator = generator;
        State = (Complex[])initialState.Clone();
        int baths = generator.Couplings.Count;
        currentIntegral = new double[baths];
        interactionAtStart = Enumerable.Range(0, baths).Select(k => generator.InteractionEnergy(State, k)).ToArray();
        k1 = new Complex[State.Length]; k2 = new Complex[State.Length]; k3 = new Complex[State.Length];
        k4 = new Complex[State.Length]; tmp = new Complex[State.Length];
    }

    /// <summary>Switches the system Hamiltonian (same baths): no heat flows at the switch.</summary>
    public void Switch(HeomGenerator generator)
    {
        if (generator.StateLength != Generator.StateLength) throw new ArgumentException("Hierarchies differ.");
        Generator = generator;
    }

    /// <summary>int_0^t J_k dt: energy that entered the system from bath k, seen from the system side.</summary>
    public double SystemSideHeat(int bath) => currentIntegral[bath];

    /// <summary>Heat that left bath k since the start.</summary>
    public double Heat(int bath) => currentIntegral[bath] + Generator.InteractionEnergy(State, bath) - interactionAtStart[bath];

    /// <summary>The physical (zeroth-tier) density matrix, d x d row-major.</summary>
    public Complex[] ReducedState()
    {
        int d2 = Generator.Dimension * Generator.Dimension;
        return State[..d2];
    }

    /// <summary>One classical RK4 step of length dt.</summary>
    public void Step(double dt)
    {
        if (!(dt > 0)) throw new ParameterOutOfRangeException("dt", dt, "> 0");
        if (dt * Generator.MaxDamping > 2.7)
            throw new ParameterOutOfRangeException("dt", dt, $"< 2.7/{Generator.MaxDamping:G4}", "RK4 stability: dt times the largest ADO damping L nu_max must stay below 2.7 (real-axis bound 2.785)");
        int n = State.Length, baths = currentIntegral.Length;
        var j = new double[baths];
        var g = Generator;
        for (int k = 0; k < baths; k++) j[k] += g.SystemHeatCurrent(State, k);
        g.Apply(State, k1);
        for (int i = 0; i < n; i++) tmp[i] = State[i] + 0.5 * dt * k1[i];
        for (int k = 0; k < baths; k++) j[k] += 2 * g.SystemHeatCurrent(tmp, k);
        g.Apply(tmp, k2);
        for (int i = 0; i < n; i++) tmp[i] = State[i] + 0.5 * dt * k2[i];
        for (int k = 0; k < baths; k++) j[k] += 2 * g.SystemHeatCurrent(tmp, k);
        g.Apply(tmp, k3);
        for (int i = 0; i < n; i++) tmp[i] = State[i] + dt * k3[i];
        for (int k = 0; k < baths; k++) j[k] += g.SystemHeatCurrent(tmp, k);
        g.Apply(tmp, k4);
        for (int i = 0; i < n; i++) State[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        for (int k = 0; k < baths; k++) currentIntegral[k] += dt / 6 * j[k];
        Time += dt;
    }

    /// <summary>Advances by duration in ceil(duration/maxStep) equal steps; calls observe after each step.</summary>
    public void Evolve(double duration, double maxStep, Action<HeomEvolution>? observe = null)
    {
        if (duration < 0) throw new ParameterOutOfRangeException("duration", duration, ">= 0");
        if (duration == 0) return;
        int steps = (int)Math.Ceiling(duration / maxStep - 1e-9);
        double dt = duration / steps;
        for (int s = 0; s < steps; s++)
        {
            Step(dt);
            observe?.Invoke(this);
        }
    }
}
