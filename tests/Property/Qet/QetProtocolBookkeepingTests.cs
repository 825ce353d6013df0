using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// One QET round's bookkeeping: the seed's Delta E_B vanishes when Bob does nothing (Alice's measurement leaves rho_B
/// unchanged) even though &lt;H_B&gt; = 1; net work E_initial - E_final; H_B + V; input shapes checked.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.2 and Sec. 3.
/// </summary>
public sealed class QetProtocolBookkeepingTests
{
    private static readonly ExactScalars Exact = new();
    private static readonly Matrix<ComplexRational> Id2 = Matrix<ComplexRational>.Identity(2);

    [Fact]
    public void SeedDeltaEBIsZeroWithoutFeedback()
    {
        var model = new TwoQubitModel(1, 2, 3);
        var rho = Matrix<ComplexRational>.Diagonal(1, 0, 0, 0);
        var run = QetProtocol.Run(model.Hamiltonian, rho, AliceMeasurements.ProjectiveSx(Exact), new FeedbackControl<ComplexRational>([Id2, Id2], Exact));
        Assert.Equal(new ComplexRational(2), (model.Hamiltonian.LocalB * rho).Trace());
        Assert.Equal(ComplexRational.Zero, run.SeedDeltaEB);
        Assert.Equal(run.EnergyInitial - run.EnergyFinal, run.NetWorkExtracted);
    }

    [Fact]
    public void NetWorkIsInitialMinusFinalEnergy()
    {
        var z = Matrix<ComplexRational>.Zero(4, 4);
        var run = new QetRun<ComplexRational>(z, [], [], z, z, 3, 7, 1, 0);
        Assert.Equal(new ComplexRational(2), run.NetWorkExtracted);
        Assert.Equal(new ComplexRational(6), run.BobOutput);
        Assert.Equal(new ComplexRational(4), run.EnergyInjected);
    }

    [Fact]
    public void BobAndInteractionIsTheirSum()
    {
        var model = new TwoQubitModel(1, 2, 3);
        var h = model.Hamiltonian;
        Assert.Equal(h.Total - h.LocalA, h.BobAndInteraction);
    }

    [Fact]
    public void ShapesAreChecked()
    {
        var model = new TwoQubitModel(1, 1, 1);
        var m = AliceMeasurements.ProjectiveSx(Exact);
        var one = new FeedbackControl<ComplexRational>([Id2], Exact);
        var e = Assert.Throws<ArgumentException>(() => QetProtocol.Run(model.Hamiltonian, Matrix<ComplexRational>.Identity(4), m, one));
        Assert.Equal("feedback", e.ParamName);
        Assert.Contains("2 outcomes but 1 feedback", e.Message);
        var two = new FeedbackControl<ComplexRational>([Id2, Id2], Exact);
        var r = Assert.Throws<ArgumentException>(() => QetProtocol.Run(model.Hamiltonian, Matrix<ComplexRational>.Create(4, 3, (_, _) => ComplexRational.Zero), m, two));
        Assert.Equal("rho", r.ParamName);
        Assert.Contains("two-qubit (4x4)", r.Message);
    }
}
