using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// W_ext &lt;= -Delta F + T I_QC over random Gibbs states, Hotta rotations and rank-one projective measurements on Alice,
/// where the premises in <see cref="SagawaUedaBound"/> hold; the seed's Bob-only reading is shown to fail at low T.
/// </summary>
public sealed class InformationBoundTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly HighPrecisionScalars Scalars = new(Digits);

    [Fact]
    public void NetWorkIsBoundedByTemperatureTimesQcMutualInformation()
    {
        var gen = from model in QetGenerators.Model
                  from t in QetGenerators.PositiveRational
                  from v in QetGenerators.QubitUnitary
                  from tanHalf in QetGenerators.SmallRational
                  select (model, t, v, tanHalf);
        PropertyConfig.Check(gen, c =>
        {
            var gibbs = GibbsState.Of(c.model.Eigenbasis, c.t / 4, Digits);
            var measurement = ExactToHighPrecision.Of(ProjectiveAlong(c.v), Scalars);
            var feedback = FeedbackControl<BigComplex>.HottaRotationAtHalfAngleTangent(c.tanHalf, Scalars);
            var bound = SagawaUedaBound.Evaluate(ExactToHighPrecision.Of(c.model.Hamiltonian, Scalars), gibbs, measurement, feedback, Scalars);
            return bound.SlackOfNetWorkBound.Sign >= 0 || Scalars.IsNegligible(bound.SlackOfNetWorkBound);
        }, maxTest: 30, seed: 5009);
    }

    [Fact]
    public void QcMutualInformationIsNonNegativeForProjectiveMeasurements()
    {
        var gen = from model in QetGenerators.Model
                  from t in QetGenerators.PositiveRational
                  from v in QetGenerators.QubitUnitary
                  select (model, t, v);
        PropertyConfig.Check(gen, c =>
        {
            var gibbs = GibbsState.Of(c.model.Eigenbasis, c.t, Digits);
            var measurement = ExactToHighPrecision.Of(ProjectiveAlong(c.v), Scalars);
            var aboutAb = QcMutualInformation.AboutWholeSystem(gibbs.Density, gibbs.Entropy, measurement, Scalars);
            return aboutAb.Sign >= 0 || Scalars.IsNegligible(aboutAb);
        }, maxTest: 30, seed: 5010);
    }

    /// <summary>
    /// Finding: read as "Bob's output E_B &lt;= T I_QC(M:B)", the seed's Sec. 1.3 bound fails near T = 0, where Bob still
    /// extracts about E_B max while T I_QC -&gt; 0. Hotta, h = 1, k = 3/2, T = 1/20, theta_opt.
    /// </summary>
    [Fact]
    public void SeedsBobOnlyReadingFailsAtLowTemperature()
    {
        var model = new HottaMinimalModel(1, new Rational(3, 2));
        var gibbs = GibbsState.Of(model.Eigenbasis, new Rational(1, 20), Digits);
        var bound = SagawaUedaBound.Evaluate(model.Hamiltonian(Digits), gibbs, AliceMeasurements.ProjectiveSx(Scalars),
            HottaFeedback.AtAngle(model.HottaOptimalAngle(Digits), Scalars), Scalars);
        Assert.True(bound.SlackOfSeedReading.Sign < 0, $"E_B = {bound.BobOutput.ToString(10)}, T I_QC(M:B) = {(bound.Temperature * bound.InformationAboutBob).ToString(10)}");
        Assert.True(bound.SlackOfNetWorkBound.Sign >= 0);
    }

    private static KrausMeasurement<ComplexRational> ProjectiveAlong(Matrix<ComplexRational> v) =>
        KrausMeasurement<ComplexRational>.OnAlice(
            [v * Matrix<ComplexRational>.Unit(2, 0, 0) * v.Adjoint(), v * Matrix<ComplexRational>.Unit(2, 1, 1) * v.Adjoint()], new ExactScalars(Digits));
}
