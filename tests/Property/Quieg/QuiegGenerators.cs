using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// Local FsCheck generators for Quieg parameters (tests/Property/Generators had no Quieg generator when this was
/// written). Cases are drawn with a fixed seed and the seed is printed in every failure message.
/// </summary>
internal static class QuiegGenerators
{
    public const ulong Seed = 0x5EED_0000_0000_0003UL;

    /// <summary>m = 1/2 + k/128 for k in [0, 64]: both edges m = 1/2 and m = 1 are reachable.</summary>
    public static Gen<Rational> Bias => Gen.Frequency(
        (1, Gen.Constant(Rational.Half)), (1, Gen.Constant(Rational.One)),
        (6, Gen.Choose(1, 63).Select(k => Rational.Half + new Rational(k, 128))));

    /// <summary>T = a 2^j, a in [1, 9], j in [-12, 12]: from far below to far above the voltage scale.</summary>
    public static Gen<Rational> Temperature => Gen.Zip(Gen.Choose(1, 9), Gen.Choose(-12, 12))
        .Select(x => new Rational(x.Item1) * (x.Item2 >= 0 ? new Rational(System.Numerics.BigInteger.Pow(2, x.Item2)) : new Rational(1, System.Numerics.BigInteger.Pow(2, -x.Item2))));

    public static Gen<QuiegParameters> Parameters =>
        from m in Bias
        from t in Temperature
        from mu in Gen.Choose(-40, 40)
        from vMinus in Gen.Choose(-40, 40)
        from gap in Gen.Choose(11, 200)
        select QuiegTestSupport.Make(m, t, new Rational(mu, 8) * Rational.Max(t, 1), new Rational(vMinus, 8) * Rational.Max(t, 1), new Rational(gap, 10));

    public static QuiegParameters[] Sample(int count) => Gen.Sample(Parameters, 10, new Rnd(Seed), count);

    public static string Describe(QuiegParameters q) =>
        $"[FsCheck seed {Seed:X}] m={q.M} T={q.Temperature} mu={q.ChemicalPotential} V+={q.VPlus} V-={q.VMinus}";
}
