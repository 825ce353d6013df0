using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using QTherm.Tests.Property.Generators;
using Xunit;
using Gen = FsCheck.Fluent.Gen;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>Eq. 13 is a CPTP idempotent channel; Eq. 16 equals the direct energy difference Eq. 15.</summary>
public class MeasurementAndEnergyTests
{
    [Theory]
    [InlineData(MeasuredObservable.RightOccupation)]
    [InlineData(MeasuredObservable.LeftCharge)]
    public void MeasurementChannelIsCptpAndIdempotent(MeasuredObservable observable)
    {
        var projectors = MeasurementChannel.Projectors(observable);
        var completeness = projectors.Aggregate(M.Zero(8, 8), (s, p) => s + p.Adjoint() * p);
        Assert.Equal(M.Identity(8), completeness);
        var phi = MeasurementChannel.Superoperator(observable);
        Assert.Equal(phi, phi * phi);
        // Choi matrix sum_ij |i><j| (x) Phi(|i><j|) is positive semidefinite (exact test).
        var choi = M.Create(64, 64, (a, b) =>
        {
            var (i, k) = (a / 8, a % 8);
            var (j, l) = (b / 8, b % 8);
            return MeasurementChannel.Apply(M.Unit(8, i, j), observable)[k, l];
        });
        Assert.True(ExactPositivity.IsPositiveSemidefinite(choi));
    }

    [Fact]
    public void ChannelActsAsRhoPlusTwiceTheDephasingDissipator() => PropertyConfig.Check(Prop.ForAll(
        SpintronicGenerators.DensityMatrix.ToArbitrary(), rho =>
        {
            var phi = MeasurementChannel.Superoperator();
            Assert.Equal(MeasurementChannel.ApplyAsDissipator(rho), MeasurementChannel.Apply(rho));
            Assert.Equal((phi * rho.VecColumns()), MeasurementChannel.Apply(rho).VecColumns());
        }), maxTest: 20);

    [Fact]
    public void Equation16EqualsTheEnergyDifferenceOfEquation15() => PropertyConfig.Check(Prop.ForAll(
        Gen.Zip(Gen.Zip(SpintronicGenerators.Parameters, SpintronicGenerators.DensityMatrix), Gen.Elements(MeasuredObservable.RightOccupation, MeasuredObservable.LeftCharge)).ToArbitrary(),
        t =>
        {
            var ((p, rho), observable) = t;
            var direct = MeasurementEnergy.DirectDifference(p, rho, observable);
            Assert.Equal(direct, MeasurementEnergy.FromCoherence(p, rho));
            Assert.Equal(direct, new ComplexRational(MeasurementEnergy.FromMatrixElements(p, rho)));
        }), maxTest: 40);
}
