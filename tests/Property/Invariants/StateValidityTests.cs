using FsCheck.Fluent;
using QTherm.Invariants;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Invariants.Kinds;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

public class StateValidityTests
{
    private static ComplexRational Q(int p, int q) => new(new Rational(p, q));

    [Fact]
    public void RandomDensityMatricesAreValidStates() =>
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.DensityMatrix(3).ToArbitrary(),
            rho => AllHold(All(rho, StateValidity.Check, StateValidity.Check, StateValidity.Check))), maxTest: 20);

    [Fact]
    public void NonPositiveStateFailsPositivity()
    {
        // Hermitian, unit trace, eigenvalues 1.1 and -0.1.
        var notPsd = M.Diagonal(Q(11, 10), Q(-1, 10));
        AssertFail(All(notPsd, StateValidity.Positivity, StateValidity.Positivity, StateValidity.Positivity), "negative eigenvalue");
        AssertFail(All(notPsd, StateValidity.Check, StateValidity.Check, StateValidity.Check), "negative eigenvalue");
        AssertHold(All(notPsd, StateValidity.UnitTrace, StateValidity.UnitTrace, StateValidity.UnitTrace));
        AssertHold(All(notPsd, StateValidity.Hermiticity, StateValidity.Hermiticity, StateValidity.Hermiticity));
    }

    [Fact]
    public void HiddenNegativityIsCaught()
    {
        // Every diagonal entry is positive, but the off-diagonal coherence is too large: eigenvalues 1/2 +- 3/5.
        var notPsd = M.FromRows([Q(1, 2), Q(3, 5)], [Q(3, 5), Q(1, 2)]);
        var verdicts = All(notPsd, StateValidity.Positivity, StateValidity.Positivity, StateValidity.Positivity);
        AssertFail(verdicts);
        // 50-digit and double: lambda_min = -1/10 itself; exact: a certified lower bound of it.
        Assert.Equal(0.1, verdicts[1].WorstViolation, 12);
        Assert.Equal(0.1, verdicts[2].WorstViolation, 12);
        Assert.InRange(verdicts[0].WorstViolation, 1e-12, 0.1 + 1e-12);
    }

    [Fact]
    public void NonHermitianStateFailsHermiticity()
    {
        var notHermitian = M.FromRows([Q(1, 2), Q(1, 4)], [Q(1, 5), Q(1, 2)]);
        AssertFail(All(notHermitian, StateValidity.Hermiticity, StateValidity.Hermiticity, StateValidity.Hermiticity), "not Hermitian");
        AssertFail(All(notHermitian, StateValidity.Check, StateValidity.Check, StateValidity.Check));
    }

    [Fact]
    public void TraceNineTenthsFailsUnitTrace()
    {
        var lowTrace = M.Diagonal(Q(1, 2), Q(2, 5));
        var verdicts = All(lowTrace, StateValidity.UnitTrace, StateValidity.UnitTrace, StateValidity.UnitTrace);
        AssertFail(verdicts, "trace is 0.9");
        foreach (var v in verdicts) Assert.Equal(0.1, v.WorstViolation, 12);
        Assert.Contains("deviation 1.0e-1 > tolerance 0", verdicts[0].Message);
        AssertFail(All(lowTrace, StateValidity.Check, StateValidity.Check, StateValidity.Check), "trace is 0.9");
    }

    [Fact]
    public void DoubleToleranceScalesWithEpsilonAndCanBeStated()
    {
        var rho = M.Diagonal(Q(1, 3), Q(1, 3), Q(1, 3));
        var derived = StateValidity.UnitTrace(Doubles(rho));
        Assert.True(derived.Holds, derived.ToString());
        Assert.InRange(derived.Tolerance, 1e-16, 1e-14);
        // A state off by 1e-9 in trace fails the derived tolerance but passes a stated one of 1e-8.
        var off = Doubles(rho);
        off[0, 0] += 1e-9;
        Assert.False(StateValidity.UnitTrace(off).Holds);
        Assert.True(StateValidity.UnitTrace(off, tolerance: 1e-8).Holds);
    }

    [Fact]
    public void FiftyDigitToleranceDetectsADeviationInTheFortiethDigit()
    {
        var rho = Big(M.Diagonal(Q(1, 2), Q(1, 2)));
        var bumped = Matrix<BigComplex>.Create(2, 2, (i, j) =>
            i == 0 && j == 0 ? rho[0, 0] + BigReal.Parse("1e-40", Digits) : rho[i, j]);
        Assert.True(StateValidity.UnitTrace(rho, Digits).Holds);
        Assert.False(StateValidity.UnitTrace(bumped, Digits).Holds);
        Assert.True(StateValidity.UnitTrace(bumped, 30).Holds);
    }
}
