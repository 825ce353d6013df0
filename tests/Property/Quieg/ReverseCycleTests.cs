using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The reverse cycle (Sec. 5): over FsCheck-drawn parameters (fixed seed) it does zero work at its own p_a, which is
/// Eq. 35's, moves the Eq. 32 electrons from T+ to T-, produces no entropy, returns F to the occupations m (M = 1) and
/// 1 - m (M = 0) at E = mu, and the exact reset then restores rho_M^init with F maximally mixed. Each reverse branch
/// costs exactly minus the work of the direct branch it reverses.
/// </summary>
public class ReverseCycleTests
{
    private const int K = 25;

    [Fact]
    public void ReverseCycleRestoresTheInputsAtZeroWork()
    {
        foreach (var q in QuiegGenerators.Sample(20))
        {
            var where = QuiegGenerators.Describe(q);
            var (pa, _) = ZeroWorkOccupation.SolveReverse(q);
            Close(PaperClosedForms.Pa(q), pa, K, BigReal.Zero, where + " Eq. 35");
            var rev = ReverseCycle.Run(q, pa);
            Assert.True(rev.AverageWorkOnF.Abs() <= Eps(K, 40) * Scale(q), where + $" work {rev.AverageWorkOnF.ToString(5)}");
            Close(PaperClosedForms.ReverseElectronsPerCycle(q), rev.ElectronsTPlusToTMinus, K, Eps(K, 40), where + " Eq. 32");
            Close(rev.ElectronsTPlusToTMinus, rev.ElectronsIntoTMinus, K, Eps(K, 40), where + " T- receives what T+ gives");
            Assert.True(rev.NetElectronsFromR.Abs() <= Eps(K, 40), where + " R unchanged");
            Assert.True(rev.AverageEntropyProduction.Abs() <= Eps(K, 40), where + " reversible");
            var m = q.Real(q.M);
            Close(m, rev.FinalOccupations.C, K, BigReal.Zero, where + " branch c ends at occupation m");
            Close(BigReal.One - m, rev.FinalOccupations.D, K, Eps(K, 40), where + " branch d ends at occupation 1 - m");
            Close(q.Mu, rev.FinalLevels.C, K, q.T, where + " branch c ends at E_0 = mu");
            Assert.True(rev.Reset.Factorises);
            Assert.Equal(QubitGates.DiagonalQubit(1 - q.M), rev.Reset.ReducedM);
            Assert.Equal(QubitGates.DiagonalQubit(Rational.Half), rev.Reset.ReducedF);

            var direct = DirectCycle.Run(q, DirectProtocol.Reversible(q, pa));
            var sumC = rev.BranchC.Aggregate(BigReal.Zero, (a, s) => a + s.WorkOnF);
            Assert.True((sumC + direct.WorkOnFBranchA).Abs() <= Eps(K, 40) * Scale(q), where + " branch c = - branch a");
        }
    }
}
