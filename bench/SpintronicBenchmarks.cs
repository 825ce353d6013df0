using BenchmarkDotNet.Attributes;
using QTherm.Reference.Spintronic;

namespace QTherm.Bench;

/// <summary>Fig. 7 (seed 004_a075f79c977e5cdb.txt): 10^6 unselective cycles on the double fast path, and the exact steady state.</summary>
[MemoryDiagnoser]
public class SpintronicBenchmarks
{
    private FastCycleTrajectory fast = null!;
    private readonly double[] start = [0, 0, 0, 1, 0, 0, 0, 0];

    [GlobalSetup]
    public void Setup() => fast = new FastCycleTrajectory(EngineCycle.Of(SpintronicParameters.Figure7(BosonReading.AsWritten), 1, 30));

    [Benchmark]
    public double MillionCycleTrajectory() => fast.Unselective(start, 1_000_000)[^1];

    [Benchmark]
    public int ExactSteadyState() => QTherm.Reference.Spintronic.ExactSteadyState.Of(SpintronicParameters.Figure7(BosonReading.AsWritten)).Multiplicity;
}
