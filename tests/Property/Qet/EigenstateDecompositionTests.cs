using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The highest-population rule on hand-made numbers: first most populated eigenstate, its term p E, the deviation
/// E_ext - p E; one population per eigenstate. Seed 002_3d1265a9cee6337c.txt, Sec. 2.1.
/// </summary>
public sealed class EigenstateDecompositionTests
{
    private static readonly ExactScalars Exact = new();

    private static EigenstateDecomposition<ComplexRational> D(Rational[] p, Rational[] e, Rational direct) =>
        new(p.Select(x => (ComplexRational)x).ToList(), e.Select(x => (ComplexRational)x).ToList(), direct);

    [Fact]
    public void HighestPopulationTermAndDeviation()
    {
        var d = D([new Rational(1, 4), Rational.Half, new Rational(1, 4)], [2, 3, 5], 10);
        Assert.Equal(1, d.HighestPopulationIndex(Exact));
        Assert.Equal(new ComplexRational(new Rational(3, 2)), d.HighestPopulationTerm(Exact));
        Assert.Equal(new ComplexRational(new Rational(17, 2)), d.DeviationFromHighestPopulationTerm(Exact));
        Assert.Equal(new ComplexRational(new Rational(13, 4)), d.WeightedSum);
    }

    [Fact]
    public void TiesGoToTheFirstEigenstate()
    {
        Assert.Equal(0, D([Rational.Half, Rational.Half, 0], [1, 1, 1], 0).HighestPopulationIndex(Exact));
        Assert.Equal(2, D([0, new Rational(1, 3), new Rational(2, 3)], [1, 1, 1], 0).HighestPopulationIndex(Exact));
    }

    [Fact]
    public void OnePopulationPerEigenstate()
    {
        var model = new TwoQubitModel(1, 1, 1);
        var e = Assert.Throws<ArgumentException>(() => EigenstateDecomposition<ComplexRational>.Of(model.Hamiltonian,
            [Matrix<ComplexRational>.Identity(4)], [], AliceMeasurements.ProjectiveSx(Exact),
            FeedbackControl<ComplexRational>.HottaRotationAtHalfAngleTangent(Rational.Half, Exact)));
        Assert.Equal("populations", e.ParamName);
        Assert.Contains("One population per eigenstate", e.Message);
    }
}
