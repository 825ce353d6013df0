using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The local Lindblad form of an open QET system takes each reservoir's rates at its qubit's bare Bohr frequency: the
/// splitting 2 eps of eps sz (here eps_A = 3/2, eps_B = 5/2, so 2 eps differs from 2/eps). Seed 002_3d1265a9cee6337c.txt, Sec. 3.
/// </summary>
public sealed class LocalLindbladFrequencyTests
{
    [Fact]
    public void LocalRatesAreTakenAtTheBareQubitSplittings()
    {
        const int digits = QetTestPrecision.Digits;
        var scalars = new HighPrecisionScalars(digits);
        var model = new TwoQubitModel(new Rational(3, 2), new Rational(5, 2), new Rational(1, 3));
        var system = new OpenQetSystem(model, Reservoir.Bosonic(new Rational(1, 10), 2), Reservoir.Fermionic(new Rational(1, 5), 1, Rational.Half));
        var h = QetOperators.ToBig(model.Hamiltonian.Total, digits);
        // Bare splittings: eigenvalues of eps sz are +-eps.
        var a = LocalRates.Of(system.ReservoirA, BigReal.FromRational(3, digits), digits);
        var b = LocalRates.Of(system.ReservoirB, BigReal.FromRational(5, digits), digits);
        var expected = LocalLindbladGenerator.Of(h, (BigComplex.FromReal(a.Down), BigComplex.FromReal(a.Up)),
            (BigComplex.FromReal(b.Down), BigComplex.FromReal(b.Up)), scalars);
        var diff = system.Generator(MasterEquationForm.LocalLindblad, scalars) - expected;
        var tol = BigReal.Parse("1e-30", digits);
        for (int i = 0; i < diff.Rows; i++)
            for (int j = 0; j < diff.Cols; j++)
                Assert.True(diff[i, j].Abs() < tol, $"({i},{j}): {diff[i, j].Abs().ToString(6)}");
    }
}
