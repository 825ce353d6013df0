using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;
using static QTherm.Tests.Property.Quieg.QuiegTestSupport;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The zero-work search on (0, m] (Eqs. 21-23): a root far below m 2^-60 is reached by extending the bracket towards
/// 0 (in steps of 2^-200), at most 40 times, after which Eq. 45 is reported violated; the simulated p_a agrees with
/// Eq. 22 to the stated 10^-(working digits - 4) m.
/// </summary>
public class ZeroWorkRootTests
{
    private static readonly QuiegParameters Q = QuiegParameters.Create(new Rational(3, 4), 1, 0, 2, 0, 30);

    [Fact]
    public void ARootFarBelowTheFirstBracketIsFound()
    {
        // W(p) = r - p with r = 10^-70 < m 2^-60: one extension to m 2^-260 brackets it.
        var r = BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, 70)), Q.WorkingDigits);
        int calls = 0;
        var (pa, _) = ZeroWorkOccupation.Solve(Q, p => { calls++; return r - p; });
        Assert.True((pa - r).Abs() <= Q.Real(Q.M) * Eps(Q.WorkingDigits - 4, Q.WorkingDigits), $"p_a = {pa.ToString(10)}");
        Assert.Equal(4, calls); // hi, m 2^-60, m 2^-260, then the exact secant root
    }

    [Fact]
    public void WorkThatNeverTurnsPositiveViolatesEq45AfterFortyExtensions()
    {
        int calls = 0;
        var e = Assert.Throws<InvalidOperationException>(() => ZeroWorkOccupation.Solve(Q, p =>
        {
            calls++;
            return p == Q.Real(Q.M) ? -BigReal.One : BigReal.Zero;
        }));
        Assert.Contains("Eq. 45", e.Message);
        Assert.Equal(42, calls); // hi, m 2^-60 and 40 extensions
    }

    [Fact]
    public void WorkNonNegativeAtMGivesPaEqualToM()
    {
        var (pa, iterations) = ZeroWorkOccupation.Solve(Q, p => BigReal.One);
        Assert.True(pa == Q.Real(Q.M));
        Assert.Equal(0, iterations);
    }

    [Fact]
    public void SimulatedPaAgreesWithEq22ToTheStatedTolerance()
    {
        var (pa, iterations) = ZeroWorkOccupation.Solve(Q, ContactSchedule.QuasiStatic);
        Close(PaperClosedForms.Pa(Q), pa, Q.WorkingDigits - 6, BigReal.Zero, "p_a vs Eq. 22");
        Assert.InRange(iterations, 2, 60);
        var (pb, _) = ZeroWorkOccupation.SolvePb(Q, pa);
        Close(BigReal.One - pa, pb, Q.WorkingDigits - 6, BigReal.Zero, "p_b vs Eq. 13");
    }
}
