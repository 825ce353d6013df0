using System.Numerics;
using QTherm.Reference.Quantities;
using MathNetMatrix = MathNet.Numerics.LinearAlgebra.Matrix<System.Numerics.Complex>;
using MathNetVector = MathNet.Numerics.LinearAlgebra.Vector<System.Numerics.Complex>;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// The pump cycle of Sec. V with HEOM baths: each qubit (sigma_z/2) is coupled through sigma_x to its own
/// Drude-Lorentz bath and first equilibrated with it (the stationary single-qubit hierarchies, combined as a product,
/// which is the stationary state of the two uncoupled subsystems); then chi of Eq. 10, built from the equilibrium
/// populations of the qubits (so that the local states stay in equilibrium, Eq. 9b), is added to the physical
/// density matrix (ADOs unchanged), V_AB is switched on for tau, switched off, and the system rethermalises for
/// tau_relax. Heat Q_k is the energy that left bath k (Eq. C2), I_0 the mutual information right after the
/// preparation. The uncorrelated reference (Fig. 6 dashed lines) omits chi. Seed 001_8d968b41aa3feca2.txt, Secs. IV-V, Figs. 4-6.
/// </summary>
public sealed class HeomPumpCycle
{
    public sealed record Sample(double Time, double HeatA, double HeatB, double EnergyA, double EnergyB, Complex[] State);

    public HeatPumpParameters Parameters { get; }
    public DrudeLorentzBath BathA { get; }
    public DrudeLorentzBath BathB { get; }
    public HeomSettings Settings { get; }
    public IReadOnlyList<Sample> Samples { get; }
    public double InitialMutualInformation { get; }
    public double SwitchOffWork { get; }
    public double SwitchOnWork { get; }
    public Complex[] InitialState { get; }
    public double CoupledTime { get; }
    public double RelaxTime { get; }

    public HeomPumpCycle(HeatPumpParameters parameters, DrudeLorentzBath bathA, DrudeLorentzBath bathB, HeomSettings settings,
        double coupledTime, double relaxTime, bool correlated, int sampleEvery = 10)
    {
        if (!(coupledTime >= 0)) throw new ParameterOutOfRangeException("tau", coupledTime, ">= 0");
        if (!(relaxTime >= 0)) throw new ParameterOutOfRangeException("tau_relax", relaxTime, ">= 0");
        if (sampleEvery < 1) throw new ParameterOutOfRangeException("sampleEvery", sampleEvery, ">= 1");
        Parameters = parameters;
        BathA = bathA;
        BathB = bathB;
        Settings = settings;
        CoupledTime = coupledTime;
        RelaxTime = relaxTime;
        var h0 = FreeHamiltonian();
        var v = Coupling(parameters);
        var free = TwoQubitGenerator(h0, bathA, bathB, settings);
        var coupled = free.WithHamiltonian(Add(h0, v));
        var y = EquilibratedProduct(free, bathA, bathB, settings);
        var chi = correlated ? OptimalChi(y, parameters.PhiChi(20).ToDouble()) : new Complex[16];
        for (int i = 0; i < 16; i++) y[i] += chi[i];
        InitialState = y[..16];
        InitialMutualInformation = TwoQubitEntropy.MutualInformation(InitialState);
        SwitchOnWork = Expectation(v, InitialState);
        var run = new HeomEvolution(coupled, y);
        var samples = new List<Sample> { MakeSample(run) };
        int count = 0;
        void Observe(HeomEvolution e) { if (++count % sampleEvery == 0) samples.Add(MakeSample(e)); }
        run.Evolve(coupledTime, settings.TimeStep, Observe);
        if (samples[^1].Time != run.Time) samples.Add(MakeSample(run));
        SwitchOffWork = -Expectation(v, run.ReducedState());
        run.Switch(free);
        count = 0;
        run.Evolve(relaxTime, settings.TimeStep, Observe);
        if (samples[^1].Time != run.Time) samples.Add(MakeSample(run));
        Samples = samples;
    }

    public Sample Final => Samples[^1];

    /// <summary>Q_B/(T_A I_0) per cycle. Seed 001_8d968b41aa3feca2.txt, Eq. 18.</summary>
    public double Eq18Ratio => Final.HeatB / (Parameters.TemperatureA.ToDouble() * InitialMutualInformation);

    /// <summary>H_A + H_B = diag(-1, 0, 0, 1) in |00>,|01>,|10>,|11>. Seed 001_8d968b41aa3feca2.txt, Sec. III.</summary>
    public static Complex[,] FreeHamiltonian() => new Complex[,] { { -1, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 1 } };

    /// <summary>V_AB of Eq. 7 in double precision. Seed 001_8d968b41aa3feca2.txt, Eq. 7.</summary>
    public static Complex[,] Coupling(HeatPumpParameters p)
    {
        var e = Complex.FromPolarCoordinates(p.Omega.ToDouble(), p.PhiV(20).ToDouble());
        var v = new Complex[4, 4];
        v[1, 2] = e;
        v[2, 1] = Complex.Conjugate(e);
        return v;
    }

