using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The total decay rate, Tr of the generator as a superoperator: the Hamiltonian part is traceless and, for traceless
/// couplings X without zero-frequency components, both the Bloch-Redfield and the secular Lindblad dissipators give
/// -d sum_{n,m} gamma(E_m - E_n) |X_nm|^2 &lt; 0 (the same pairs, emission for E_m &gt; E_n, absorption otherwise), so the two
/// traces agree and are strictly negative. A coupling with a zero-frequency component is refused by Redfield.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 3; Breuer-Petruccione Sec. 3.3.
/// </summary>
public sealed class GeneratorDecayTraceTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly HighPrecisionScalars Scalars = new(Digits);

    private static OpenQetSystem System() => new(new TwoQubitModel(1, 2, Rational.Half),
        Reservoir.Bosonic(new Rational(1, 10), 1), Reservoir.Bosonic(new Rational(1, 20), 2));

    [Fact]
    public void RedfieldAndSecularLindbladHaveTheSameNegativeTotalDecayRate()
    {
        var system = System();
        var redfield = system.Generator(MasterEquationForm.BlochRedfield, Scalars).Trace();
        var global = system.Generator(MasterEquationForm.GlobalLindblad, Scalars).Trace();
        var tol = BigReal.Parse("1e-30", Digits);
        Assert.True(redfield.Re.Sign < 0, redfield.Re.ToString(10));
        Assert.True((redfield - global).Abs() < tol, $"{redfield.Re.ToString(20)} vs {global.Re.ToString(20)}");
        Assert.True(redfield.Im.Abs() < tol);
    }

    [Fact]
    public void ZeroFrequencyCouplingIsRefusedByRedfield()
    {
        var system = System();
        var h = QetOperators.ToBig(system.Model.Hamiltonian.Total, Digits);
        var levels = system.Model.Eigenbasis.Levels(Digits);
        var e = Assert.Throws<NotSupportedException>(() => BlochRedfieldGenerator.Of(h, levels,
            [new ReservoirCoupling(Matrix<BigComplex>.Identity(4), system.ReservoirA)], Scalars));
        Assert.Contains("zero-frequency", e.Message);
    }
}
