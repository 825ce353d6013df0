using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// Parameters of the two-dot system (energies in meV, hbar = 1 so rates are in meV as well): H_S of Eq. 9 and the
/// rates of Eq. 12. Seed 004_a075f79c977e5cdb.txt, Eqs. 9 and 12. T^- of a lead is its electron (in) rate, T^+ its
/// hole (electron out) rate, as stated below Eq. 12.
/// </summary>
public sealed record SpintronicParameters
{
    public Rational EpsilonUp { get; }
    public Rational EpsilonDown { get; }
    public Rational EpsilonR { get; }
    public Rational J { get; }
    public Rational U { get; }
    public ComplexRational Gamma { get; }
    public Rational TLPlus { get; }
    public Rational TLMinus { get; }
    public Rational TRPlus { get; }
    public Rational TRMinus { get; }
    public Rational LambdaPlus { get; }
    public Rational LambdaMinus { get; }
    public BosonReading Reading { get; }

    public SpintronicParameters(
        Rational epsilonUp, Rational epsilonDown, Rational epsilonR, Rational j, Rational u, ComplexRational gamma,
        Rational tlPlus, Rational tlMinus, Rational trPlus, Rational trMinus,
        Rational lambdaPlus, Rational lambdaMinus, BosonReading reading = BosonReading.AsWritten)
    {
        NonNegative(tlPlus, "T_L^+");
        NonNegative(tlMinus, "T_L^-");
        NonNegative(trPlus, "T_R^+");
        NonNegative(trMinus, "T_R^-");
        NonNegative(lambdaPlus, "Lambda^+");
        NonNegative(lambdaMinus, "Lambda^-");
        if (tlPlus.IsZero && tlMinus.IsZero)
            throw new ParameterOutOfRangeException("T_L^+ + T_L^-", "0", "> 0", "the left dot must be coupled to its lead");
        if (trPlus.IsZero && trMinus.IsZero)
            throw new ParameterOutOfRangeException("T_R^+ + T_R^-", "0", "> 0", "the right dot must be coupled to its lead");
        EpsilonUp = epsilonUp;
        EpsilonDown = epsilonDown;
        EpsilonR = epsilonR;
        J = j;
        U = u;
        Gamma = gamma;
        TLPlus = tlPlus;
        TLMinus = tlMinus;
        TRPlus = trPlus;
        TRMinus = trMinus;
        LambdaPlus = lambdaPlus;
        LambdaMinus = lambdaMinus;
        Reading = reading;
    }

    private static void NonNegative(Rational rate, string name)
    {
        if (rate.Sign < 0) throw new ParameterOutOfRangeException(name, rate, "[0, infinity)", "a rate of Eq. 12 cannot be negative");
    }

    /// <summary>The same parameters with another interdot hopping gamma.</summary>
    public SpintronicParameters WithGamma(ComplexRational gamma) => new(EpsilonUp, EpsilonDown, EpsilonR, J, U, gamma,
        TLPlus, TLMinus, TRPlus, TRMinus, LambdaPlus, LambdaMinus, Reading);

    /// <summary>The same parameters under another reading of the bosonic rates.</summary>
    public SpintronicParameters WithReading(BosonReading reading) => new(EpsilonUp, EpsilonDown, EpsilonR, J, U, Gamma,
        TLPlus, TLMinus, TRPlus, TRMinus, LambdaPlus, LambdaMinus, reading);

    private static Rational R(string s) => Rational.Parse(s);

    /// <summary>Seed 004_a075f79c977e5cdb.txt, Fig. 3 caption (leads at infinite temperature, no bosons).</summary>
    public static SpintronicParameters Figure3 => new(R("-3"), R("8"), R("1"), R("8"), R("1000"), R("0.1"),
        R("0.1"), R("0.1"), R("0.01"), R("0.01"), 0, 0);

    /// <summary>Seed 004_a075f79c977e5cdb.txt, Fig. 5 caption (gamma = U = 1000, all lead rates 0.1, no bosons).</summary>
    public static SpintronicParameters Figure5 => new(R("-3"), R("8"), R("1"), R("8"), R("1000"), R("1000"),
        R("0.1"), R("0.1"), R("0.1"), R("0.1"), 0, 0);

    /// <summary>Seed 004_a075f79c977e5cdb.txt, Fig. 6 caption (Fig. 5 with Lambda^+ = 2 Lambda^- = 0.01).</summary>
    public static SpintronicParameters Figure6(BosonReading reading) => new(R("-3"), R("8"), R("1"), R("8"), R("1000"), R("1000"),
        R("0.1"), R("0.1"), R("0.1"), R("0.1"), R("0.01"), R("0.005"), reading);

    /// <summary>Seed 004_a075f79c977e5cdb.txt, Fig. 7 caption (spin bias: T_L^+ = 0.2; Lambda^+ = 0.01, Lambda^- = 0.0101).</summary>
    public static SpintronicParameters Figure7(BosonReading reading) => new(R("-3"), R("8"), R("1"), R("8"), R("1000"), R("1000"),
        R("0.2"), R("0.1"), R("0.1"), R("0.1"), R("0.01"), R("0.0101"), reading);
}
