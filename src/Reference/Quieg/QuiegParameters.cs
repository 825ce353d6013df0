using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Quieg;

/// <summary>
/// The parameters of one Quieg (energies in units with k_B = 1, all in the unit of <see cref="Temperature"/>):
/// qubit bias m, temperature T, chemical potential mu of the reservoir R, electro-chemical potentials V+ and V- of the
/// terminals (energies, V+ the higher one), and the working precision. Validated at construction, including the
/// direct-mode requirement of Eq. 45 (p_a of Eq. 22 non-negative).
/// Seed 000_49a452cf4824afd6.txt, Eqs. 1, 5-10, 22, 45.
/// </summary>
public sealed record QuiegParameters
{
    public Rational M { get; }
    public Rational Temperature { get; }
    public Rational ChemicalPotential { get; }
    public Rational VPlus { get; }
    public Rational VMinus { get; }
    public int Digits { get; }

    private QuiegParameters(Rational m, Rational t, Rational mu, Rational vPlus, Rational vMinus, int digits)
    {
        M = m; Temperature = t; ChemicalPotential = mu; VPlus = vPlus; VMinus = vMinus; Digits = digits;
    }

    /// <summary>Validated parameters; throws <see cref="ParameterOutOfRangeException"/> naming the offending one.</summary>
    public static QuiegParameters Create(Rational m, Rational temperature, Rational chemicalPotential,
        Rational vPlus, Rational vMinus, int digits = Precision.DefaultDigits)
    {
        if (digits < ParameterSet.MinimumDigits || digits > ParameterSet.MaximumDigits)
            throw new ParameterOutOfRangeException("digits", digits, $"an integer in [{ParameterSet.MinimumDigits}, {ParameterSet.MaximumDigits}]",
                "below 28 digits the zero-work root bracket 1 - 2^-150 rounds to 1 at m = 1");
        if (m < Rational.Half || m > Rational.One) throw new ParameterOutOfRangeException("m", m, "[1/2, 1]", "the bias of rho_M^init (Eq. 1)");
        if (temperature.Sign <= 0) throw new ParameterOutOfRangeException("T", temperature, "> 0");
        if (vPlus <= vMinus)
            throw new ParameterOutOfRangeException("v_plus", vPlus, $"> v_minus = {vMinus}", "the direct mode moves electrons from T- up to T+ (V+ > V-)");
        var delta = vPlus - vMinus;
        var threshold = MinimalVoltageGap(m, temperature, digits);
        if (BigReal.FromRational(delta, digits + 10) <= threshold)
            throw new ParameterOutOfRangeException("v_plus - v_minus", delta,
                $"> 2 ln2 T (1 - S_m) / m = {threshold.ToString(12)}", "Eq. 45: below it p_a of Eq. 22 is negative");
        return new QuiegParameters(m, temperature, chemicalPotential, vPlus, vMinus, digits);
    }

    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 45 (energy units): Delta* = 2 ln2 T (1 - S_m) / m.</summary>
    public static BigReal MinimalVoltageGap(Rational m, Rational temperature, int digits)
    {
        int w = digits + 10;
        var info = BigReal.One - QubitEntropy.Bits(m, w);
        return BigReal.FromInteger(2, w) * BigReal.Ln2(w) * BigReal.FromRational(temperature, w) * info / BigReal.FromRational(m, w);
    }

    /// <summary>Working precision used inside the simulation: the requested digits plus guard digits.</summary>
    public int WorkingDigits => Digits + 15;

    public BigReal Real(Rational q) => BigReal.FromRational(q, WorkingDigits);

    public BigReal T => Real(Temperature);
    public BigReal Mu => Real(ChemicalPotential);
    public BigReal VPlusReal => Real(VPlus);
    public BigReal VMinusReal => Real(VMinus);

    /// <summary>S_m in bits at the working precision. Seed 000_49a452cf4824afd6.txt, Eq. 19.</summary>
    public BigReal EntropyBits => QubitEntropy.Bits(M, WorkingDigits);

    /// <summary>The same Quieg with another temperature (validated again).</summary>
    public QuiegParameters WithTemperature(Rational t) => Create(M, t, ChemicalPotential, VPlus, VMinus, Digits);
}
