using FsCheck.Fluent;
using QTherm.Invariants;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>
/// The Fannes-Audenaert bound |S(rho) - S(sigma)| &lt;= T ln(d - 1) + h(T) (T the trace distance; ln d for
/// T &gt;= 1 - 1/d) behind the entropic tolerances, checked against entropies computed by the reference library.
/// </summary>
public class FannesAudenaertTests
{
    private const int EntropyDigits = 30;

    private static double Entropy(M rho) => VonNeumannEntropy.Of(HighPrecision.ToBig(rho, EntropyDigits), EntropyDigits).ToDouble();

    [Fact]
    public void BoundIsZeroForEqualStatesAndForOneDimensionalSystems()
    {
        for (int d = 1; d <= 5; d++) Assert.Equal(0.0, EntropicInequalities.FannesAudenaert(0, d));
        foreach (double t in new[] { 1e-9, 0.3, 1, 2 }) Assert.Equal(0.0, EntropicInequalities.FannesAudenaert(t, 1));
    }

    [Fact]
    public void BoundSaturatesAtLnDFromTraceDistanceOneMinusOneOverD()
    {
        for (int d = 2; d <= 5; d++)
            foreach (double t in new[] { 1 - 1.0 / d, (1 - 1.0 / d + 1) / 2, 1, 1.5 })
                Assert.Equal(Math.Log(d), EntropicInequalities.FannesAudenaert(t, d));
    }

    [Fact]
    public void BoundNeverExceedsTheLargestEntropyDifferenceLnD()
    {
        // Includes T = 1 - 1/d exactly, where the formula T ln(d - 1) + h(T) equals ln d only up to rounding.
        for (int d = 2; d <= 16; d++)
        {
            double threshold = 1 - 1.0 / d;
            for (int k = 0; k <= 40; k++)
            {
                double t = threshold * k / 40;
                Assert.True(EntropicInequalities.FannesAudenaert(t, d) <= Math.Log(d), $"d = {d}, T = {t:R}");
            }
            Assert.True(EntropicInequalities.FannesAudenaert(threshold, d) <= Math.Log(d), $"d = {d}, T = 1 - 1/d");
        }
    }

    [Fact]
    public void BoundIsTightForAPureStateAgainstItsMixtureWithTheComplement()
    {
        // rho = |0><0|, sigma = (1 - T)|0><0| + T/(d - 1) sum_{k>0} |k><k|: trace distance T and
        // S(sigma) - S(rho) = h(T) + T ln(d - 1), the bound itself (Audenaert 2007, the equality case).
        foreach (int d in new[] { 2, 3, 4 })
            foreach (var t in new[] { new Rational(1, 100), new Rational(1, 5), new Rational(1, 3), new Rational(1, 2) })
            {
                if (t.ToDouble() >= 1 - 1.0 / d) continue;
                var rho = M.Unit(d, 0, 0);
                var sigma = M.Create(d, d, (i, j) => i != j ? ComplexRational.Zero : new ComplexRational(i == 0 ? 1 - t : t / (d - 1)));
                double difference = Math.Abs(Entropy(sigma) - Entropy(rho));
                Assert.Equal(difference, EntropicInequalities.FannesAudenaert(t.ToDouble(), d), 12);
            }
    }

    [Fact]
    public void BoundHoldsForRandomPairsOfStates() =>
        PropertyConfig.Check(Prop.ForAll(
            ExactGenerators.DensityMatrix(3).SelectMany(_ => ExactGenerators.DensityMatrix(3), (a, b) => (a, b)).ToArbitrary(), p =>
            {
                var difference = HighPrecision.ToBig(p.a - p.b, EntropyDigits);
                double traceDistance = HermitianEigensystem.Of(difference, EntropyDigits).Values.Sum(v => Math.Abs(v.ToDouble())) / 2;
                double change = Math.Abs(Entropy(p.a) - Entropy(p.b));
                return change <= EntropicInequalities.FannesAudenaert(traceDistance, 3) + 1e-12;
            }), maxTest: 20);
}
