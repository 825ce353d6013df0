using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using Xunit;
using Xunit.Abstractions;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>Exact steady states of Eq. 12 and the perturbative solution of Sec. II E.</summary>
public class SteadyStateTests(ITestOutputHelper output)
{
    [Fact]
    public void Figure7SteadyStateIsAUniqueValidBlockFormState()
    {
        foreach (var reading in new[] { BosonReading.AsWritten, BosonReading.PlusPumps })
        {
            var p = SpintronicParameters.Figure7(reading);
            var ss = ExactSteadyState.Of(p);
            Assert.Equal(1, ss.Multiplicity);
            var rho = ss.Unique;
            Assert.Equal(ComplexRational.One, rho.Trace());
            Assert.True(rho.IsHermitian());
            Assert.True(BlockSubspace.HasBlockForm(rho));
            Assert.True(ExactPositivity.IsPositiveSemidefinite(rho));
            Assert.True(MasterEquation.RightHandSide(p, rho).AsSpan().ToArray().All(z => z.IsZero));
            Assert.Equal(rho, ExactSteadyState.OfBlock(p).Unique);
            output.WriteLine($"{reading}: steady Delta E = {MeasurementEnergy.FromMatrixElements(p, rho).ToDouble():R} meV");
        }
    }

    [Fact]
    public void InfiniteTemperatureLeadsGiveTheMaximallyMixedStateAndGammaZeroTwoStates()
    {
        var p = SpintronicParameters.Figure3;
        Assert.Equal(new ComplexRational(new Rational(1, 8)) * M.Identity(8), ExactSteadyState.Of(p).Unique);
        Assert.Equal(2, ExactSteadyState.Of(p.WithGamma(ComplexRational.Zero)).Multiplicity);
    }

    [Fact]
    public void FirstOrderPopulationsOfEquation22AreTheGammaZeroSteadyStates()
    {
        var p = new SpintronicParameters(-3, 8, 1, 8, 20, 0, new Rational(1, 5), new Rational(1, 10), new Rational(1, 50), new Rational(1, 100), 0, 0);
        var l0 = MasterEquation.BlockGenerator(p);
        foreach (var mu in new[] { Rational.Zero, new Rational(1, 3), Rational.One })
        {
            var x = PerturbativeSteadyState.Populations(p, mu).Select(r => new ComplexRational(r)).Concat(Enumerable.Repeat(ComplexRational.Zero, 4)).ToArray();
            Assert.True((l0 * M.Column(x)).AsSpan().ToArray().All(z => z.IsZero));
            Assert.Equal(Rational.One, x.Take(8).Aggregate(Rational.Zero, (s, z) => s + z.Re));
        }
    }

    [Fact]
    public void ExactSteadyStateApproachesFirstOrderAsGammaVanishes()
    {
        // Non-unital leads, no bosons. Delta E_exact(gamma) against the exactly solved first order at the exact mu(gamma).
        var baseP = new SpintronicParameters(-3, 8, 1, 8, 20, 1, new Rational(1, 5), new Rational(1, 10), new Rational(1, 50), new Rational(1, 100), 0, 0);
        double? previous = null;
        foreach (var g in new[] { new Rational(1, 10), new Rational(1, 100), new Rational(1, 1000) })
        {
            var p = baseP.WithGamma(g);
            var rho = ExactSteadyState.Of(p).Unique;
            var mu = rho[4, 4].Re + rho[5, 5].Re + rho[6, 6].Re + rho[7, 7].Re;
            var exact = MeasurementEnergy.FromMatrixElements(p, rho);
            var firstOrder = PerturbativeSteadyState.DeltaEFromFirstOrder(p, mu);
            var eq24 = PerturbativeSteadyState.DeltaE(p, mu);
            double residual = Math.Abs((exact - firstOrder).ToDouble());
            output.WriteLine($"gamma {g}: mu {mu.ToDouble():R} (mu^c {PerturbativeSteadyState.CriticalMu(p).ToDouble()}), exact {exact.ToDouble():R}, first order {firstOrder.ToDouble():R}, Eq.24 {eq24.ToDouble():R}, |exact - first| {residual:R}");
            if (previous is { } prev && prev > 0) output.WriteLine($"  residual ratio per decade of gamma: {prev / residual:G4}");
            if (previous is { } prev2) Assert.True(residual < prev2 / 1000, $"residual {residual} did not fall faster than gamma^3 (previous {prev2})");
            previous = residual;
        }
    }
}
