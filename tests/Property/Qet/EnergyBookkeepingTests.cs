using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// Energy bookkeeping of one QET round, exactly: the total energy change equals the measurement's work plus the feedback's
/// work computed branch by branch; the measurement (on A) leaves H_B untouched, the feedback (on B) leaves H_A untouched;
/// every intermediate state is a valid density matrix.
/// </summary>
public sealed class EnergyBookkeepingTests
{
    private static readonly ExactScalars Exact = new(QetTestPrecision.Digits);

    [Fact]
    public void TotalEnergyChangeIsMeasurementWorkPlusFeedbackWork()
    {
        var gen = from model in QetGenerators.Model
                  from rho in QetGenerators.DensityMatrix
                  from measurement in QetGenerators.UnitalMeasurementOnAlice
                  from feedback in QetGenerators.Feedback
                  select (model, rho, measurement, feedback);
        PropertyConfig.Check(gen, c =>
        {
            var h = c.model.Hamiltonian;
            var run = QetProtocol.Run(h, c.rho, c.measurement, c.feedback);
            var total = h.Total;
            var measurementWork = c.measurement.Operators.Aggregate(ComplexRational.Zero, (a, m) => a + (total * m * c.rho * m.Adjoint()).Trace())
                                  - (total * c.rho).Trace();
            var feedbackWork = ComplexRational.Zero;
            for (int k = 0; k < run.ConditionalStates.Count; k++)
            {
                var u = c.feedback.Unitaries[k];
                var sigma = run.ConditionalStates[k];
                feedbackWork += (total * (u * sigma * u.Adjoint() - sigma)).Trace();
            }
            bool balanced = run.EnergyFinal - run.EnergyInitial == measurementWork + feedbackWork
                            && run.EnergyInjected == measurementWork && run.BobOutput == -feedbackWork;
            bool measurementLeavesBobAlone = (h.LocalB * run.PostMeasurementState).Trace() == (h.LocalB * c.rho).Trace();
            bool feedbackLeavesAliceAlone = (h.LocalA * run.FinalState).Trace() == (h.LocalA * run.PostMeasurementState).Trace();
            return balanced && measurementLeavesBobAlone && feedbackLeavesAliceAlone;
        }, maxTest: 40, seed: 5001);
    }

    [Fact]
    public void EveryStepIsAValidState()
    {
        var gen = from rho in QetGenerators.DensityMatrix
                  from measurement in QetGenerators.UnitalMeasurementOnAlice
                  from feedback in QetGenerators.Feedback
                  from model in QetGenerators.Model
                  select (model, rho, measurement, feedback);
        PropertyConfig.Check(gen, c =>
        {
            var run = QetProtocol.Run(c.model.Hamiltonian, c.rho, c.measurement, c.feedback);
            var probabilitySum = run.Probabilities.Aggregate(ComplexRational.Zero, (a, p) => a + p);
            bool conditionalValid = run.ConditionalStates.Zip(run.Probabilities)
                .All(x => x.Second.IsZero || DensityMatrixValidity.Of(x.First.Scale(ComplexRational.One / x.Second), Exact).IsValid);
            return probabilitySum == ComplexRational.One
                   && DensityMatrixValidity.Of(c.rho, Exact).IsValid
                   && DensityMatrixValidity.Of(run.PostMeasurementState, Exact).IsValid
                   && DensityMatrixValidity.Of(run.FinalState, Exact).IsValid
                   && conditionalValid;
        }, maxTest: 25, seed: 5002);
    }

    [Fact]
    public void ANonPositiveMatrixIsDetected()
    {
        // diag(1, 1, 1, -1)/2: unit trace, Hermitian, not positive. The validity check must say so.
        var bad = Matrix<ComplexRational>.Diagonal(new Rational(1, 2), new Rational(1, 2), new Rational(1, 2), new Rational(-1, 2));
        var validity = DensityMatrixValidity.Of(bad, Exact);
        Assert.True(validity.HasUnitTrace && validity.IsHermitian);
        Assert.False(validity.IsPositiveSemidefinite);
    }
}
