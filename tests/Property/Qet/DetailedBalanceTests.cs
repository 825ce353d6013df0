using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// Local jump rates obey detailed balance, Up/Down = exp(-(omega - mu)/T), and the right zero-temperature limit:
/// bosons Down - Up = gamma (spontaneous emission survives), fermions Down + Up = gamma. Seed 002_3d1265a9cee6337c.txt, Sec. 2.2.
/// </summary>
public sealed class DetailedBalanceTests
{
    [Fact]
    public void BosonicLocalRatesObeyDetailedBalanceAndSpontaneousEmission()
    {
        var gen = from gamma in QetGenerators.PositiveRational
                  from w in Gen.Choose(1, 19)
                  select (gamma, w: new Rational(w, 20));
        PropertyConfig.Check(gen, c =>
        {
            var r = LocalRates.BosonicFromBoltzmannFactor(c.gamma, c.w);
            return r.Up == c.w * r.Down && r.Down - r.Up == c.gamma;
        }, maxTest: 30, seed: 5111);
    }

    [Fact]
    public void FermionicLocalRatesObeyDetailedBalanceAndPauliBlocking()
    {
        var gen = from gamma in QetGenerators.PositiveRational
                  from x in Gen.Choose(1, 40)
                  select (gamma, x: new Rational(x, 7));
        PropertyConfig.Check(gen, c =>
        {
            var r = LocalRates.FermionicFromBoltzmannFactor(c.gamma, c.x);
            return r.Up == c.x * r.Down && r.Down + r.Up == c.gamma;
        }, maxTest: 30, seed: 5112);
    }
}
