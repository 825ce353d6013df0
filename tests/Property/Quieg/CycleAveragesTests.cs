using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The per-cycle averages over the two equiprobable outcomes (Eqs. 3-4, 11-13) count every stage of both branches,
/// and the free energy handed to the reservoirs includes mu_R N_R: a reversible cycle that leaves R unbalanced
/// (p_b != 1 - p_a) still saturates the bound with its entropy production zero. The SI edge: k_B/e in volts.
/// </summary>
public class CycleAveragesTests
{
    private const int K = 25;

    private static CycleStage Stage(string name, ReservoirName? reservoir, int fromR, int fromTPlus, int fromTMinus) =>
        new(name, StageKind.Contact, reservoir, BigReal.Zero, BigReal.Zero, BigReal.Zero, BigReal.Zero, BigReal.Zero, BigReal.Zero,
            fromR, fromTPlus, fromTMinus, BigReal.Zero);

    [Fact]
    public void ElectronAveragesCountBothBranches()
    {
        var q = QuiegParameters.Create(new Rational(3, 4), 1, 3, 7, 2, 30);
        var protocol = DirectProtocol.Reversible(q, PaperClosedForms.Pa(q));
        // outcome a: F takes 2 from T+ and 1 from R; outcome b: F takes 6 from T+, 4 from T- and gives 5 to R
        var result = new DirectCycleResult(q, protocol,
            [Stage("a", ReservoirName.TPlus, 1, 2, 0)],
            [Stage("b", ReservoirName.TPlus, -5, 6, 4)]);
        Assert.Equal(BigReal.FromInteger(-4, 20), result.ElectronsRToTPlus);   // -(2 + 6)/2
        Assert.Equal(BigReal.FromInteger(2, 20), result.ElectronsTMinusToR);   // (0 + 4)/2
        Assert.Equal(BigReal.FromInteger(-2, 20), result.NetElectronsFromR);   // (1 - 5)/2
        // sum_i mu_i N_i: -4 x 7 - 2 x 2 - (-2) x 3
        Close(BigReal.FromInteger(-26, 20), result.FreeEnergyDelivered, 18, BigReal.One, "free energy delivered");
    }

    [Fact]
    public void AReversibleCycleThatUnbalancesRStillSaturatesTheBound()
    {
        var q = QuiegParameters.Create(new Rational(3, 4), 1, 3, 7, 2, 30);
        var pa = PaperClosedForms.Pa(q);
        var pb = BigReal.One - pa + BigReal.FromRational(new Rational(1, 20), q.WorkingDigits);
        var cycle = DirectCycle.Run(q, new DirectProtocol(pa, pb, q.M, pa, pb, ContactSchedule.QuasiStatic));
        Assert.True(cycle.NetElectronsFromR.Abs() > Eps(3, 40), $"R is unbalanced: {cycle.NetElectronsFromR.ToString(6)}");
        Assert.True(cycle.AverageEntropyProduction.Abs() <= Eps(K, 40));
        Assert.True(cycle.SecondLawSlack.Abs() <= Eps(K, 40) * Scale(q), $"slack {cycle.SecondLawSlack.ToString(6)}");
    }

    [Fact]
    public void OneKelvinOfEnergyPerElectronIsKOverEVolts()
    {
        // k_B / e = 8.617333262...e-5 V (CODATA 2018, exact ratio of exact constants)
        var volts = QuiegSiUnits.VoltsFromKelvinUnits(BigReal.One.WithDigits(30));
        Close(BigReal.FromRational(Rational.Parse("1.380649e-23") / Rational.Parse("1.602176634e-19"), 40), volts, 28, BigReal.Zero, "k_B/e");
        Assert.Equal("8.617333262e-5", volts.ToString(10));
        var back = QuiegSiUnits.KelvinUnitsFromVolts(Rational.Parse("0.1"));
        Close(BigReal.Parse("0.1", 40), QuiegSiUnits.VoltsFromKelvinUnits(BigReal.FromRational(back, 30)), 28, BigReal.Zero, "volts round trip");
    }
}
