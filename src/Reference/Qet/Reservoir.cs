using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Qet;

/// <summary>Statistics of a reservoir's modes.</summary>
public enum ReservoirKind
{
    /// <summary>Bosonic modes at temperature T: occupation n = 1/(e^{omega/T} - 1).</summary>
    Bosonic,

    /// <summary>Fermionic modes (a lead) at temperature T and chemical potential mu: f = 1/(e^{(omega - mu)/T} + 1).</summary>
    Fermionic,
}

/// <summary>
/// A reservoir coupled to one qubit with a flat spectral density (coupling rate gamma at every frequency; the seed does
/// not give J(omega)). Emission at Bohr frequency omega &gt; 0 happens at gamma (1 + n) (bosons) or gamma (1 - f)
/// (fermions), absorption at gamma n or gamma f. Seed 002_3d1265a9cee6337c.txt, Sec. 2.2 (baths at different T or mu)
/// and Sec. 3 (rates gamma_alpha).
/// </summary>
public sealed record Reservoir
{
    public ReservoirKind Kind { get; }
    public Rational Gamma { get; }
    public Rational Temperature { get; }
    public Rational ChemicalPotential { get; }

    public Reservoir(ReservoirKind kind, Rational gamma, Rational temperature, Rational chemicalPotential)
    {
        if (gamma.Sign < 0) throw new ParameterOutOfRangeException("gamma", gamma, ">= 0", "a dissipation rate cannot be negative");
        if (temperature.Sign <= 0) throw new ParameterOutOfRangeException("T", temperature, "> 0", "a reservoir needs a positive temperature");
        if (kind == ReservoirKind.Bosonic && !chemicalPotential.IsZero)
            throw new ParameterOutOfRangeException("mu", chemicalPotential, "0 for a bosonic (photon/phonon) reservoir");
        Kind = kind;
        Gamma = gamma;
        Temperature = temperature;
        ChemicalPotential = chemicalPotential;
    }

    public static Reservoir Bosonic(Rational gamma, Rational temperature) => new(ReservoirKind.Bosonic, gamma, temperature, Rational.Zero);

    public static Reservoir Fermionic(Rational gamma, Rational temperature, Rational chemicalPotential) =>
        new(ReservoirKind.Fermionic, gamma, temperature, chemicalPotential);

    public Reservoir WithGamma(Rational gamma) => new(Kind, gamma, Temperature, ChemicalPotential);

    /// <summary>n(omega) or f(omega) at omega &gt; 0.</summary>
    public BigReal Occupation(BigReal omega, int digits)
    {
        if (Kind == ReservoirKind.Bosonic && omega.Sign <= 0)
            throw new ArgumentOutOfRangeException(nameof(omega), "A bosonic occupation needs omega > 0 (flat J diverges at omega = 0).");
        var t = BigReal.FromRational(Temperature, digits);
        var x = ((omega - BigReal.FromRational(ChemicalPotential, digits)) / t).Exp();
        return Kind == ReservoirKind.Bosonic ? BigReal.One / (x - BigReal.One) : BigReal.One / (x + BigReal.One);
    }

    /// <summary>Rate of transitions that give the energy omega &gt; 0 to the reservoir.</summary>
    public BigReal EmissionRate(BigReal omega, int digits)
    {
        var occ = Occupation(omega, digits);
        var g = BigReal.FromRational(Gamma, digits);
        return Kind == ReservoirKind.Bosonic ? g * (BigReal.One + occ) : g * (BigReal.One - occ);
    }

    /// <summary>Rate of transitions that take the energy omega &gt; 0 from the reservoir.</summary>
    public BigReal AbsorptionRate(BigReal omega, int digits) => BigReal.FromRational(Gamma, digits) * Occupation(omega, digits);

    /// <summary>gamma(omega) for a signed Bohr frequency: emission for omega &gt; 0, absorption of |omega| for omega &lt; 0.</summary>
    public BigReal RateAt(BigReal omega, int digits) => omega.Sign > 0 ? EmissionRate(omega, digits) : AbsorptionRate(-omega, digits);
}

/// <summary>
/// Exact local transition rates of one qubit: Down (emission, |0&gt; -&gt; |1&gt;) and Up (absorption). From a rational
/// Boltzmann factor w = exp(-omega/T): bosonic Down = gamma/(1 - w), Up = gamma w/(1 - w); fermionic with
/// x = exp(-(omega - mu)/T): Down = gamma/(1 + x), Up = gamma x/(1 + x). Seed Sec. 3 (gamma_alpha, L_alpha).
/// </summary>
public sealed record LocalRates(Rational Down, Rational Up)
{
    public static LocalRates BosonicFromBoltzmannFactor(Rational gamma, Rational w)
    {
        if (gamma.Sign < 0) throw new ParameterOutOfRangeException("gamma", gamma, ">= 0");
        if (w.Sign <= 0 || w >= 1) throw new ParameterOutOfRangeException("w", w, "(0, 1)", "w = exp(-omega/T) for omega, T > 0");
        return new(gamma / (1 - w), gamma * w / (1 - w));
    }

    public static LocalRates FermionicFromBoltzmannFactor(Rational gamma, Rational x)
    {
        if (gamma.Sign < 0) throw new ParameterOutOfRangeException("gamma", gamma, ">= 0");
        if (x.Sign <= 0) throw new ParameterOutOfRangeException("x", x, "> 0", "x = exp(-(omega - mu)/T)");
        return new(gamma / (1 + x), gamma * x / (1 + x));
    }

    /// <summary>The rates of a reservoir at a local frequency omega (high precision).</summary>
    public static (BigReal Down, BigReal Up) Of(Reservoir reservoir, BigReal omega, int digits) =>
        (reservoir.EmissionRate(omega, digits), reservoir.AbsorptionRate(omega, digits));
}
