using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// One cycle of the heat pump of Sec. V in the weak-coupling model: start from rho_A^0 (x) rho_B^0 + chi (chi of
/// Eq. 10, or 0 for the uncorrelated reference), couple (H_S = H_A + H_B + V_AB, global Davies generator) for tau,
/// switch V_AB off, rethermalise (H_S = H_A + H_B, local relaxation) for tau_relax. Heat Q_k is the energy leaving
/// bath k, Q_k(t) = integral of Tr(H_S D_k[rho]) (Eq. C2 in the weak-coupling limit). Switching work
/// W = &lt;V_AB&gt; at switch-on minus &lt;V_AB&gt; at switch-off. Seed 001_8d968b41aa3feca2.txt, Secs. IV-V, Fig. 3.
/// </summary>
public sealed class PumpCycle
{
    public sealed record Sample(Rational Time, BigReal HeatA, BigReal HeatB, BigReal EntropyAB, BigReal EntropyA, BigReal EntropyB,
        BigReal Concurrence, BigReal Sed, Matrix<BigComplex> State);

    public HeatPumpParameters Parameters { get; }
    public BathSpectrum BathA { get; }
    public BathSpectrum BathB { get; }
    public Rational CoupledTime { get; }
    public Rational RelaxTime { get; }
    public bool Correlated { get; }
    public int Digits { get; }
    public IReadOnlyList<Sample> Samples { get; }
    public BigReal SwitchOnWork { get; }
    public BigReal SwitchOffWork { get; }
    public Matrix<BigComplex> InitialState { get; }

    public PumpCycle(HeatPumpParameters parameters, Rational kappaA, Rational kappaB, Rational cutoff,
        Rational coupledTime, Rational relaxTime, bool correlated, int digits, int coupledSteps = 16, int relaxSteps = 20)
    {
        if (coupledTime.Sign < 0) throw new ParameterOutOfRangeException("tau", coupledTime, ">= 0", "coupling time");
        if (relaxTime.Sign < 0) throw new ParameterOutOfRangeException("tau_relax", relaxTime, ">= 0", "rethermalisation time");
        if (coupledSteps < 1 || relaxSteps < 1) throw new ParameterOutOfRangeException("steps", Math.Min(coupledSteps, relaxSteps), ">= 1");
        Parameters = parameters;
        BathA = new BathSpectrum(parameters.TemperatureA, kappaA, cutoff);
        BathB = new BathSpectrum(parameters.TemperatureB, kappaB, cutoff);
        CoupledTime = coupledTime;
        RelaxTime = relaxTime;
        Correlated = correlated;
        Digits = digits;
        int w = digits + 5;
        var product = parameters.Product(w);
        InitialState = correlated ? CorrelationMatrix.Optimal(product, parameters.PhiChi(w)).InitialState(product) : product.Matrix();
        var h0 = TwoQubitHamiltonian.HA() + TwoQubitHamiltonian.HB();
        var v = TwoQubitHamiltonian.V(parameters.Omega, parameters.PhiV(w));
        var coupled = new GlobalLindbladGenerator(h0 + v, BathA, BathB, w);
        var free = new GlobalLindbladGenerator(h0, BathA, BathB, w);

        var samples = new List<Sample>();
        var rho = InitialState.VecColumns();
        BigReal qA = BigReal.Zero, qB = BigReal.Zero;
        samples.Add(MakeSample(Rational.Zero, rho, qA, qB, w));
        SwitchOnWork = TwoQubitHamiltonian.Expectation(v, InitialState);
        Rational t = Rational.Zero;
        (rho, qA, qB, t) = Run(coupled, rho, qA, qB, t, coupledTime, coupledSteps, samples, w);
        SwitchOffWork = -TwoQubitHamiltonian.Expectation(v, Matrix<BigComplex>.UnvecColumns(rho, 4, 4));
        (rho, qA, qB, t) = Run(free, rho, qA, qB, t, relaxTime, relaxSteps, samples, w);
        Samples = samples;
    }

