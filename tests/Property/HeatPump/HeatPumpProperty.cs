using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.HeatPump;
using QTherm.Reference.Numerics;

namespace QTherm.Tests.Property.HeatPump;

/// <summary>
/// Generators of valid heat-pump parameters for the property tests (run by <c>PropertyConfig.Check</c> with a fixed seed).
/// </summary>
internal static class HeatPumpProperty
{
    private static Gen<Rational> RationalIn(int lo, int hi, int denominator) =>
        Gen.Choose(lo, hi).Select(n => new Rational(n, denominator));

    /// <summary>T in [1/4, 4], Omega in [1/100, 1/2], phases multiples of pi/12, time in [0, 20].</summary>
    public static Arbitrary<(HeatPumpParameters P, Rational T)> ClosedCase(bool hotterA = false, bool anomalous = false) =>
        (from ta in RationalIn(1, 16, 4)
         from tb in RationalIn(1, 16, 4)
         from omega in RationalIn(1, 50, 100)
         from phiV in RationalIn(-12, 12, 12)
         from delta in anomalous ? RationalIn(-11, -1, 12) : RationalIn(-12, 12, 12)
         from t in RationalIn(0, 200, 10)
         let a = hotterA ? Rational.Max(ta, tb) + new Rational(1, 4) : ta
         select (new HeatPumpParameters(a, tb, omega, phiV, phiV - delta), t)).ToArbitrary();

    public static BigReal Tolerance(int exponent) => BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, exponent)), 20);
}
