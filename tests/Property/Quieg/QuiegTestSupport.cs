using System.Numerics;
using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;

namespace QTherm.Tests.Property.Quieg;

/// <summary>Shared parameter choices and tolerance rules for the Quieg tests.</summary>
internal static class QuiegTestSupport
{
    public const int Digits = 30;

    /// <summary>A valid Quieg: V+ - V- is <paramref name="gapFactor"/> times the Eq. 45 threshold (at least 1.5 T for m = 1/2).</summary>
    public static QuiegParameters Make(Rational m, Rational t, Rational mu, Rational vMinus, Rational gapFactor, int digits = Digits)
    {
        var threshold = QuiegParameters.MinimalVoltageGap(m, t, digits).ToRational();
        var gap = Rational.Max(threshold * gapFactor, t * new Rational(3, 2));
        // round the gap to a short rational so that parameters stay readable
        var rounded = new Rational(BigInteger.Divide((gap * 1000).Numerator, (gap * 1000).Denominator) + 1, 1000);
        return QuiegParameters.Create(m, t, mu, vMinus + rounded, vMinus, digits);
    }

    /// <summary>10^-k as a BigReal.</summary>
    public static BigReal Eps(int k, int digits) => BigReal.FromRational(new Rational(1, BigInteger.Pow(10, k)), digits);

    /// <summary>|a - b| &lt;= 10^-k (|b| + scale).</summary>
    public static void Close(BigReal expected, BigReal actual, int k, BigReal scale, string what)
    {
        var d = (actual - expected).Abs();
        var bound = Eps(k, Math.Min(expected.Digits, actual.Digits)) * (expected.Abs() + scale.Abs());
        Assert.True(d <= bound, $"{what}: expected {expected.ToString(25)}, got {actual.ToString(25)}, |diff| = {d.ToString(5)} > {bound.ToString(5)}");
    }

    /// <summary>The energy scale of a Quieg (largest of |V+|, |V-|, |mu|, T) used for absolute work tolerances.</summary>
    public static BigReal Scale(QuiegParameters q) =>
        BigReal.Max(BigReal.Max(q.VPlusReal.Abs(), q.VMinusReal.Abs()), BigReal.Max(q.Mu.Abs(), q.T));
}
