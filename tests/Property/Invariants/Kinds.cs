using System.Numerics;
using QTherm.Invariants;
using QTherm.Reference.Numerics;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>Runs a check on the same exact input read three ways: exact, 50-digit and double.</summary>
public static class Kinds
{
    public const int Digits = Precision.DefaultDigits;

    public static Matrix<BigComplex> Big(M m) => HighPrecision.ToBig(m, Digits);

    public static Complex[,] Doubles(M m) => HighPrecision.ToDouble(HighPrecision.ToBig(m, 30));

    public static Verdict[] All(M m, Func<M, Verdict> exact, Func<Matrix<BigComplex>, int, Verdict> big,
        Func<Complex[,], double?, Verdict> doubles) =>
        [exact(m), big(Big(m), Digits), doubles(Doubles(m), null)];

    public static Verdict[] All(M a, M b, Func<M, M, Verdict> exact, Func<Matrix<BigComplex>, Matrix<BigComplex>, int, Verdict> big,
        Func<Complex[,], Complex[,], double?, Verdict> doubles) =>
        [exact(a, b), big(Big(a), Big(b), Digits), doubles(Doubles(a), Doubles(b), null)];

    public static bool AllHold(IEnumerable<Verdict> verdicts) => verdicts.All(v => v.Holds && v.WorstViolation <= v.Tolerance);

    public static bool AllFail(IEnumerable<Verdict> verdicts) => verdicts.All(v => !v.Holds && v.WorstViolation > v.Tolerance);

    public static void AssertHold(IEnumerable<Verdict> verdicts)
    {
        foreach (var v in verdicts) Assert.True(v.Holds && v.WorstViolation <= v.Tolerance, v.ToString());
    }

    public static void AssertFail(IEnumerable<Verdict> verdicts, string? messageContains = null)
    {
        foreach (var v in verdicts)
        {
            Assert.False(v.Holds, "expected a failure, got: " + v);
            Assert.True(v.WorstViolation > v.Tolerance, v.ToString());
            if (messageContains is not null) Assert.Contains(messageContains, v.Message);
        }
    }
}
