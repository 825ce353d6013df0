using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;
using QTherm.Reference.Quieg;
using Xunit;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// Construction-time validation of the Quieg inputs (precision, Eq. 1 bias, V+ &gt; V-, the Eq. 45 voltage gap,
/// sudden-jump counts, protocol variant names, the m = 1 fitting edge, the qubit hand-over between two Quiegs): the
/// exception names the parameter, its value and the valid range; values on the edge of the domain are accepted.
/// </summary>
public class ParameterValidationTests
{
    private static ParameterOutOfRangeException Refused(Action create, string parameter, string value, string rangePart)
    {
        var e = Assert.Throws<ParameterOutOfRangeException>(create);
        Assert.Equal(parameter, e.Parameter);
        Assert.Equal(value, e.Value);
        Assert.Contains(rangePart, e.ValidRange);
        Assert.Contains(parameter, e.Message);
        Assert.Contains(value, e.Message);
        return e;
    }

    [Theory]
    [InlineData(29)]
    [InlineData(1001)]
    [InlineData(-5)]
    public void PrecisionOutsideThirtyToThousandDigitsIsRefused(int digits) =>
        Refused(() => QuiegParameters.Create(1, 1, 0, 2, 0, digits), "digits", digits.ToString(), "[30, 1000]");

    [Theory]
    [InlineData(30)]
    [InlineData(1000)]
    public void PrecisionAtTheEdgesIsAccepted(int digits) =>
        Assert.Equal(digits, QuiegParameters.Create(1, 1, 0, 2, 0, digits).Digits);

    [Fact]
    public void TheBiasMessageCitesEq1()
    {
        var e = Refused(() => QuiegParameters.Create(new Rational(1, 4), 1, 0, 2, 0), "m", "1/4", "[1/2, 1]");
        Assert.Contains("Eq. 1", e.Message);
    }

    [Fact]
    public void TerminalsInTheWrongOrderAreRefusedWithTheReason()
    {
        var e = Refused(() => QuiegParameters.Create(1, 1, 0, -1, 3), "v_plus", "-1", "> v_minus = 3");
        Assert.Contains("V+ > V-", e.Message);
    }

    [Fact]
    public void TheEq45ThresholdItselfIsOutsideTheDomain()
    {
        var m = new Rational(3, 4);
        var threshold = QuiegParameters.MinimalVoltageGap(m, 1, 30).ToRational();
        var e = Refused(() => QuiegParameters.Create(m, 1, 0, threshold, 0, 30), "v_plus - v_minus", threshold.ToString(), "> 2 ln2 T (1 - S_m) / m");
        Assert.Contains("Eq. 45", e.Message);
    }

    [Theory]
    [InlineData("3/4")]
    [InlineData("9/10")]
    [InlineData("1")]
    public void TheEq45EdgeIsResolvedBeyondTheRequestedDigits(string bias)
    {
        // 30 digits requested: a gap 10^-35 (relative) above the threshold is valid, 10^-35 below it is not.
        var m = Rational.Parse(bias);
        var t = new Rational(7, 3);
        var threshold = QuiegParameters.MinimalVoltageGap(m, t, 30).ToRational();
        var nudge = threshold / System.Numerics.BigInteger.Pow(10, 35);
        Assert.Equal(m, QuiegParameters.Create(m, t, 1, 5 + threshold + nudge, 5, 30).M);
        Assert.Throws<ParameterOutOfRangeException>(() => QuiegParameters.Create(m, t, 1, 5 + threshold - nudge, 5, 30));
    }

    [Theory]
    [InlineData("1", "3")]
    [InlineData("3/4", "1/5")]
    public void MinimalVoltageGapHasTheRequestedDigits(string bias, string temperature)
    {
        var (m, t) = (Rational.Parse(bias), Rational.Parse(temperature));
        var gap = QuiegParameters.MinimalVoltageGap(m, t, 30);
        // an independent evaluation of Eq. 45 at 60 digits: 2 ln2 T (1 - S_m)/m, S_m from the natural logs of m and 1 - m
        var (mm, nn) = (BigReal.FromRational(m, 60), BigReal.FromRational(1 - m, 60));
        var sNats = (mm.IsZero ? BigReal.Zero : -(mm * mm.Log())) - (nn.IsZero ? BigReal.Zero : nn * nn.Log());
        var reference = 2 * BigReal.FromRational(t, 60) * (BigReal.Ln2(60) - sNats) / mm;
        Close(reference, gap, 30, BigReal.Zero, $"Delta* at m={bias}, T={temperature}");
    }

