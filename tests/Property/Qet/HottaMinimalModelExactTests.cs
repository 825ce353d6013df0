using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// Hotta's minimal model: domain h, k &gt; 0; the exact Hamiltonian for a Pythagorean (h, k) = (3, 4), s = 5 carries the
/// constants h^2/s, h^2/s, 2k^2/s (traces 36/5, 36/5, 128/5) so that the ground energy is exactly 0 (det H = 0), and
/// it is refused when s is irrational. arXiv:1002.0200; seed 002_3d1265a9cee6337c.txt, Sec. 1.
/// </summary>
public sealed class HottaMinimalModelExactTests
{
    [Fact]
    public void NonPositiveSplittingOrCouplingIsRejected()
    {
        var h = Assert.Throws<ParameterOutOfRangeException>(() => new HottaMinimalModel(0, 1));
        Assert.Equal("h", h.Parameter);
        Assert.Contains("'h' = 0", h.Message);
        Assert.Contains("> 0", h.Message);
        Assert.Contains("level splitting", h.Message);
        var k = Assert.Throws<ParameterOutOfRangeException>(() => new HottaMinimalModel(1, new Rational(-1, 2)));
        Assert.Equal("k", k.Parameter);
        Assert.Contains("'k' = -1/2", k.Message);
        Assert.Contains("> 0", k.Message);
        Assert.Contains("local gauge", k.Message);
        Assert.Throws<ParameterOutOfRangeException>(() => new HottaMinimalModel(1, 0));
    }

    [Fact]
    public void ExactHamiltonianCarriesHottasConstantsAndZeroGroundEnergy()
    {
        var model = new HottaMinimalModel(3, 4);
        Assert.True(model.TryExactHamiltonian(out var ham));
        Assert.Equal(new ComplexRational(new Rational(36, 5)), ham.LocalA.Trace());
        Assert.Equal(new ComplexRational(new Rational(36, 5)), ham.LocalB.Trace());
        Assert.Equal(new ComplexRational(new Rational(128, 5)), ham.Interaction.Trace());
        var total = ham.LocalA + ham.LocalB + ham.Interaction;
        Assert.True(DensityMatrixValidity.Determinant(total).IsZero);
    }

    [Fact]
    public void IrrationalSIsRefused()
    {
        var model = new HottaMinimalModel(1, 1);
        Assert.False(model.TryExactHamiltonian(out _));
    }
}
