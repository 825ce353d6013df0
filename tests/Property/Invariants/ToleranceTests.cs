using System.Numerics;
using QTherm.Invariants;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;
using Xunit;
using static QTherm.Tests.Property.Invariants.Kinds;
using static QTherm.Tests.Property.Invariants.Maps;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>
/// The tolerances documented on the input kinds: a stated tolerance of 0 is allowed, the derived tolerance
/// 4 n u max(1, s) separates a deviation just below it from one just above, and the entropic tolerances follow the
/// continuity bounds they are documented with (and do cover the change they stand for).
/// </summary>
public class ToleranceTests
{
    private const int Working = 60;
    private const int Trusted = 20;
    private const double U = 1e-20;

    private static ComplexRational Q(int p, int q) => new(new Rational(p, q));

    private static BigComplex Re(BigReal x) => BigComplex.FromReal(x);

    private static BigReal One => BigReal.FromInteger(1, Working);

    private static Matrix<BigComplex> Diagonal(params BigReal[] d) =>
        Matrix<BigComplex>.Create(d.Length, d.Length, (i, j) => i == j ? Re(d[i]) : BigComplex.Zero);

    /// <summary>A deviation of 0.9 tolerance holds, one of 1.1 tolerance fails, and the verdict reports that tolerance.</summary>
    private static void SeparatesAt(double tolerance, Func<BigReal, Verdict> withDeviation)
    {
        var below = withDeviation(BigReal.FromDouble(0.9 * tolerance, Working));
        Assert.True(below.Holds, below.ToString());
        Assert.InRange(below.Tolerance, tolerance * (1 - 1e-9), tolerance * (1 + 1e-9));
        var above = withDeviation(BigReal.FromDouble(1.1 * tolerance, Working));
        Assert.False(above.Holds, above.ToString());
    }

    [Fact]
    public void StatedToleranceZeroAcceptsExactlyValidDoubles()
    {
        var mixed = Doubles(M.Diagonal(Q(3, 4), Q(1, 4)));
        var pure = Doubles(M.Unit(2, 0, 0));
        // Complete depolarisation: Kraus operators I/2, X/2, Y/2, Z/2, all entries exact in binary.
        var kraus = new[] { Pauli.Identity, Pauli.X, Pauli.Y, Pauli.Z }.Select(p => new ComplexRational(Rational.Half) * p).ToArray();
        var channel = SuperoperatorOf(x => Apply(kraus, x), 2);
        Verdict[] verdicts =
        [
            StateValidity.Check(mixed, 0), StateValidity.Check(pure, 0),
            ChannelValidity.TracePreserving(kraus.Select(Doubles).ToArray(), 0), ChannelValidity.Check(Doubles(channel), 0),
            Conservation.TracePreserved(mixed, pure, 0), Conservation.EnergyConserved(Doubles(Pauli.Z), pure, pure, 0),
        ];
        foreach (var v in verdicts)
        {
            Assert.True(v.Holds, v.ToString());
            Assert.Equal(0.0, v.Tolerance);
            Assert.Equal(0.0, v.WorstViolation);
        }
    }

    [Fact]
    public void PositiveDefiniteStatesHaveZeroNegativity()
    {
        foreach (var v in All(M.Diagonal(Q(3, 4), Q(1, 4)), StateValidity.Positivity, StateValidity.Positivity, StateValidity.Positivity))
            Assert.Equal(0.0, v.WorstViolation);
    }

    [Fact]
    public void HermiticityToleranceScalesWithTheNormAboveOne()
    {
        // rho = [[3, x], [0, 4]]: deviation x, ||rho||_F = 5, one product per entry: tol = 4 u 5.
        SeparatesAt(4 * U * 5, x => StateValidity.Hermiticity(
            Matrix<BigComplex>.FromRows([Re(BigReal.FromInteger(3, Working)), Re(x)], [BigComplex.Zero, Re(BigReal.FromInteger(4, Working))]),
            Trusted));
        // Below norm 1 the floor max(1, ||rho||_F) = 1 applies: rho = [[1/2, x], [0, 1/2]], tol = 4 u.
        var half = BigReal.FromRational(Rational.Half, Working);
        SeparatesAt(4 * U, x => StateValidity.Hermiticity(Matrix<BigComplex>.FromRows([Re(half), Re(x)], [BigComplex.Zero, Re(half)]), Trusted));
    }

