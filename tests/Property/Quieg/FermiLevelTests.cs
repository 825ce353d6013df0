using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The Fermi-function inversion (Eqs. 5-10) and the closed-form quasi-static contact work, the latter against an
/// independent composite Simpson quadrature of the Fermi occupation in double precision (a test-only fast path;
/// Simpson with 4000 panels on these intervals is accurate to ~1e-12 relative, compared at 1e-9).
/// </summary>
public class FermiLevelTests
{
    [Fact]
    public void InvertedLevelReproducesTheOccupation()
    {
        foreach (var (p, mu, t) in new[] { ("1/3", "0", "1"), ("999/1000", "5", "1/100"), ("1/1000000", "-2", "1000"), ("1/2", "7", "3") })
        {
            var pr = BigReal.Parse(p, 45);
            var level = FermiLevel.LevelFor(pr, BigReal.Parse(mu, 45), BigReal.Parse(t, 45));
            Close(pr, FermiLevel.Occupation(level, BigReal.Parse(mu, 45), BigReal.Parse(t, 45)), 38, BigReal.Zero, $"f(E(p)) at p={p}");
        }
    }

    [Theory]
    [InlineData(-3.0, 4.0, 0.5, 1.0)]
    [InlineData(2.0, -1.0, 0.0, 0.05)]
    [InlineData(-50.0, 50.0, 10.0, 7.0)]
    public void QuasiStaticContactWorkIsTheIntegralOfTheOccupation(double from, double to, double mu, double t)
    {
        var f = new StageSimulator(BigReal.FromDouble(t, 40), BigReal.FromDouble(from, 40), FermiLevel.Occupation(BigReal.FromDouble(from, 40), BigReal.FromDouble(mu, 40), BigReal.FromDouble(t, 40)));
        f.Contact("test", new ElectronReservoir(ReservoirName.R, BigReal.FromDouble(mu, 40)), BigReal.FromDouble(to, 40), ContactSchedule.QuasiStatic);
        double Fermi(double e) => 1.0 / (1.0 + Math.Exp((e - mu) / t));
        const int n = 4000;
        double h = (to - from) / n, sum = Fermi(from) + Fermi(to);
        for (int i = 1; i < n; i++) sum += (i % 2 == 1 ? 4 : 2) * Fermi(from + i * h);
        double simpson = sum * h / 3;
        double closed = f.Stages[0].WorkOnF.ToDouble();
        Assert.True(Math.Abs(simpson - closed) <= 1e-9 * Math.Max(1, Math.Abs(simpson)), $"Simpson {simpson:R} vs closed form {closed:R}");
        Assert.True(f.Stages[0].EntropyProduction.Abs() <= Eps(30, 40));
    }
}
