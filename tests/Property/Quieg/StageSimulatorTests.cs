using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// Single stages of the fermion F, checked against hand-derived values: a sudden jump is work p dE at fixed occupation
/// followed by relaxation (heat (E - mu) dp); intermediate levels are the logit of equally spaced occupations,
/// E = mu + T ln((1 - p)/p), written here in closed form (the simulator inverts the Fermi function numerically); a
/// reversible contact to an infinite level obeys Clausius, Q = T dS_F, and the first law fixes its work.
/// Entropies in nats; 40 digits, compared at 10^-35.
/// </summary>
public class StageSimulatorTests
{
    private const int D = 40;
    private const int K = 35;

    private static BigReal R(string s) => BigReal.Parse(s, D);

    private static BigReal Fermi(BigReal e, BigReal mu, BigReal t) => BigReal.One / (BigReal.One + ((e - mu) / t).Exp());

    private static BigReal Logit(BigReal p, BigReal mu, BigReal t) => mu + t * ((BigReal.One - p) / p).Log();

    private static BigReal BinaryEntropy(BigReal p) =>
        (p.IsZero || (BigReal.One - p).IsZero) ? BigReal.Zero : -(p * p.Log()) - (BigReal.One - p) * (BigReal.One - p).Log();

    /// <summary>|actual - expected| &lt;= 10^-35 (|expected| + 1), also for exact arguments.</summary>
    private static void Close(BigReal expected, BigReal actual, string what)
    {
        var bound = QuiegTestSupport.Eps(K, D) * (expected.Abs() + BigReal.One);
        Assert.True((actual - expected).Abs() <= bound, $"{what}: expected {expected.ToString(38)}, got {actual.ToString(38)}");
    }

    private static void AssertStage(CycleStage s, BigReal levelEnd, BigReal pEnd, BigReal work, BigReal heat, BigReal electronsFromR)
    {
        Assert.True(s.LevelEnd == levelEnd, $"{s.Name}: the stage must end exactly on the requested level {levelEnd.ToString(20)}, got {s.LevelEnd.ToString(45)}");
        Close(pEnd, s.OccupationEnd, s.Name + " occupation");
        Close(work, s.WorkOnF, s.Name + " work on F");
        Close(heat, s.Heat, s.Name + " heat");
        Close(electronsFromR, s.ElectronsFromR, s.Name + " electrons from R");
    }

    [Fact]
    public void ASuddenJumpFromOutOfEquilibriumFirstRelaxesThenJumpsThenRelaxes()
    {
        var (t, mu, e0, p0, e1) = (R("1.5"), R("0.25"), R("0.5"), R("0.9"), R("2"));
        var f = new StageSimulator(t, e0, p0);
        f.Contact("jump", new ElectronReservoir(ReservoirName.R, mu), e1, ContactSchedule.SuddenJumps(1));
        var eq0 = Fermi(e0, mu, t);
        var p1 = Fermi(e1, mu, t);
        var heat = (e0 - mu) * (eq0 - p0) + (e1 - mu) * (p1 - eq0);
        var s = f.Stages.Single();
        AssertStage(s, e1, p1, eq0 * (e1 - e0), heat, p1 - p0);
        Close(BinaryEntropy(p1) - BinaryEntropy(p0) - heat / t, s.EntropyProduction, "entropy produced");
        Assert.True(s.EntropyProduction.Sign > 0, "a sudden contact out of equilibrium produces entropy");
    }

