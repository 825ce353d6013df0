using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.HeatPump;
using QTherm.Reference.Numerics;

namespace QTherm.Tests.Property.HeatPump;

/// <summary>
/// Local FsCheck runner and generators for the heat-pump tests (the shared tests/Property/Generators were not on main
/// when this was written): a fixed seed, printed on failure.
/// </summary>
internal static class HeatPumpProperty
{
    public static void Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest, ulong seed)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(seed, 0x9E3779B97F4A7C15UL).WithQuietOnSuccess(true);
        try
        {
            Prop.ForAll(arbitrary, property).Check(config);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"Property failed with FsCheck seed {seed} (gamma 0x9E3779B97F4A7C15): {e.Message}");
        }
    }

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
