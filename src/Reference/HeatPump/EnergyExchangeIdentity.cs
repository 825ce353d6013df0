using QTherm.Reference.Information;
using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Both sides of Eq. 2 at time t: (beta_A - beta_B) Delta E_A(t) and S(rho_A(t)||rho_A^0) + S(rho_B(t)||rho_B^0)
/// + Delta I_AB(t). Seed 001_8d968b41aa3feca2.txt, Eq. 2.
/// </summary>
public sealed record EnergyExchangeIdentity(BigReal LeftSide, BigReal RelativeEntropyA, BigReal RelativeEntropyB, BigReal MutualInformationChange)
{
    public BigReal RightSide => RelativeEntropyA + RelativeEntropyB + MutualInformationChange;

    public static EnergyExchangeIdentity At(ClosedEvolution evolution, Rational t)
    {
        int d = evolution.Digits + 5;
        var rho0 = evolution.InitialState;
        var rho = evolution.StateAt(t);
        var p = evolution.Parameters;
        var betaDifference = BigReal.FromRational(p.TemperatureA.Reciprocal() - p.TemperatureB.Reciprocal(), d);
        var hA = TwoQubitHamiltonian.HA();
        var deltaEA = TwoQubitHamiltonian.Expectation(hA, rho) - TwoQubitHamiltonian.Expectation(hA, rho0);
        var sA = RelativeEntropyToGibbs.Of(rho.ReducedTo([2, 2], 0), evolution.Product.A, d);
        var sB = RelativeEntropyToGibbs.Of(rho.ReducedTo([2, 2], 1), evolution.Product.B, d);
        var dI = MutualInformation.Of(rho, [2, 2], d) - MutualInformation.Of(rho0, [2, 2], d);
        return new(betaDifference * deltaEA, sA, sB, dI);
    }
}