    private (Matrix<BigComplex>, BigReal, BigReal, Rational) Run(GlobalLindbladGenerator g, Matrix<BigComplex> rho, BigReal qA, BigReal qB,
        Rational t, Rational duration, int steps, List<Sample> samples, int w)
    {
        if (duration.IsZero) return (rho, qA, qB, t);
        var h = duration / steps;
        var prop = IntegratedPropagator.Of(g.Liouvillian, h, w);
        for (int k = 0; k < steps; k++)
        {
            var integral = prop.Integral * rho;
            qA += g.HeatCurrent(g.DissipatorA, integral);
            qB += g.HeatCurrent(g.DissipatorB, integral);
            rho = prop.Step * rho;
            t += h;
            samples.Add(MakeSample(t, rho, qA, qB, w));
        }
        return (rho, qA, qB, t);
    }

    private static Sample MakeSample(Rational t, Matrix<BigComplex> vecRho, BigReal qA, BigReal qB, int w)
    {
        var rho = Matrix<BigComplex>.UnvecColumns(vecRho, 4, 4);
        rho = ClosedEvolution.Hermitised(rho);
        return new Sample(t, qA, qB, VonNeumannEntropy.Of(rho, w), VonNeumannEntropy.Of(rho.ReducedTo([2, 2], 0), w),
            VonNeumannEntropy.Of(rho.ReducedTo([2, 2], 1), w), Information.Concurrence.Of(rho, w), ClosedEvolution.Sed(rho), rho);
    }

    private BigReal Beta(Rational temperature) => BigReal.FromRational(temperature.Reciprocal(), Digits + 5);

    /// <summary>Sigma(t) = Delta S_AB - Q_A/T_A - Q_B/T_B with Q the energy leaving each bath (Appendix C sign). Seed 001_8d968b41aa3feca2.txt, Eqs. 15, C4.</summary>
    public BigReal EntropyProduction(Sample s) =>
        s.EntropyAB - Samples[0].EntropyAB - Beta(Parameters.TemperatureA) * s.HeatA - Beta(Parameters.TemperatureB) * s.HeatB;

    /// <summary>Sigma_0(t) = Delta S_A + Delta S_B - Q_A/T_A - Q_B/T_B (Appendix C sign). Seed 001_8d968b41aa3feca2.txt, Eq. 14.</summary>
    public BigReal LocalEntropyProduction(Sample s) =>
        s.EntropyA - Samples[0].EntropyA + s.EntropyB - Samples[0].EntropyB - Beta(Parameters.TemperatureA) * s.HeatA - Beta(Parameters.TemperatureB) * s.HeatB;

    /// <summary>Sigma as printed in Eq. 15: Delta S_AB + Q_A/T_A + Q_B/T_B. Seed 001_8d968b41aa3feca2.txt, Eq. 15.</summary>
    public BigReal EntropyProductionAsPrinted(Sample s) =>
        s.EntropyAB - Samples[0].EntropyAB + Beta(Parameters.TemperatureA) * s.HeatA + Beta(Parameters.TemperatureB) * s.HeatB;

    public Sample Final => Samples[^1];

    /// <summary>I_0, the mutual information of the initial state. Seed 001_8d968b41aa3feca2.txt, Eq. 17.</summary>
    public BigReal InitialMutualInformation => Samples[0].EntropyA + Samples[0].EntropyB - Samples[0].EntropyAB;

    /// <summary>COP Q_B/(Q_A + Q_B) per cycle. Seed 001_8d968b41aa3feca2.txt, Eq. 16.</summary>
    public BigReal CoefficientOfPerformance => Final.HeatB / (Final.HeatA + Final.HeatB);

    /// <summary>Q_B/(T_A I_0) per cycle, bounded by T_B/(T_A - T_B). Seed 001_8d968b41aa3feca2.txt, Eq. 18.</summary>
    public BigReal Eq18Ratio => Final.HeatB / (BigReal.FromRational(Parameters.TemperatureA, Digits + 5) * InitialMutualInformation);

    /// <summary>Carnot bound T_B/(T_A - T_B). Seed 001_8d968b41aa3feca2.txt, Eq. 18.</summary>
    public static Rational CarnotCop(Rational temperatureA, Rational temperatureB) =>
        temperatureA > temperatureB ? temperatureB / (temperatureA - temperatureB)
            : throw new ParameterOutOfRangeException("T_A", temperatureA, "> T_B", "a heat pump needs T_A > T_B");
}
