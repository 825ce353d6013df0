using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The two readings of the Sagawa-Ueda bound on hand-made numbers (slack = T I - W), and premise (1): the state must be
/// the Gibbs state of the Hamiltonian evaluated. Seed 002_3d1265a9cee6337c.txt, Sec. 1.3.
/// </summary>
public sealed class SagawaUedaSlackTests
{
    private static BigReal R(int x) => BigReal.FromInteger(x, QetTestPrecision.Digits);

    [Fact]
    public void SlacksAreTemperatureTimesInformationMinusWork()
    {
        var b = new SagawaUedaBound(R(2), R(1), R(4), R(3), R(5));
        Assert.Equal(R(3), b.NetWork);
        Assert.Equal(R(3), b.SlackOfNetWorkBound);
        Assert.Equal(R(6), b.SlackOfSeedReading);
    }

    [Fact]
    public void GibbsStateOfAnotherHamiltonianIsRefused()
    {
        const int digits = QetTestPrecision.Digits;
        var scalars = new HighPrecisionScalars(digits);
        var hotta = new HottaMinimalModel(3, 4);
        var gibbsOfOther = GibbsState.Of(new HottaMinimalModel(4, 3).Eigenbasis, 1, digits);
        var e = Assert.Throws<ArgumentException>(() => SagawaUedaBound.Evaluate(hotta.Hamiltonian(digits), gibbsOfOther,
            AliceMeasurements.ProjectiveSx(scalars), FeedbackControl<BigComplex>.HottaRotationAtHalfAngleTangent(Rational.Half, scalars), scalars));
        Assert.Equal("gibbs", e.ParamName);
        Assert.Contains("Premise (1)", e.Message);
    }
}