    /// <summary>sigma_x (x) 1 and 1 (x) sigma_x: qubit A couples to bath A, qubit B to bath B.</summary>
    public static IReadOnlyList<Complex[,]> SigmaXCouplings()
    {
        var a = new Complex[4, 4];
        var b = new Complex[4, 4];
        for (int i = 0; i < 4; i++) { a[i, i ^ 2] = 1; b[i, i ^ 1] = 1; }
        return new List<Complex[,]> { a, b };
    }

    /// <summary>The two-qubit, two-bath hierarchy.</summary>
    public static HeomGenerator TwoQubitGenerator(Complex[,] h, DrudeLorentzBath bathA, DrudeLorentzBath bathB, HeomSettings s) =>
        new(h, SigmaXCouplings(), [bathA.Exponents(s.MatsubaraTerms), bathB.Exponents(s.MatsubaraTerms)],
            [s.Terminator ? bathA.Terminator(s.MatsubaraTerms) : 0, s.Terminator ? bathB.Terminator(s.MatsubaraTerms) : 0], s.Depth);

    /// <summary>Stationary hierarchy of one qubit sigma_z/2 coupled through sigma_x to one bath: dense solve of L y = 0, Tr rho = 1.</summary>
    public static Complex[] StationaryQubit(DrudeLorentzBath bath, HeomSettings s)
    {
        var h = new Complex[,] { { -0.5, 0 }, { 0, 0.5 } };
        var sx = new Complex[,] { { 0, 1 }, { 1, 0 } };
        var g = new HeomGenerator(h, [sx], [bath.Exponents(s.MatsubaraTerms)], [s.Terminator ? bath.Terminator(s.MatsubaraTerms) : 0], s.Depth);
        int n = g.StateLength;
        var m = MathNetMatrix.Build.Dense(n, n);
        var unit = new Complex[n];
        var column = new Complex[n];
        for (int j = 0; j < n; j++)
        {
            Array.Clear(unit);
            unit[j] = 1;
            g.Apply(unit, column);
            for (int i = 0; i < n; i++) m[i, j] = column[i];
        }
        // Replace the rho_00 equation by Tr rho = 1 (rho_00 + rho_11).
        for (int j = 0; j < n; j++) m[0, j] = 0;
        m[0, 0] = 1;
        m[0, 3] = 1;
        var rhs = MathNetVector.Build.Dense(n);
        rhs[0] = 1;
        return m.Solve(rhs).ToArray();
    }

    /// <summary>The joint hierarchy state r_(nA,nB) = r^A_nA (x) r^B_nB of the two uncoupled equilibrated qubits.</summary>
    public static Complex[] EquilibratedProduct(HeomGenerator joint, DrudeLorentzBath bathA, DrudeLorentzBath bathB, HeomSettings s)
    {
        var ya = StationaryQubit(bathA, s);
        var yb = StationaryQubit(bathB, s);
        int modesA = s.MatsubaraTerms + 1;
        var single = new AdoHierarchy(modesA, s.Depth);
        var y = new Complex[joint.StateLength];
        for (int a = 0; a < joint.Hierarchy.Count; a++)
        {
            var n = joint.Hierarchy.Indices[a];
            int ia = single.IndexOf(n[..modesA]);
            int ib = single.IndexOf(n[modesA..]);
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 4; j++)
                    y[a * 16 + i * 4 + j] = ya[ia * 4 + (i >> 1) * 2 + (j >> 1)] * yb[ib * 4 + (i & 1) * 2 + (j & 1)];
        }
        return y;
    }

    /// <summary>chi of Eq. 10 with lambda_4 = p_1^A p_1^B taken from the current physical state. Seed 001_8d968b41aa3feca2.txt, Eq. 10.</summary>
    public static Complex[] OptimalChi(Complex[] y, double phiChi)
    {
        double l4 = y[15].Real;
        var chi = new Complex[16];
        chi[0] = -l4; chi[5] = l4; chi[10] = l4; chi[15] = -l4;
        chi[6] = Complex.FromPolarCoordinates(Math.Sqrt(l4), phiChi);
        chi[9] = Complex.Conjugate(chi[6]);
        return chi;
    }

    private static Sample MakeSample(HeomEvolution e)
    {
        var rho = e.ReducedState();
        // E_A = Tr((sigma_z/2 (x) 1) rho), E_B likewise.
        double eA = 0.5 * (-rho[0].Real - rho[5].Real + rho[10].Real + rho[15].Real);
        double eB = 0.5 * (-rho[0].Real + rho[5].Real - rho[10].Real + rho[15].Real);
        return new Sample(e.Time, e.Heat(0), e.Heat(1), eA, eB, rho);
    }

    private static Complex[,] Add(Complex[,] a, Complex[,] b)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) r[i, j] = a[i, j] + b[i, j];
        return r;
    }

    private static double Expectation(Complex[,] o, Complex[] rho)
    {
        Complex t = 0;
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) t += o[i, j] * rho[j * 4 + i];
        return t.Real;
    }
}
