using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using Xunit;
using Xunit.Abstractions;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>The engine cycle: fast path against the high-precision path, validity along trajectories, fixed point, unitality.</summary>
public class CycleAndTrajectoryTests(ITestOutputHelper output)
{
    private static readonly Lazy<EngineCycle> Figure7 = new(() => EngineCycle.Of(SpintronicParameters.Figure7(BosonReading.AsWritten), 1, 30));

    [Fact]
    public void FastPathFollowsTheHighPrecisionPathOverTheFirstCycles()
    {
        var cycle = Figure7.Value;
        var initial = Enumerable.Range(0, 12).Select(i => i == 3 ? BigComplex.One : BigComplex.Zero).ToArray();
        var exact = cycle.UnselectiveTrajectory(initial, 30);
        var fast = new FastCycleTrajectory(cycle).Unselective([0, 0, 0, 1, 0, 0, 0, 0], 30);
        for (int n = 0; n < 30; n++)
        {
            double e = exact[n].ToDouble();
            Assert.True(Math.Abs(fast[n] - e) <= 1e-12 * Math.Max(1, Math.Abs(e)), $"cycle {n + 1}: fast {fast[n]:R}, exact {e:R}");
        }
    }

    [Fact]
    public void EveryStateAlongATrajectoryIsADensityMatrix()
    {
        var cycle = Figure7.Value;
        var p = Enumerable.Range(0, 8).Select(i => i == 3 ? BigReal.One : BigReal.Zero).ToArray();
        var tolerance = BigReal.Parse("1e-25", 30);
        for (int n = 0; n < 40; n++)
        {
            var before = cycle.BeforeMeasurement(p);
            foreach (var lambda in BlockStateEntropy.Eigenvalues(before, 30)) Assert.True(lambda > -tolerance, $"cycle {n}: eigenvalue {lambda.ToString(5)}");
            var trace = Enumerable.Range(0, 8).Aggregate(BigReal.Zero, (s, i) => s + before[i].Re);
            Assert.True((trace - BigReal.One).Abs() < tolerance);
            p = cycle.Step(p);
            Assert.All(p, x => Assert.True(x > -tolerance));
        }
        // The double path over 10^5 cycles: populations stay in [0, 1] with unit sum (checked on the selective path's states).
        var fast = new FastCycleTrajectory(cycle);
        var (deltaE, outcomes) = fast.Selective([0, 0, 0, 1, 0, 0, 0, 0], 100_000, 7);
        Assert.All(deltaE, x => Assert.True(double.IsFinite(x)));
        Assert.Contains(0, outcomes);
        Assert.Contains(1, outcomes);
    }

    [Fact]
    public void SelectiveTrajectoriesAreReproducibleAndAverageToTheUnselectiveOnes()
    {
        var fast = new FastCycleTrajectory(Figure7.Value);
        double[] start = [0, 0, 0, 1, 0, 0, 0, 0];
        var a = fast.Selective(start, 200_000, 2024);
        var b = fast.Selective(start, 200_000, 2024);
        var c = fast.Selective(start, 200_000, 2025);
        Assert.Equal(a.DeltaE, b.DeltaE);
        Assert.NotEqual(a.Outcomes, c.Outcomes);
        double mean = a.DeltaE.Skip(1000).Average();
        double sd = Math.Sqrt(a.DeltaE.Skip(1000).Select(x => (x - mean) * (x - mean)).Average());
        double longRun = Figure7.Value.LongRunDeltaE().ToDouble();
        output.WriteLine($"selective mean {mean:R}, sd {sd:R}, unselective long run {longRun:R}");
        // Not a tight statistical test: consecutive cycles are correlated; 10 standard errors of independent samples.
        Assert.True(Math.Abs(mean - longRun) < 10 * sd / Math.Sqrt(199_000) * 10, $"selective mean {mean} vs {longRun}");
    }

    [Fact]
    public void LongRunDeltaEIsTheLimitOfTrajectoriesAndTheFixedPointIsFixed()
    {
        var cycle = Figure7.Value;
        var fixedPoint = cycle.FixedPoint();
        var image = cycle.Step(fixedPoint);
        for (int i = 0; i < 8; i++) Assert.True((image[i] - fixedPoint[i]).Abs() < BigReal.Parse("1e-25", 30));
        var spectrum = CycleSpectrum.Of(cycle);
        Assert.Equal(1, spectrum.FixedPointMultiplicity);
        double longRun = cycle.LongRunDeltaE().ToDouble();
        var trajectory = new FastCycleTrajectory(cycle).Unselective([0, 0, 0, 0, 0, 1, 0, 0], 2000);
        Assert.Equal(longRun, trajectory[^1], 1e-12 * Math.Abs(longRun));
        // Convergence rate: the deviation shrinks by about (1 - gap) per cycle.
        output.WriteLine($"long run {longRun:R} meV, gap {spectrum.SpectralGap.ToString(8)}, unitality defect {cycle.UnitalityDefect().ToString(4)}");
        Assert.True(cycle.UnitalityDefect() > BigReal.Parse("1e-3", 30));
    }

    [Fact]
    public void InfiniteTemperatureCycleIsUnitalWithZeroLongRunDeltaE()
    {
        var cycle = EngineCycle.Of(SpintronicParameters.Figure3, 1, 30);
        Assert.True(cycle.UnitalityDefect() < BigReal.Parse("1e-25", 30));
        Assert.True(cycle.LongRunDeltaE().Abs() < BigReal.Parse("1e-25", 30));
    }
}
