using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The seed's Sec. 3 Delta E_B = Tr[H_B (rho_2 - rho)] against Hotta's E_B, exactly (h = 3, k = 4, s = 5): E_B is the
/// decrease of H_B + V, of which the seed's formula keeps only the H_B part (finding, golden record qet.seed_sec3_delta_eb_h1_k1p5).
/// </summary>
public sealed class SeedDeltaEBTests
{
    [Fact]
    public void HottasOutputIsTheSeedsLocalTermPlusTheInteractionDecrease()
    {
        var scalars = new ExactScalars(QetTestPrecision.Digits);
        var model = new HottaMinimalModel(3, 4);
        Assert.True(model.TryExactHamiltonian(out var h));
        Assert.True(model.Eigenbasis.TryExactLevels(out var levels));
        var run = QetProtocol.Run(h, levels[0].Projector, AliceMeasurements.ProjectiveSx(scalars),
            FeedbackControl<ComplexRational>.HottaRotationAtHalfAngleTangent(new Rational(1, 10), scalars));
        var interactionDecrease = (h.Interaction * (run.PostMeasurementState - run.FinalState)).Trace();
        Assert.Equal(run.BobOutput, -run.SeedDeltaEB + interactionDecrease);
        // Near Hotta's optimum Bob's local energy RISES (Delta E_B > 0) while he extracts energy (E_B > 0): opposite signs.
        Assert.True(run.BobOutput.Re.Sign > 0 && run.SeedDeltaEB.Re.Sign > 0,
            $"E_B = {run.BobOutput}, seed Delta E_B = {run.SeedDeltaEB}");
    }
}
