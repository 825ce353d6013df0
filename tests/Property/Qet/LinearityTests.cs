using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// Linearity in the state: for rho = sum_n p_n |n&gt;&lt;n| (energy-diagonal), the simulated output equals the
/// population-weighted sum of the eigenstate outputs, exactly (rational eigenbasis, rational populations).
/// </summary>
public sealed class LinearityTests
{
    private static readonly ExactScalars Exact = new(QetTestPrecision.Digits);

    [Fact]
    public void EnergyDiagonalOutputIsPopulationWeightedSumOfEigenstateOutputs()
    {
        var gen = from model in QetGenerators.ModelWithExactEigenbasis
                  from weights in Gen.ArrayOf(Gen.Choose(0, 20), 4)
                  where weights.Sum() > 0
                  from measurement in QetGenerators.UnitalMeasurementOnAlice
                  from feedback in QetGenerators.Feedback
                  select (model, weights, measurement, feedback);
        PropertyConfig.Check(gen, c =>
        {
            Assert.True(c.model.Eigenbasis.TryExactLevels(out var levels));
            var populations = c.weights.Select(w => new ComplexRational(new Rational(w, c.weights.Sum()))).ToList();
            var decomposition = EigenstateDecomposition<ComplexRational>.Of(c.model.Hamiltonian, levels.Select(l => l.Projector).ToList(),
                populations, c.measurement, c.feedback);
            return decomposition.DirectOutput == decomposition.WeightedSum;
        }, maxTest: 40, seed: 5003);
    }

    [Fact]
    public void ExactEigenbasisDiagonalisesTheHamiltonian()
    {
        PropertyConfig.Check(QetGenerators.ModelWithExactEigenbasis, model =>
        {
            Assert.True(model.Eigenbasis.TryExactLevels(out var levels));
            var h = model.Hamiltonian.Total;
            var sum = Matrix<ComplexRational>.Zero(4, 4);
            foreach (var l in levels) sum += l.Projector.Scale(l.Energy);
            return sum.Equals(h) && levels.Zip(levels.Skip(1)).All(p => p.First.Energy < p.Second.Energy);
        }, maxTest: 30, seed: 5004);
    }
}
