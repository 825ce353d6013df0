using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// A reservoir's domain (gamma &gt;= 0, T &gt; 0, mu = 0 for bosons), its occupations at known points and the local
/// rates' domain (w in (0, 1), x &gt; 0). Seed 002_3d1265a9cee6337c.txt, Sec. 2.2 and Sec. 3.
/// </summary>
public sealed class ReservoirValidationTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly BigReal Tol = BigReal.Parse("1e-30", Digits);

    private static void AssertNames(ParameterOutOfRangeException e, string parameter, string value, string range, string? reasonWord)
    {
        Assert.Equal(parameter, e.Parameter);
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains($"'{parameter}'", e.Message);
        Assert.Contains(value, e.Message);
        Assert.Contains(range, e.Message);
        if (reasonWord is not null) Assert.Contains(reasonWord, e.Message);
    }

    [Fact]
    public void NegativeGammaIsRejectedZeroGammaIsAllowed()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Reservoir.Bosonic(-1, 1));
        AssertNames(e, "gamma", "-1", ">= 0", "dissipation rate cannot be negative");
        var closed = Reservoir.Fermionic(0, 1, 0);
        Assert.True(closed.Gamma.IsZero);
        Assert.True(closed.EmissionRate(BigReal.One, Digits).IsZero);
    }

    [Fact]
    public void NonPositiveTemperatureIsRejected()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => Reservoir.Bosonic(1, 0));
        AssertNames(e, "T", "0", "> 0", "positive temperature");
        var f = Assert.Throws<ParameterOutOfRangeException>(() => Reservoir.Fermionic(1, new Rational(-1, 2), 0));
        AssertNames(f, "T", "-1/2", "> 0", "positive temperature");
    }

    [Fact]
    public void BosonicReservoirNeedsZeroChemicalPotential()
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => new Reservoir(ReservoirKind.Bosonic, 1, 1, new Rational(1, 3)));
        AssertNames(e, "mu", "1/3", "0 for a bosonic", null);
        Assert.Equal(new Rational(1, 3), Reservoir.Fermionic(1, 1, new Rational(1, 3)).ChemicalPotential);
    }

    [Fact]
    public void BosonicOccupationNeedsPositiveFrequencyFermionicDoesNot()
    {
        var bath = Reservoir.Bosonic(1, 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => bath.Occupation(BigReal.Zero, Digits));
        Assert.Equal("omega", e.ParamName);
        Assert.Contains("omega > 0", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => bath.Occupation(-BigReal.One, Digits));
        // Fermi function at omega = 0, mu = 0: exactly 1/2.
        var lead = Reservoir.Fermionic(1, 1, 0);
        Assert.True((lead.Occupation(BigReal.Zero, Digits) - BigReal.FromRational(Rational.Half, Digits)).Abs() < Tol);
    }

    [Fact]
    public void FermiFunctionIsOneHalfAtTheChemicalPotential()
    {
        // f(omega = mu) = 1/2 for any T; a sign error in (omega - mu) gives 1/(e^{2mu/T} + 1) instead.
        var lead = Reservoir.Fermionic(2, new Rational(1, 3), new Rational(3, 2));
        var f = lead.Occupation(BigReal.FromRational(new Rational(3, 2), Digits), Digits);
        Assert.True((f - BigReal.FromRational(Rational.Half, Digits)).Abs() < Tol, f.ToString(20));
    }

    [Fact]
    public void RateAtZeroFrequencyIsTheAbsorptionRate()
    {
        // omega = 0 is not an emission (documented: emission only for omega > 0); with mu != 0, f(0) != 1/2 so the
        // absorption rate gamma f(0) differs from the emission rate gamma (1 - f(0)).
        var lead = Reservoir.Fermionic(1, 1, 1);
        var rate = lead.RateAt(BigReal.Zero, Digits);
        var absorption = lead.AbsorptionRate(BigReal.Zero, Digits);
        var expected = BigReal.One / (BigReal.FromRational(-1, Digits).Exp() + BigReal.One);
        Assert.True((rate - absorption).Abs() < Tol);
        Assert.True((rate - expected).Abs() < Tol, rate.ToString(20));
    }

    [Fact]
    public void LocalRatesRejectNegativeGamma()
    {
        var b = Assert.Throws<ParameterOutOfRangeException>(() => LocalRates.BosonicFromBoltzmannFactor(-2, Rational.Half));
        AssertNames(b, "gamma", "-2", ">= 0", null);
        var f = Assert.Throws<ParameterOutOfRangeException>(() => LocalRates.FermionicFromBoltzmannFactor(-2, Rational.Half));
        AssertNames(f, "gamma", "-2", ">= 0", null);
        Assert.Equal(new LocalRates(0, 0), LocalRates.BosonicFromBoltzmannFactor(0, Rational.Half));
        Assert.Equal(new LocalRates(0, 0), LocalRates.FermionicFromBoltzmannFactor(0, Rational.Half));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1/2")]
    [InlineData("1")]
    [InlineData("3/2")]
    public void BoltzmannFactorOutsideOpenUnitIntervalIsRejected(string w)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => LocalRates.BosonicFromBoltzmannFactor(1, Rational.Parse(w)));
        AssertNames(e, "w", w, "(0, 1)", "w = exp(-omega/T)");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void FermionicBoltzmannFactorMustBePositive(string x)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(() => LocalRates.FermionicFromBoltzmannFactor(1, Rational.Parse(x)));
        AssertNames(e, "x", x, "> 0", "x = exp(-(omega - mu)/T)");
    }
}
