using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// Strong local passivity: no unitary on Bob alone lowers the energy of the ground state (exactly) or of a Gibbs state
/// (high precision); Bob's output never exceeds Alice's input for passive initial states and unital measurements.
/// </summary>
public sealed class PassivityTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly ExactScalars Exact = new(Digits);
    private static readonly HighPrecisionScalars Scalars = new(Digits);

    [Fact]
    public void GroundStateIsLocallyPassiveForBob()
    {
        var gen = from model in QetGenerators.ModelWithExactEigenbasis
                  from u in QetGenerators.QubitUnitary
                  select (model, u);
        PropertyConfig.Check(gen, c =>
        {
            Assert.True(c.model.Eigenbasis.TryExactLevels(out var levels));
            var change = LocalPassivity.EnergyChange(c.model.Hamiltonian, levels[0].Projector, c.u);
            return change.IsReal && change.Re.Sign >= 0;
        }, maxTest: 60, seed: 5005);
    }

    [Fact]
    public void GibbsStateIsLocallyPassiveForBob()
    {
        var gen = from model in QetGenerators.Model
                  from t in QetGenerators.PositiveRational
                  from u in QetGenerators.QubitUnitary
                  select (model, t, u);
        PropertyConfig.Check(gen, c =>
        {
            var gibbs = GibbsState.Of(c.model.Eigenbasis, c.t, Digits);
            var change = LocalPassivity.EnergyChange(ExactToHighPrecision.Of(c.model.Hamiltonian, Scalars), gibbs.Density, QetOperators.ToBig(c.u, Digits));
            return change.Re.Sign >= 0 || Scalars.IsNegligible(change.Re);
        }, maxTest: 30, seed: 5006);
    }

    [Fact]
    public void BobNeverGetsMoreThanAliceInjectsFromTheGroundState()
    {
        var gen = from model in QetGenerators.ModelWithExactEigenbasis
                  from measurement in QetGenerators.UnitalMeasurementOnAlice
                  from feedback in QetGenerators.Feedback
                  select (model, measurement, feedback);
        PropertyConfig.Check(gen, c =>
        {
            Assert.True(c.model.Eigenbasis.TryExactLevels(out var levels));
            var run = QetProtocol.Run(c.model.Hamiltonian, levels[0].Projector, c.measurement, c.feedback);
            return run.BobOutput.Re <= run.EnergyInjected.Re;
        }, maxTest: 50, seed: 5007);
    }

    [Fact]
    public void BobNeverGetsMoreThanAliceInjectsFromAGibbsState()
    {
        var gen = from model in QetGenerators.Model
                  from t in QetGenerators.PositiveRational
                  from measurement in QetGenerators.UnitalMeasurementOnAlice
                  from feedback in QetGenerators.Feedback
                  select (model, t, measurement, feedback);
        PropertyConfig.Check(gen, c =>
        {
            var gibbs = GibbsState.Of(c.model.Eigenbasis, c.t, Digits);
            var run = QetProtocol.Run(ExactToHighPrecision.Of(c.model.Hamiltonian, Scalars), gibbs.Density,
                ExactToHighPrecision.Of(c.measurement, Scalars), ExactToHighPrecision.Of(c.feedback, Scalars));
            var slack = run.EnergyInjected.Re - run.BobOutput.Re;
            return slack.Sign >= 0 || Scalars.IsNegligible(slack);
        }, maxTest: 25, seed: 5008);
    }
}