    [Fact]
    public void ThreeJumpsStopAtLevelsOfEquallySpacedOccupations()
    {
        var (t, mu, e0, e3) = (R("0.75"), R("-0.5"), R("1"), R("-2"));
        var pStart = Fermi(e0, mu, t);
        var f = new StageSimulator(t, e0, pStart);
        f.Contact("three jumps", new ElectronReservoir(ReservoirName.R, mu), e3, ContactSchedule.SuddenJumps(3));
        var pEnd = Fermi(e3, mu, t);
        var p = Enumerable.Range(0, 4).Select(j => pStart + (pEnd - pStart) * j / 3).ToArray();
        var e = new[] { e0, Logit(p[1], mu, t), Logit(p[2], mu, t), e3 };
        var work = BigReal.Zero;
        var heat = BigReal.Zero;
        for (int j = 0; j < 3; j++)
        {
            work += p[j] * (e[j + 1] - e[j]);
            heat += (e[j + 1] - mu) * (Fermi(e[j + 1], mu, t) - p[j]);
        }
        AssertStage(f.Stages.Single(), e3, pEnd, work, heat, pEnd - pStart);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    public void FitToAnInfiniteLevelThenOneJump(string p0Text)
    {
        // F sits at p0 = 1 (or 0) after fitting to E = -infinity (+infinity): fit + jump to E' cost p0 (E' - E).
        var (t, mu, e0, e1, p0) = (R("1.25"), R("0.5"), R("0.3"), R("1.5"), R(p0Text));
        var f = new StageSimulator(t, e0, p0);
        f.FitToExtremeThenContact("fit+jump", new ElectronReservoir(ReservoirName.TPlus, mu), e1, ContactSchedule.SuddenJumps(1));
        var p1 = Fermi(e1, mu, t);
        var s = f.Stages.Single();
        AssertStage(s, e1, p1, p0 * (e1 - e0), (e1 - mu) * (p1 - p0), BigReal.Zero);
        Close(p1 - p0, s.ElectronsFromTPlus, "electrons from T+");
    }

    [Theory]
    [InlineData("1", "2.5")]
    [InlineData("0", "-1")]
    [InlineData("1", "-1")]
    [InlineData("0", "2.5")]
    public void FitToAnInfiniteLevelThenTwoJumps(string p0Text, string targetText)
    {
        var (t, mu, e0, target, p0) = (R("1.25"), R("0.5"), R("0.3"), R(targetText), R(p0Text));
        var f = new StageSimulator(t, e0, p0);
        f.FitToExtremeThenContact("fit+2 jumps", new ElectronReservoir(ReservoirName.TMinus, mu), target, ContactSchedule.SuddenJumps(2));
        var pEnd = Fermi(target, mu, t);
        var pMid = (p0 + pEnd) / 2;
        var eMid = Logit(pMid, mu, t);
        var work = p0 * (eMid - e0) + pMid * (target - eMid);
        var heat = (eMid - mu) * (pMid - p0) + (target - mu) * (pEnd - pMid);
        var s = f.Stages.Single();
        AssertStage(s, target, pEnd, work, heat, BigReal.Zero);
        Close(pEnd - p0, s.ElectronsFromTMinus, "electrons from T-");
        Assert.True(s.EntropyProduction.Sign > 0, "sudden jumps produce entropy");
    }

    [Fact]
    public void FitToAnInfiniteLevelNeedsAnEmptyOrFullLevel()
    {
        var f = new StageSimulator(R("1"), R("0"), R("0.5"));
        var e = Assert.Throws<InvalidOperationException>(() =>
            f.FitToExtremeThenContact("fit", new ElectronReservoir(ReservoirName.R, R("0")), R("1"), ContactSchedule.QuasiStatic));
        Assert.Contains("0 or 1", e.Message);
        Assert.Empty(f.Stages);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReversibleContactToAnInfiniteLevelObeysClausiusAndTheFirstLaw(bool full)
    {
        var (t, mu, e0, eFinal) = (R("1.5"), R("0.2"), R("0.7"), R("-0.4"));
        var p0 = Fermi(e0, mu, t);
        var f = new StageSimulator(t, e0, p0);
        f.ContactToExtremeThenIsolated("extract", new ElectronReservoir(ReservoirName.TPlus, mu), full, eFinal);
        var pEnd = full ? BigReal.One : BigReal.Zero;
        // Clausius for a reversible stage: Q = T (S(pEnd) - S(p0)) = -T S(p0); first law: d(pE) = W + Q + mu dp.
        var heat = -t * BinaryEntropy(p0);
        var work = pEnd * eFinal - p0 * e0 - heat - mu * (pEnd - p0);
        var s = f.Stages.Single();
        AssertStage(s, eFinal, pEnd, work, heat, BigReal.Zero);
        Assert.True(s.OccupationEnd == pEnd, $"ends exactly {(full ? "full" : "empty")}");
        Close(pEnd - p0, s.ElectronsFromTPlus, "electrons from T+");
        Assert.True(s.EntropyProduction.Abs() <= QuiegTestSupport.Eps(K, D), $"reversible, produced {s.EntropyProduction.ToString(5)}");
    }
}
