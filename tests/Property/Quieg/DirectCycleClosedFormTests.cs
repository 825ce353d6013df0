using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;
using Xunit.Abstractions;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The stage-by-stage simulation of the direct cycle against the paper's closed forms (Eqs. 11-13, 20-25).
/// Working precision is 30 + 15 digits; sums of stage works lose at most ~3 digits to cancellation against the
/// energy scale, the root finder stops at 10^-41 m: comparisons at 10^-25 relative leave a wide margin.
/// </summary>
public class DirectCycleClosedFormTests(ITestOutputHelper output)
{
    private const int K = 25;

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { "3/4", "1", "0", "-1", "3" },
        { "9/10", "1/40", "5", "2", "2" },
        { "1", "2", "-3", "0", "5/4" },
        { "51/100", "1000", "10", "-20", "4" },
        { "1/2", "1", "0", "0", "1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OraclePaMatchesEq22AndWorkVanishes(string m, string t, string mu, string vMinus, string gap)
    {
        var q = Make(Rational.Parse(m), Rational.Parse(t), Rational.Parse(mu), Rational.Parse(vMinus), Rational.Parse(gap));
        var (pa, iterations) = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic);
        output.WriteLine($"m={m} T={t}: oracle p_a = {pa.ToString(30)} after {iterations} steps; Eq. 22: {PaperClosedForms.Pa(q).ToString(30)}");
        Close(PaperClosedForms.Pa(q), pa, K, BigReal.Zero, "p_a (Eq. 22)");
        var cycle = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa));
        Assert.True(cycle.AverageWorkOnF.Abs() <= Eps(K, 40) * Scale(q), $"average work {cycle.AverageWorkOnF.ToString(5)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ElectronCountsMatchEqs11To13And24And25(string m, string t, string mu, string vMinus, string gap)
    {
        var q = Make(Rational.Parse(m), Rational.Parse(t), Rational.Parse(mu), Rational.Parse(vMinus), Rational.Parse(gap));
        var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
        var cycle = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa));
        var scale = q.Real(q.M);
        Close(PaperClosedForms.ElectronsRToTPlus(q, pa), cycle.ElectronsRToTPlus, K, scale, "Eq. 11");
        Close(PaperClosedForms.ElectronsTMinusToR(q, BigReal.One - pa), cycle.ElectronsTMinusToR, K, scale, "Eq. 12");
        Assert.True(cycle.NetElectronsFromR.Abs() <= Eps(K, 40), "R must be left unchanged under Eq. 13");
        Close(PaperClosedForms.ElectronsPerCycle(q), cycle.ElectronsTMinusToTPlus, K, Eps(K, 40), "Eq. 24");
        Close(InfoPotential.ElectronsPerCycle(q), cycle.ElectronsTMinusToTPlus, K, Eps(K, 40), "Eq. 28");
        if (!cycle.ElectronsTMinusToTPlus.IsZero && q.M != Rational.Half)
            Close(PaperClosedForms.QubitsPerElectron(q), BigReal.One / cycle.ElectronsTMinusToTPlus, K - 3, BigReal.Zero, "Eq. 25");
        var (pb, _) = ZeroWorkOccupation.SolvePb(q, pa);
        Close(BigReal.One - pa, pb, K, BigReal.Zero, "Eq. 13 (p_b from zero net exchange with R)");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Eq20HoldsForAnyPaAndPb(string m, string t, string mu, string vMinus, string gap)
    {
        var q = Make(Rational.Parse(m), Rational.Parse(t), Rational.Parse(mu), Rational.Parse(vMinus), Rational.Parse(gap));
        foreach (var (pa, pb) in new[] { ("1/5", "2/3"), ("1/3", "1/3"), ("1/10", "9/10") })
        {
            var a = BigReal.Parse(pa, q.WorkingDigits);
            var b = BigReal.Parse(pb, q.WorkingDigits);
            var cycle = DirectCycle.Run(q, new DirectProtocol(a, b, q.M, a, b, ContactSchedule.QuasiStatic));
            Assert.True(cycle.Eq20Residual.Abs() <= Eps(K, 40) * Scale(q), $"Eq. 20 residual {cycle.Eq20Residual.ToString(5)} at p_a={pa}, p_b={pb}");
            // Eq. 17 for branch a alone equals mu (1/2 - m) = integral of dU over the reversible path (Eqs. 15-16).
            var eq17 = PaperClosedForms.Eq17(q, cycle.WorkOnFBranchA, a);
            var expected = q.Mu * (BigReal.One / BigReal.FromInteger(2, 40) - q.Real(q.M));
            Assert.True((eq17 - expected).Abs() <= Eps(K, 40) * Scale(q), $"Eq. 17 {eq17.ToString(10)} vs mu(1/2-m) {expected.ToString(10)}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryReversibleStageProducesNoEntropyAndFReturnsToItsInitialState(string m, string t, string mu, string vMinus, string gap)
    {
        var q = Make(Rational.Parse(m), Rational.Parse(t), Rational.Parse(mu), Rational.Parse(vMinus), Rational.Parse(gap));
        var pa = PaperClosedForms.Pa(q);
        var cycle = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa));
        foreach (var s in cycle.BranchA.Concat(cycle.BranchB))
        {
            output.WriteLine($"{s.Name,-60} E {s.LevelStart.ToString(8),16} -> {s.LevelEnd.ToString(8),16}  p {s.OccupationStart.ToString(8)} -> {s.OccupationEnd.ToString(8)}  W {s.WorkOnF.ToString(8)}  sigma {s.EntropyProduction.ToString(3)}");
            Assert.True(s.EntropyProduction.Abs() <= Eps(K, 40), $"{s.Name}: entropy production {s.EntropyProduction.ToString(5)}");
        }
        var half = BigReal.One / BigReal.FromInteger(2, 40);
        Close(half, cycle.FinalOccupations.A, K, BigReal.Zero, "final occupation a");
        Close(half, cycle.FinalOccupations.B, K, BigReal.Zero, "final occupation b");
        Close(q.Mu, cycle.FinalLevels.A, K, q.T, "final level a");
        Assert.True(cycle.SecondLawSlack.Abs() <= Eps(K, 40) * Scale(q), "reversible cycle saturates the Eq. 24 bound");
    }
}
