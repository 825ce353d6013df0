using FsCheck.Fluent;
using QTherm.Invariants;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using static QTherm.Tests.Property.Invariants.Kinds;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

public class ConservationTests
{
    // H diagonal, U = diag of rational phases: [U, H] = 0, so U rho U^dagger conserves trace and energy.
    private static readonly M H = M.Diagonal(new ComplexRational(new Rational(3, 2)), new ComplexRational(new Rational(-1, 3)), 1);
    private static readonly M U = M.Diagonal(
        new ComplexRational(new Rational(3, 5), new Rational(4, 5)),
        new ComplexRational(new Rational(5, 13), new Rational(-12, 13)),
        ComplexRational.I);

    private static Verdict[] Energy(M h, M before, M after) =>
    [
        Conservation.EnergyConserved(h, before, after),
        Conservation.EnergyConserved(Big(h), Big(before), Big(after), Digits),
        Conservation.EnergyConserved(Doubles(h), Doubles(before), Doubles(after)),
    ];

    [Fact]
    public void EvolutionCommutingWithHConservesTraceAndEnergy() =>
        PropertyConfig.Check(Prop.ForAll(ExactGenerators.DensityMatrix(3).ToArbitrary(), rho =>
        {
            var after = U * rho * U.Adjoint();
            return AllHold(Energy(H, rho, after))
                   && AllHold(All(rho, after, Conservation.TracePreserved, Conservation.TracePreserved, Conservation.TracePreserved));
        }), maxTest: 20);

    [Fact]
    public void DecayToTheGroundStateDoesNotConserveEnergy()
    {
        var excited = M.Unit(2, 0, 0);
        var ground = M.Unit(2, 1, 1);
        var verdicts = Energy(Pauli.Z, excited, ground);
        AssertFail(verdicts, "energy tr(H rho) 1 before, -1 after");
        foreach (var v in verdicts) Assert.Equal(2.0, v.WorstViolation, 12);
        AssertHold(All(excited, ground, Conservation.TracePreserved, Conservation.TracePreserved, Conservation.TracePreserved));
    }

    [Fact]
    public void LeakingProbabilityFailsTracePreservation()
    {
        var before = M.Unit(2, 0, 0);
        var after = new ComplexRational(new Rational(9, 10)) * before;
        AssertFail(All(before, after, Conservation.TracePreserved, Conservation.TracePreserved, Conservation.TracePreserved),
            "trace 1 before, 0.9 after");
    }
}