    [Fact]
    public void KrausToleranceScalesWithTheSumOfSquaredNorms()
    {
        // K = diag(sqrt(1 + x), 1): sum K^dagger K - I = diag(x, 0); n m = 2 products per entry, sum ||K||_F^2 = 2 + x.
        SeparatesAt(4 * 2 * U * 2, x => ChannelValidity.TracePreserving([Diagonal((One + x).Sqrt(), One)], Trusted));
    }

    [Fact]
    public void TraceConservationToleranceScalesWithBothNorms()
    {
        // |0><0| -> (1 + x)|1><1|: n = 2, ||before||_F + ||after||_F = 2 + x.
        SeparatesAt(4 * 2 * U * 2, x => Conservation.TracePreserved(Diagonal(One, BigReal.Zero), Diagonal(BigReal.Zero, One + x), Trusted));
    }

    [Fact]
    public void EnergyConservationToleranceScalesWithTheHamiltonianNormAndNSquared()
    {
        // H = Z, |0><0| -> (1 + x)|0><0|: energy moves by x; n^2 = 4 products, ||H||_F (||before||_F + ||after||_F) = sqrt 2 (2 + x).
        var z = Diagonal(One, -One);
        SeparatesAt(4 * 4 * U * Math.Sqrt(2) * 2,
            x => Conservation.EnergyConserved(z, Diagonal(One, BigReal.Zero), Diagonal(One + x, BigReal.Zero), Trusted));
    }

    [Fact]
    public void ConcurrenceToleranceIsTheTraceNormPerturbationPlusTheWorkingPrecision()
    {
        // delta = n^(3/2) t = 8 t for a stated tolerance t; doubles are evaluated at 15 digits: + 10^(1-15).
        const double t = 1e-10;
        var product = Doubles(M.Unit(2, 0, 0).Kron(M.Diagonal(Q(1, 4), Q(3, 4))));
        Assert.Equal(8 * t + 1e-14, EntropicInequalities.ConcurrenceInRange(product, t).Tolerance, 1e-22);
    }

    [Fact]
    public void SubadditivityToleranceIsTheSumOfTheThreeFannesAudenaertTerms()
    {
        const double t = 1e-10;
        double delta = 8 * t;
        var bell = Doubles(new ComplexRational(Rational.Half) * M.Projector(1, 0, 0, 1));
        double expected = 2 * EntropicInequalities.FannesAudenaert(delta, 2) + EntropicInequalities.FannesAudenaert(delta, 4);
        Assert.Equal(expected, EntropicInequalities.Subadditivity(bell, [2, 2], t).Tolerance, expected * 1e-12);
    }

    [Fact]
    public void RelativeEntropyToleranceFollowsTheLeastEigenvalueOfSigma()
    {
        const double t = 1e-10;
        double delta = Math.Pow(2, 1.5) * t;
        var rho = Doubles(M.Diagonal(Q(1, 4), Q(3, 4)));
        var sigma = Doubles(M.Diagonal(Q(1, 10), Q(9, 10)));
        double expected = EntropicInequalities.FannesAudenaert(delta, 2) + delta * (Math.Log(10) + 10);
        Assert.Equal(expected, EntropicInequalities.RelativeEntropyNonNegative(rho, sigma, t).Tolerance, expected * 1e-9);
    }

    [Fact]
    public void RelativeEntropyToleranceIgnoresTheKernelOfSigma()
    {
        // sigma = diag(1/4, 3/4, 0) with rho inside its support: mu is 1/4, not the zero eigenvalue.
        const double t = 1e-10;
        double delta = Math.Pow(3, 1.5) * t;
        var rho = Doubles(M.Diagonal(Q(1, 2), Q(1, 2), 0));
        var sigma = Doubles(M.Diagonal(Q(1, 4), Q(3, 4), 0));
        var verdict = EntropicInequalities.RelativeEntropyNonNegative(rho, sigma, t);
        double expected = EntropicInequalities.FannesAudenaert(delta, 3) + delta * (Math.Log(4) + 4);
        Assert.True(verdict.Holds, verdict.ToString());
        Assert.Equal(expected, verdict.Tolerance, expected * 1e-9);
    }

