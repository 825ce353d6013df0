using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The Illinois regula falsi behind every oracle p_a: roots of stiff monotone functions to the stated tolerance in
/// few steps (plain regula falsi stalls on one side there), supplied endpoint values are trusted, bracketing errors,
/// the 300-step budget, and the three stopping rules traced by hand on piecewise-constant functions whose secant
/// points are dyadic (so every step is exact in binary BigReal).
/// </summary>
public class MonotoneRootTests
{
    private const int D = 40;

    private static BigReal R(string s) => BigReal.Parse(s, D);

    private sealed class Counted(Func<BigReal, BigReal> f)
    {
        public int Calls { get; private set; }
        public BigReal Eval(BigReal x) { Calls++; return f(x); }
    }

    public static TheoryData<string> StiffFunctions => new() { "exp", "power", "reciprocal" };

    private static (Func<BigReal, BigReal> F, BigReal Lo, BigReal Hi, BigReal Root) Stiff(string name) => name switch
    {
        // e^(-20 x) - 1/2 on [0, 1]: convex, root ln2 / 20.
        "exp" => (x => (-(x * 20)).Exp() - R("0.5"), R("0"), R("1"), BigReal.Ln2(D + 5) / 20),
        // 1/2 - x^10 on [0, 1]: concave, root 2^(-1/10).
        "power" => (x => R("0.5") - x.Pow(10), R("0"), R("1"), (-(BigReal.Ln2(D + 5) / 10)).Exp()),
        // 1/x - 3 on [1/100, 1]: convex with a pole near lo, root 1/3.
        _ => (x => BigReal.One / x - 3, R("0.01"), R("1"), BigReal.One / BigReal.FromInteger(3, D + 5)),
    };

    [Theory]
    [MemberData(nameof(StiffFunctions))]
    public void StiffMonotoneFunctionsConvergeToTheToleranceInFewSteps(string name)
    {
        var (f, lo, hi, root) = Stiff(name);
        var tol = R("1e-35");
        var counted = new Counted(f);
        var (x, iterations) = MonotoneRoot.Find(counted.Eval, lo, hi, tol);
        Assert.True((x - root).Abs() <= tol, $"{name}: root {x.ToString(38)} vs {root.ToString(38)}");
        // Illinois converges superlinearly (order ~1.44): 35 digits from a unit bracket take ~15-20 steps here, while
        // plain regula falsi (no halving of the retained end) or a doubling of it stalls for hundreds of steps.
        Assert.InRange(iterations, 2, 30);
        // one evaluation per step plus the two ends of the bracket
        Assert.Equal(iterations + 2, counted.Calls);
    }

    [Theory]
    [MemberData(nameof(StiffFunctions))]
    public void SuppliedEndValuesAreTrustedAndNotEvaluatedAgain(string name)
    {
        var (f, lo, hi, root) = Stiff(name);
        var tol = R("1e-35");
        var counted = new Counted(f);
        var (x, iterations) = MonotoneRoot.Find(counted.Eval, lo, hi, tol, f(lo), f(hi));
        Assert.True((x - root).Abs() <= tol, $"{name}: root {x.ToString(38)} vs {root.ToString(38)}");
        Assert.Equal(iterations, counted.Calls);
    }

    [Theory]
    [InlineData("0", "-1")]
    [InlineData("1", "0")]
    [InlineData("-1", "-2")]
    [InlineData("2", "1")]
    [InlineData("-1", "1")]
    public void ABracketWithoutFLoPositiveAndFHiNegativeIsRefused(string flo, string fhi)
    {
        var e = Assert.Throws<ArgumentException>(() =>
            MonotoneRoot.Find(x => x.Sign > 0 ? R(fhi) : R(flo), R("-1"), R("1"), R("1e-30")));
        Assert.Contains("f(lo) > 0 > f(hi)", e.Message);
    }

    [Fact]
    public void AToleranceThatCannotBeMetExhaustsTheThreeHundredStepBudget()
    {
        // +1 left of 1/3, -1 right of it: never zero, and a negative tolerance is never reached.
        var third = BigReal.One / BigReal.FromInteger(3, D);
        var counted = new Counted(x => x < third ? BigReal.One : -BigReal.One);
        var e = Assert.Throws<InvalidOperationException>(() => MonotoneRoot.Find(counted.Eval, R("0"), R("1"), R("-1")));
        Assert.Contains("300", e.Message);
        Assert.Equal(302, counted.Calls);
    }

