using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The unitary part of the vectorised generators is the von Neumann equation d rho/dt = -i [H, rho] (hbar = 1),
/// checked against the commutator computed directly: its sign fixes the direction of time evolution, which the
/// steady states alone cannot see. Seed 002_3d1265a9cee6337c.txt, Sec. 3.
/// </summary>
public sealed class SchroedingerConventionTests
{
    private static readonly ExactScalars Exact = new(QetTestPrecision.Digits);

    [Fact]
    public void HamiltonianGeneratorIsMinusITimesTheCommutator()
    {
        var gen = from model in QetGenerators.Model
                  from rho in QetGenerators.DensityMatrix
                  select (model, rho);
        PropertyConfig.Check(gen, c =>
        {
            var h = c.model.Hamiltonian.Total;
            var direct = (h * c.rho - c.rho * h).Scale(-ComplexRational.I);
            var viaHamiltonianPart = Liouvillian.Apply(Liouvillian.Hamiltonian(h, Exact.ImaginaryUnit), c.rho);
            var viaLocalGeneratorWithoutBaths = Liouvillian.Apply(
                LocalLindbladGenerator.Of(h, (ComplexRational.Zero, ComplexRational.Zero), (ComplexRational.Zero, ComplexRational.Zero), Exact), c.rho);
            return viaHamiltonianPart.Equals(direct) && viaLocalGeneratorWithoutBaths.Equals(direct);
        }, maxTest: 20, seed: 5101);
    }
}
