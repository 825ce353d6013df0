using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>Hotta's published closed forms against the oracle's simulation of the protocol (exact linear algebra + high precision).</summary>
public sealed class HottaClosedFormTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly HighPrecisionScalars Scalars = new(Digits);

    public static TheoryData<string, string> Points => new() { { "1", "3/2" }, { "1", "1/2" }, { "2", "1" }, { "3", "4" } };

    private static Matrix<BigComplex> GroundState(HottaMinimalModel model) => model.Eigenbasis.Levels(Digits)[0].Projector;

    private static void AssertClose(BigReal expected, BigReal actual, string what)
    {
        var diff = (expected - actual).Abs();
        Assert.True(Scalars.IsNegligible(diff), $"{what}: closed form {expected.ToString(30)}, simulation {actual.ToString(30)}, |diff| = {diff.ToString(5)}");
    }

    [Theory, MemberData(nameof(Points))]
    public void GroundEnergyIsZeroAndGroundStateIsHottas(string h, string k)
    {
        var model = new HottaMinimalModel(Rational.Parse(h), Rational.Parse(k));
        var levels = model.Eigenbasis.Levels(Digits);
        var hamiltonian = model.Hamiltonian(Digits).Total;
        var ground = levels[0].Projector;
        AssertClose(BigReal.Zero, levels[0].Energy, "ground energy from the analytic spectrum");
        AssertClose(BigReal.Zero, Scalars.RealPart((hamiltonian * ground).Trace()), "Tr[H |g><g|]");
        var hotta = QetProtocol.PureState(model.HottaGroundVector(Digits));
        var residual = hotta - ground;
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                Assert.True(Scalars.IsNegligible(residual[i, j]), $"Hotta's |g> differs from the computed ground projector at ({i},{j})");
        // H P_n = E_n P_n for every level (the spectrum really diagonalises H).
        foreach (var level in levels)
        {
            var r = hamiltonian * level.Projector - level.Projector.Scale(BigComplex.FromReal(level.Energy));
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 4; j++)
                    Assert.True(Scalars.IsNegligible(r[i, j]), $"H P != E P for level {level.Energy.ToString(10)}");
        }
    }

    [Theory, MemberData(nameof(Points))]
    public void InjectedEnergyIsHSquaredOverS(string h, string k)
    {
        var model = new HottaMinimalModel(Rational.Parse(h), Rational.Parse(k));
        var run = QetProtocol.Run(model.Hamiltonian(Digits), GroundState(model), AliceMeasurements.ProjectiveSx(Scalars),
            HottaFeedback.AtAngle(BigReal.Zero, Scalars));
        AssertClose(model.HottaEnergyInjected(Digits), Scalars.RealPart(run.EnergyInjected), "E_A");
    }

    [Theory, MemberData(nameof(Points))]
    public void BobOutputFollowsHottasCurve(string h, string k)
    {
        var model = new HottaMinimalModel(Rational.Parse(h), Rational.Parse(k));
        foreach (var thetaText in new[] { "1/10", "1/5", "1/3", "-1/4", "1" })
        {
            var theta = BigReal.FromRational(Rational.Parse(thetaText), Digits);
            var run = QetProtocol.Run(model.Hamiltonian(Digits), GroundState(model), AliceMeasurements.ProjectiveSx(Scalars),
                HottaFeedback.AtAngle(theta, Scalars));
            AssertClose(model.HottaBobOutput(theta, Digits), Scalars.RealPart(run.BobOutput), $"E_B(theta = {thetaText})");
        }
    }

    [Theory, MemberData(nameof(Points))]
    public void OptimalAngleAndMaximumAgreeWithTheFittedCurve(string h, string k)
    {
        var model = new HottaMinimalModel(Rational.Parse(h), Rational.Parse(k));
        var curve = BobOutputCurve.Of(model.Hamiltonian(Digits), GroundState(model), AliceMeasurements.ProjectiveSx(Scalars), Scalars);
        AssertClose(model.HottaOptimalAngle(Digits), curve.OptimalAngle, "theta_opt");
        AssertClose(model.HottaMaximalBobOutput(Digits), curve.Maximum, "E_B max");
        var run = QetProtocol.Run(model.Hamiltonian(Digits), GroundState(model), AliceMeasurements.ProjectiveSx(Scalars),
            HottaFeedback.AtAngle(curve.OptimalAngle, Scalars));
        AssertClose(model.HottaMaximalBobOutput(Digits), Scalars.RealPart(run.BobOutput), "E_B simulated at theta_opt");
    }

    [Fact]
    public void ExactModelAgreesWithHighPrecisionWhereSIsRational()
    {
        var model = new HottaMinimalModel(3, 4);
        Assert.True(model.TryExactHamiltonian(out var exact));
        Assert.True(model.Eigenbasis.TryExactLevels(out var levels));
        Assert.Equal(Rational.Zero, levels[0].Energy);
        var exactScalars = new ExactScalars(Digits);
        var run = QetProtocol.Run(exact, levels[0].Projector, AliceMeasurements.ProjectiveSx(exactScalars),
            FeedbackControl<ComplexRational>.HottaRotationAtHalfAngleTangent(new Rational(1, 10), exactScalars));
        // s = 5: E_A = h^2/s = 9/5 exactly.
        Assert.Equal(new ComplexRational(new Rational(9, 5)), run.EnergyInjected);
        var theta = BigReal.FromRational(new Rational(1, 10), Digits).Atan() * BigReal.FromInteger(2, Digits);
        AssertClose(model.HottaBobOutput(theta, Digits), exactScalars.RealPart(run.BobOutput), "exact E_B at tan(theta/2) = 1/10");
    }
}