    /// <summary>f = fLo at lo, fHi at hi, else +1 left of the step and -1 right of it.</summary>
    private static Func<BigReal, BigReal> Step(BigReal lo, BigReal fLo, BigReal hi, BigReal fHi, BigReal step) =>
        x => x == lo ? fLo : x == hi ? fHi : x < step ? BigReal.One : -BigReal.One;

    [Fact]
    public void StopsWhenAStepFromTheLowEndIsWithinTheTolerance()
    {
        // f(1) = 1, f(2) = -3: the first secant point is 5/4 with f > 0, a quarter from lo = the tolerance.
        var (x, i) = MonotoneRoot.Find(Step(R("1"), 1, R("2"), -3, R("1.9")), R("1"), R("2"), R("0.25"));
        Assert.Equal(R("1.25"), x);
        Assert.Equal(1, i);
    }

    [Fact]
    public void StopsWhenAStepFromTheHighEndIsWithinTheTolerance()
    {
        // f(1) = 3, f(2) = -1: the first secant point is 7/4 with f < 0, a quarter from hi = the tolerance.
        var (x, i) = MonotoneRoot.Find(Step(R("1"), 3, R("2"), -1, R("1.6")), R("1"), R("2"), R("0.25"));
        Assert.Equal(R("1.75"), x);
        Assert.Equal(1, i);
    }

    [Fact]
    public void StopsWhenTheBracketIsNarrowerThanTheTolerance()
    {
        // f(1) = 3, f(2) = -1: the first secant point 7/4 has f > 0, three quarters from lo; the bracket [7/4, 2] is
        // then a quarter wide = the tolerance.
        var (x, i) = MonotoneRoot.Find(Step(R("1"), 3, R("2"), -1, R("1.9")), R("1"), R("2"), R("0.25"));
        Assert.Equal(R("1.75"), x);
        Assert.Equal(1, i);
    }

    public static TheoryData<string, string[], string> IllinoisTraces => new()
    {
        // step at 0.9: two steps on the positive side (1/2, 3/4), then f(hi) is halved and the secant reaches 11/12
        { "0.9", ["1/2", "3/4", "11/12", "5/6", "7/8"], "7/8" },
        // step at 0.1: two steps on the negative side (1/2, 1/4), then f(lo) is halved and the secant reaches 1/12
        { "0.1", ["1/2", "1/4", "1/12", "1/6", "1/8"], "1/8" },
    };

    [Theory]
    [MemberData(nameof(IllinoisTraces))]
    public void IllinoisHalvesTheRetainedEndOnlyAfterTwoStepsOnTheSameSide(string step, string[] points, string root)
    {
        // f = +1 left of the step, -1 right of it, on [0, 1] with tolerance 1/20: the secant points traced by hand.
        var at = R(step);
        var visited = new List<BigReal>();
        var (x, i) = MonotoneRoot.Find(y => { visited.Add(y); return y < at ? BigReal.One : -BigReal.One; }, R("0"), R("1"), R("0.05"));
        var expected = points.Select(p => BigReal.FromRational(Rational.Parse(p), D)).ToArray();
        Assert.Equal(expected.Length + 2, visited.Count);
        for (int k = 0; k < expected.Length; k++)
            Assert.True((visited[k + 2] - expected[k]).Abs() <= R("1e-38"), $"secant point {k + 1}: {visited[k + 2].ToString(20)}, expected {points[k]}");
        Assert.True((x - BigReal.FromRational(Rational.Parse(root), D)).Abs() <= R("1e-38"), $"root {x.ToString(20)}");
        Assert.Equal(points.Length, i);
    }

    [Fact]
    public void AnExactZeroOfFIsReturnedAtOnce()
    {
        // a straight line: the first secant point is the root itself, where f vanishes exactly
        var counted = new Counted(x => R("0.75") - x);
        var (x, i) = MonotoneRoot.Find(counted.Eval, R("0"), R("1"), R("1e-30"));
        Assert.Equal(R("0.75"), x);
        Assert.Equal(1, i);
        Assert.Equal(3, counted.Calls);
    }
}
