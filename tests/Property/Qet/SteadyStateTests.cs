using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using QTherm.Tests.Property.Generators;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>Steady states of the two-reservoir generators: unique, valid, and (global form, one temperature) Gibbs.</summary>
public sealed class SteadyStateTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly ExactScalars Exact = new(Digits);
    private static readonly HighPrecisionScalars Scalars = new(Digits);

    private static Gen<LocalRates> Rates =>
        from gamma in QetGenerators.PositiveRational
        from w in Gen.Choose(1, 19)
        from fermionic in Gen.Elements(false, true)
        select fermionic ? LocalRates.FermionicFromBoltzmannFactor(gamma, new Rational(w, 7)) : LocalRates.BosonicFromBoltzmannFactor(gamma, new Rational(w, 20));

    [Fact]
    public void ExactLocalLindbladSteadyStateIsAUniqueValidState()
    {
        var gen = from model in QetGenerators.Model
                  from a in Rates
                  from b in Rates
                  select (model, a, b);
        PropertyConfig.Check(gen, c =>
        {
            var ss = OpenQetSystem.ExactLocalSteadyState(c.model, c.a, c.b, Exact);
            var generator = LocalLindbladGenerator.Of(c.model.Hamiltonian.Total, (c.a.Down, c.a.Up), (c.b.Down, c.b.Up), Exact);
            var residual = Liouvillian.Apply(generator, ss.Density);
            var byElimination = SteadyState<ComplexRational>.Of(generator, Exact);
            return ss.IsUniqueValidState && residual.Equals(Matrix<ComplexRational>.Zero(4, 4)) && byElimination.Density.Equals(ss.Density);
        }, maxTest: 15, seed: 5011);
    }

    [Fact]
    public void HighPrecisionLindbladSteadyStatesAreValid()
    {
        var gen = from model in QetGenerators.Model
                  from ta in QetGenerators.PositiveRational
                  from tb in QetGenerators.PositiveRational
                  from gamma in QetGenerators.PositiveRational
                  from global in Gen.Elements(false, true)
                  select (model, ta, tb, gamma, global);
        PropertyConfig.Check(gen, c =>
        {
            var system = new OpenQetSystem(c.model, Reservoir.Bosonic(c.gamma / 10, c.ta / 4), Reservoir.Bosonic(c.gamma / 10, c.tb / 4));
            var form = c.global ? MasterEquationForm.GlobalLindblad : MasterEquationForm.LocalLindblad;
            return system.SteadyState(form, Scalars).IsUniqueValidState;
        }, maxTest: 8, seed: 5012);
    }

    [Fact]
    public void GlobalLindbladWithOneTemperatureRelaxesToTheGibbsState()
    {
        var model = new TwoQubitModel(1, new Rational(1, 2), new Rational(3, 2));
        var t = new Rational(1, 3);
        var system = new OpenQetSystem(model, Reservoir.Bosonic(new Rational(1, 10), t), Reservoir.Bosonic(new Rational(1, 5), t));
        var ss = system.SteadyState(MasterEquationForm.GlobalLindblad, Scalars);
        var gibbs = GibbsState.Of(model.Eigenbasis, t, Digits).Density;
        var diff = ss.Density - gibbs;
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                Assert.True(diff[i, j].Abs() <= BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, Digits - 20)), Digits),
                    $"steady state differs from Gibbs at ({i},{j}) by {diff[i, j].Abs().ToString(5)}");
    }

    [Fact]
    public void FermionicGlobalLindbladWithOneChemicalPotentialRelaxesToTheGrandCanonicalGibbsState()
    {
        // With mu_A = mu_B = 0 a fermionic flat bath obeys detailed balance exp(-omega/T) as the bosonic one does.
        var model = new TwoQubitModel(1, 1, new Rational(1, 2));
        var t = new Rational(1, 2);
        var system = new OpenQetSystem(model, Reservoir.Fermionic(new Rational(1, 10), t, 0), Reservoir.Fermionic(new Rational(1, 10), t, 0));
        var ss = system.SteadyState(MasterEquationForm.GlobalLindblad, Scalars);
        var diff = ss.Density - GibbsState.Of(model.Eigenbasis, t, Digits).Density;
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                Assert.True(diff[i, j].Abs() <= BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, Digits - 20)), Digits));
    }

    [Fact]
    public void RedfieldWithOneTemperatureApproachesGibbsAsGammaVanishes()
    {
        // The Born-Markov steady state at one temperature is the Gibbs state up to O(gamma / Bohr-frequency spacing).
        var model = new TwoQubitModel(1, new Rational(1, 2), new Rational(3, 2));
        var t = new Rational(1, 2);
        var gamma = new Rational(1, 1_000_000);
        var system = new OpenQetSystem(model, Reservoir.Bosonic(gamma, t), Reservoir.Bosonic(gamma, t));
        var ss = system.SteadyState(MasterEquationForm.BlochRedfield, Scalars);
        var diff = ss.Density - GibbsState.Of(model.Eigenbasis, t, Digits).Density;
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                Assert.True(diff[i, j].Abs() <= BigReal.FromRational(new Rational(1, 10_000), Digits),
                    $"Redfield steady state differs from Gibbs at ({i},{j}) by {diff[i, j].Abs().ToString(5)} at gamma = 1e-6");
    }

    /// <summary>
    /// Finding: outside weak coupling Bloch-Redfield gives a non-state. eps_A = 1, eps_B = 1/10, kappa = 1, T_A = 1,
    /// T_B = 1/100: valid at gamma = 1/10, negative population at gamma = 1 (most negative principal minor -0.31).
    /// The oracle must say so and refuse QET outputs computed from it.
    /// </summary>
    [Fact]
    public void RedfieldPositivityBreakdownIsDetectedAndRefused()
    {
        var model = new TwoQubitModel(1, new Rational(1, 10), 1);
        var weak = new OpenQetSystem(model, Reservoir.Bosonic(new Rational(1, 10), 1), Reservoir.Bosonic(new Rational(1, 10), new Rational(1, 100)));
        Assert.True(weak.SteadyState(MasterEquationForm.BlochRedfield, Scalars).IsUniqueValidState);
        var strong = weak with { ReservoirA = weak.ReservoirA.WithGamma(1), ReservoirB = weak.ReservoirB.WithGamma(1) };
        var ss = strong.SteadyState(MasterEquationForm.BlochRedfield, Scalars);
        Assert.False(ss.Validity.IsPositiveSemidefinite, $"most negative minor {ss.Validity.MostNegativeMinor.ToString(6)}");
        Assert.True(ss.Validity.MostNegativeMinor < BigReal.FromRational(new Rational(-1, 10), Digits));
        Assert.Throws<InvalidSteadyStateException>(() => strong.SteadyStateOutput(MasterEquationForm.BlochRedfield, Scalars));
        Assert.True(strong.SteadyState(MasterEquationForm.GlobalLindblad, Scalars).IsUniqueValidState);
    }

    [Fact]
    public void RedfieldSteadyStateValidityIsReportedNotAssumed()
    {
        // Bloch-Redfield is not completely positive; the oracle reports the most negative principal minor it finds.
        var system = new OpenQetSystem(new TwoQubitModel(1, 1, new Rational(3, 2)), Reservoir.Bosonic(new Rational(1, 10), 1), Reservoir.Bosonic(new Rational(1, 10), new Rational(1, 4)));
        var ss = system.SteadyState(MasterEquationForm.BlochRedfield, Scalars);
        Assert.Equal(1, ss.NullSpaceDimension);
        Assert.True(ss.Validity.IsHermitian && ss.Validity.HasUnitTrace);
        Assert.Equal(ss.Validity.IsPositiveSemidefinite, ss.Validity.MostNegativeMinor.Sign >= 0 || Scalars.IsNegligible(ss.Validity.MostNegativeMinor));
    }
}
