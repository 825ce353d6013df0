using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// Known von Neumann entropies of qubit states (nats): pure states 0 (with and without coherences), diag(1/4, 3/4) and
/// its rotated form both H(1/4), invariance under rescaling the trace, negative eigenvalues contribute 0, and 2x2 only.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.3.
/// </summary>
public sealed class QubitEntropyValueTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly BigReal Tol = BigReal.Parse("1e-30", Digits);

    private static Matrix<BigComplex> Big(params Rational[][] rows) =>
        QetOperators.ToBig(Matrix<ComplexRational>.FromRows(rows.Select(r => r.Select(x => (ComplexRational)x).ToArray()).ToArray()), Digits);

    private static BigReal MinusPLogP(Rational p) => -(BigReal.FromRational(p, Digits) * BigReal.FromRational(p, Digits).Log());

    private static void Close(BigReal expected, BigReal actual) =>
        Assert.True((expected - actual).Abs() < Tol, $"expected {expected.ToString(20)}, got {actual.ToString(20)}");

    [Fact]
    public void PureStatesHaveZeroEntropy()
    {
        Close(BigReal.Zero, QubitEntropy.Of(Big([1, 0], [0, 0]), Digits));
        Close(BigReal.Zero, QubitEntropy.Of(Big([Rational.Half, Rational.Half], [Rational.Half, Rational.Half]), Digits));
    }

    [Fact]
    public void MixedStatesHaveTheBinaryEntropyOfTheirEigenvalues()
    {
        var h = MinusPLogP(new Rational(1, 4)) + MinusPLogP(new Rational(3, 4));
        Close(h, QubitEntropy.Of(Big([new Rational(1, 4), 0], [0, new Rational(3, 4)]), Digits));
        // Eigenvalues of [[1/2, 1/4], [1/4, 1/2]] are 3/4 and 1/4.
        Close(h, QubitEntropy.Of(Big([Rational.Half, new Rational(1, 4)], [new Rational(1, 4), Rational.Half]), Digits));
        // Unnormalised (trace 2): the entropy of the normalised state.
        Close(h, QubitEntropy.Of(Big([Rational.Half, 0], [0, new Rational(3, 2)]), Digits));
        Close(BigReal.Ln2(Digits), QubitEntropy.Of(Big([Rational.Half, 0], [0, Rational.Half]), Digits));
    }

    [Fact]
    public void NegativeEigenvalueContributesNothing()
    {
        // diag(3/2, -1/2): eigenvalues (1 +- 2)/2; only 3/2 contributes -(3/2) ln(3/2).
        Close(MinusPLogP(new Rational(3, 2)), QubitEntropy.Of(Big([new Rational(3, 2), 0], [0, -Rational.Half]), Digits));
    }

    [Fact]
    public void OnlyTwoByTwoMatricesAreQubitStates()
    {
        var rect = Matrix<BigComplex>.Create(2, 3, (_, _) => BigComplex.Zero);
        var e = Assert.Throws<ArgumentException>(() => QubitEntropy.Of(rect, Digits));
        Assert.Equal("rho", e.ParamName);
        Assert.Contains("2x2", e.Message);
        Assert.Throws<ArgumentException>(() => QubitEntropy.Of(Matrix<BigComplex>.Identity(4), Digits));
    }
}