    [Fact]
    public void SuddenJumpsNeedAtLeastOneJump()
    {
        Refused(() => ContactSchedule.SuddenJumps(0), "jumps", "0", ">= 1");
        Assert.Equal(1, ContactSchedule.SuddenJumps(1).Jumps);
        Assert.False(ContactSchedule.SuddenJumps(1).IsQuasiStatic);
    }

    [Fact]
    public void AnUnknownProtocolVariantIsRefusedListingTheKnownOnes()
    {
        var q = QuiegParameters.Create(new Rational(3, 4), 1, 0, 2, 0, 30);
        var e = Refused(() => ProtocolVariant.Of(q, "adiabatic", 1), "variant", "adiabatic", "misfit");
        foreach (var name in new[] { "reversible", "jumps", "misset_pa", "mislevel" }) Assert.Contains(name, e.ValidRange);
    }

    [Theory]
    [InlineData("3/4", "29/40")]
    [InlineData("1", "19/20")]
    [InlineData("1/2", "3/5")]
    public void TheMisfitControllerAssumesABiasATenthOfTheWayToOneHalf(string bias, string assumed)
    {
        // m = 1/2 has no room towards 1/2: the controller then assumes 3/5.
        var q = QuiegParameters.Create(Rational.Parse(bias), 1, 0, 2, 0, 30);
        var misfit = ProtocolVariant.Of(q, "misfit", 1);
        Assert.Equal(Rational.Parse(assumed), misfit.FitBias);
        Assert.False(misfit.IsReversibleFor(q));
    }

    [Fact]
    public void TheMislevelledCycleUsesOccupationsATenthBelowPaAndPb()
    {
        var q = QuiegParameters.Create(new Rational(3, 4), 1, 0, 2, 0, 30);
        var ideal = ProtocolVariant.Of(q, "reversible", 1);
        var mis = ProtocolVariant.Of(q, "mislevel", 1);
        var nine = BigReal.FromRational(new Rational(9, 10), 40);
        Close(nine * ideal.Pa, mis.LevelingPa, 30, BigReal.Zero, "levelling occupation for p_a");
        Close(nine * ideal.Pb, mis.LevelingPb, 30, BigReal.Zero, "levelling occupation for p_b");
        Assert.True(mis.Pa == ideal.Pa && mis.Pb == ideal.Pb, "the plunges are unchanged");
    }

    [Fact]
    public void FittingToAnInfiniteLevelIsOnlyForPureQubits()
    {
        // m = 3/4 with a controller that assumes pure qubits (fit bias 1) would fit branch a to E = -infinity.
        var q = QuiegParameters.Create(new Rational(3, 4), 1, 0, 2, 0, 30);
        var pa = PaperClosedForms.Pa(q);
        var e = Assert.Throws<InvalidOperationException>(() => DirectCycle.Run(q, DirectProtocol.Reversible(q, pa) with { FitBias = 1 }));
        Assert.Contains("m = 1", e.Message);
    }

    [Fact]
    public void ATransformerNeedsTheConsumerSetForTheBiasTheSupplierHandsOver()
    {
        var q1 = QuiegParameters.Create(new Rational(3, 4), 1, 0, 2, 0, 30);
        var q2 = QuiegParameters.Create(new Rational(7, 8), 2, 0, 5, 0, 30);
        var e = Assert.Throws<InvalidOperationException>(() => InformationalTransformer.Run(q1, q2, BigReal.One));
        Assert.Contains("3/4", e.Message);
        Assert.Contains("7/8", e.Message);
    }
}
