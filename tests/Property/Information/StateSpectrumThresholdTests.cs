using System.Numerics;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using Xunit;
using static QTherm.Tests.Property.Information.QuantumStates;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Information;

/// <summary>The zero threshold tau = n 10^-digits max(1, ||rho||_F) and the guard digits of <see cref="StateSpectrum"/>.</summary>
public class StateSpectrumThresholdTests
{
    private static BigReal PowerOfTen(int exponent, int digits) =>
        BigReal.FromRational(new Rational(BigInteger.One, BigInteger.Pow(10, exponent)), digits);

    [Fact]
    public void WorkingPrecisionHasTenPlusLog10NGuardDigits()
    {
        Assert.Equal(40, StateSpectrum.Of(Big(M.Diagonal(1), 30), 30).WorkingDigits);
        Assert.Equal(41, StateSpectrum.Of(Big(MaximallyMixed(2), 30), 30).WorkingDigits);
        Assert.Equal(42, StateSpectrum.Of(Big(MaximallyMixed(11), 30), 30).WorkingDigits);
    }

    [Fact]
    public void ThresholdOfAStateIsNTimesTenToMinusDigits()
    {
        // ||I/2||_F = 1/sqrt 2 < 1, so max(1, ||rho||_F) = 1 and tau = 2 10^-30.
        var spectrum = StateSpectrum.Of(Big(MaximallyMixed(2), 30), 30);
        var expected = BigReal.FromInteger(2, 40) * PowerOfTen(30, 40);
        Assert.True(((spectrum.ZeroThreshold - expected) / expected).Abs() < PowerOfTen(18, 20), spectrum.ZeroThreshold.ToString(25));
    }

    [Fact]
    public void ThresholdScalesWithTheFrobeniusNormAboveOne()
    {
        // diag(3, 1): ||.||_F = sqrt 10, tau = 2 10^-30 sqrt 10.
        var spectrum = StateSpectrum.Of(Big(M.Diagonal(3, 1), 30), 30);
        var expected = BigReal.FromInteger(2, 40) * PowerOfTen(30, 40) * BigReal.FromInteger(10, 40).Sqrt();
        Assert.True(((spectrum.ZeroThreshold - expected) / expected).Abs() < PowerOfTen(18, 20), spectrum.ZeroThreshold.ToString(25));
    }

    [Fact]
    public void EigenvaluesWithinTheThresholdAreZeroAndBelowMinusThresholdAreRejected()
    {
        // 10^-35 < tau = 2 10^-30: dropped; -10^-25 < -tau: not PSD.
        var tiny = StateSpectrum.Of(Big(M.Diagonal(1, new Rational(1, BigInteger.Pow(10, 35))), 30), 30);
        Assert.True(tiny.Values[0].IsZero);
        var slightlyNegative = StateSpectrum.Of(Big(M.Diagonal(1, new Rational(-1, BigInteger.Pow(10, 35))), 30), 30);
        Assert.True(slightlyNegative.Values[0].IsZero);
        var e = Assert.Throws<ArgumentException>(() =>
            StateSpectrum.Of(Big(M.Diagonal(1, new Rational(-1, BigInteger.Pow(10, 25))), 30), 30));
        Assert.Equal("rho", e.ParamName);
        Assert.Contains("positive semidefinite", e.Message);
        var kept = StateSpectrum.Of(Big(M.Diagonal(1, new Rational(1, BigInteger.Pow(10, 25))), 30), 30);
        Assert.False(kept.Values[0].IsZero);
    }
}
