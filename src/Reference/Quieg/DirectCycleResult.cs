using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Both branches of a simulated direct cycle and the averages over the equiprobable measurement outcomes
/// (Eqs. 3-4). Work is work done ON F (the paper's -W, Eq. 14); electron counts are averages per cycle (per qubit).
/// Seed 000_49a452cf4824afd6.txt, Sec. 4, Eqs. 11-13, 17-25.
/// </summary>
public sealed record DirectCycleResult(
    QuiegParameters Parameters,
    DirectProtocol Protocol,
    IReadOnlyList<CycleStage> BranchA,
    IReadOnlyList<CycleStage> BranchB)
{
    private static readonly BigReal Half = BigReal.One.ScaleByPowerOfTwo(-1);

    private static BigReal Sum(IEnumerable<CycleStage> stages, Func<CycleStage, BigReal> f) =>
        stages.Aggregate(BigReal.Zero, (acc, s) => acc + f(s));

    /// <summary>Work done on F over branch a; the paper's W_a is its negative (Eq. 17).</summary>
    public BigReal WorkOnFBranchA => Sum(BranchA, s => s.WorkOnF);
    public BigReal WorkOnFBranchB => Sum(BranchB, s => s.WorkOnF);

    /// <summary>Average work done on F per cycle, -(W_a + W_b)/2 (Eqs. 20-23).</summary>
    public BigReal AverageWorkOnF => Half * (WorkOnFBranchA + WorkOnFBranchB);

    /// <summary>Average electrons F hands to T+ per cycle; Eq. 11 gives (m - p_a)/2.</summary>
    public BigReal ElectronsRToTPlus => -Half * (Sum(BranchA, s => s.ElectronsFromTPlus) + Sum(BranchB, s => s.ElectronsFromTPlus));

    /// <summary>Average electrons F takes from T- per cycle; Eq. 12 gives (p_b - (1 - m))/2.</summary>
    public BigReal ElectronsTMinusToR => Half * (Sum(BranchA, s => s.ElectronsFromTMinus) + Sum(BranchB, s => s.ElectronsFromTMinus));

    /// <summary>Average net electrons F takes from R per cycle (zero under Eq. 13).</summary>
    public BigReal NetElectronsFromR => Half * (Sum(BranchA, s => s.ElectronsFromR) + Sum(BranchB, s => s.ElectronsFromR));

    /// <summary>Electrons moved from T- to T+ per cycle when R is left unchanged (Eq. 24's left side).</summary>
    public BigReal ElectronsTMinusToTPlus => ElectronsRToTPlus;

    /// <summary>Free energy handed to the reservoirs, sum_i mu_i N_i (electrons into reservoir i), per cycle.</summary>
    public BigReal FreeEnergyDelivered =>
        ElectronsRToTPlus * Parameters.VPlusReal - ElectronsTMinusToR * Parameters.VMinusReal - NetElectronsFromR * Parameters.Mu;

    /// <summary>ln2 T (1 - S_m): the information supplied per qubit, the right side of the Eq. 24 bound.</summary>
    public BigReal InformationBound => BigReal.Ln2(Parameters.WorkingDigits) * Parameters.T * (BigReal.One - Parameters.EntropyBits);

    /// <summary>N (V+ - V-) - W_in in general form: free energy delivered minus work put in; at most the bound.</summary>
    public BigReal SecondLawLeftSide => FreeEnergyDelivered - AverageWorkOnF;

    /// <summary>Bound minus left side: T times the average entropy produced; zero for the reversible cycle.</summary>
    public BigReal SecondLawSlack => InformationBound - SecondLawLeftSide;

    /// <summary>Entropy produced per cycle (nats), summed over the stages and averaged over the outcomes.</summary>
    public BigReal AverageEntropyProduction => Half * (Sum(BranchA, s => s.EntropyProduction) + Sum(BranchB, s => s.EntropyProduction));

    /// <summary>
    /// The left side of Eq. 20 with W_a, W_b (work done by F) taken from the simulation; the paper says it vanishes.
    /// Seed 000_49a452cf4824afd6.txt, Eq. 20.
    /// </summary>
    public BigReal Eq20Residual
    {
        get
        {
            var m = Parameters.Real(Parameters.M);
            var pa = Protocol.Pa;
            var pb = Protocol.Pb;
            return AverageWorkOnF + InformationBound
                   + Half * ((pa - m) * Parameters.VPlusReal + (pb - BigReal.One + m) * Parameters.VMinusReal)
                   + Half * (BigReal.One - pa - pb) * Parameters.Mu;
        }
    }

    /// <summary>Occupation of F at the end of each branch (the paper: back to 1/2, Eq. 2).</summary>
    public (BigReal A, BigReal B) FinalOccupations => (BranchA[^1].OccupationEnd, BranchB[^1].OccupationEnd);

    public (BigReal A, BigReal B) FinalLevels => (BranchA[^1].LevelEnd, BranchB[^1].LevelEnd);
}