    [Fact]
    public void RelativeEntropyToleranceCoversAPerturbationOfANearlySingularSigma()
    {
        // sigma = diag(1 - e, e), e = 1e-3; moving d = 1.4e-6 from the small eigenvalue to the large one (trace norm
        // 2.8e-6 <= delta = 2^(3/2) 1e-6) changes S(rho || sigma) by about d / (2 e) = 7e-4, which the tolerance must cover.
        const double t = 1e-6;
        var rho = M.Diagonal(Q(1, 2), Q(1, 2));
        var e = new Rational(1, 1000);
        var d = new Rational(14, 10_000_000);
        var sigma = M.Diagonal(new ComplexRational(1 - e), new ComplexRational(e));
        var moved = M.Diagonal(new ComplexRational(1 - e + d), new ComplexRational(e - d));
        double change = Math.Abs(RelativeEntropy.Of(Big(rho), Big(sigma), 30).ToDouble() - RelativeEntropy.Of(Big(rho), Big(moved), 30).ToDouble());
        Assert.InRange(change, 6e-4, 8e-4);
        var verdict = EntropicInequalities.RelativeEntropyNonNegative(Doubles(rho), Doubles(sigma), t);
        Assert.True(verdict.Tolerance >= change, $"tolerance {verdict.Tolerance} < change {change}");
    }

    [Fact]
    public void RelativeEntropyToleranceFollowsTheInputWithTheLargerEntries()
    {
        // The rounding of an input grows with its entries; 100 rho (not a state) must get a larger tolerance than rho.
        var rho = M.Diagonal(Q(1, 4), Q(3, 4));
        var sigma = Doubles(M.Diagonal(Q(1, 2), Q(1, 2)));
        double small = EntropicInequalities.RelativeEntropyNonNegative(Doubles(rho), sigma).Tolerance;
        double large = EntropicInequalities.RelativeEntropyNonNegative(Doubles(new ComplexRational(100) * rho), sigma).Tolerance;
        Assert.True(large > 10 * small, $"tolerance {large} for 100 rho, {small} for rho");
    }

    [Fact]
    public void StatedToleranceZeroAcceptsStrictlyPositiveEntropicQuantities()
    {
        var rho = Doubles(M.Diagonal(Q(1, 4), Q(3, 4)));
        var sigma = Doubles(M.Diagonal(Q(1, 2), Q(1, 2)));
        var correlated = Doubles(M.Diagonal(Q(1, 2), 0, 0, Q(1, 2)));
        foreach (var v in new[]
                 {
                     EntropicInequalities.RelativeEntropyNonNegative(rho, sigma, 0), EntropicInequalities.Subadditivity(correlated, [2, 2], 0),
                 })
        {
            Assert.True(v.Holds, v.ToString());
            Assert.Equal(0.0, v.Tolerance);
            Assert.Equal(0.0, v.WorstViolation);
        }
    }

    [Fact]
    public void ConcurrenceExactlyAtTheToleranceIsWithin()
    {
        // C(2 |Phi+><Phi+|) = 2: excess 1. Choose the stated tolerance so that the derived one equals the excess exactly.
        var twoBell = Doubles(new ComplexRational(1) * M.Projector(1, 0, 0, 1));
        double excess = EntropicInequalities.ConcurrenceInRange(twoBell, 0).WorstViolation;
        double t = (excess - 1e-14) / 8;
        var verdict = EntropicInequalities.ConcurrenceInRange(twoBell, t);
        for (int step = 0; step < 16 && verdict.Tolerance != excess; step++)
        {
            t = verdict.Tolerance < excess ? Math.BitIncrement(t) : Math.BitDecrement(t);
            verdict = EntropicInequalities.ConcurrenceInRange(twoBell, t);
        }
        Assert.Equal(excess, verdict.Tolerance);
        Assert.Equal(excess, verdict.WorstViolation);
        Assert.True(verdict.Holds, verdict.ToString());
        Assert.Contains("lies in [0, 1]", verdict.Message);
    }
}
