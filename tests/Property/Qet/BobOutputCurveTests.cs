using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// E_B(theta) = G sin 2theta - B (1 - cos 2theta) at known angles; the outcome-blind curve (one rotation for every
/// outcome) fitted from two runs predicts a third, independently simulated run; a two-outcome measurement is required.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 3; Hotta arXiv:1002.0200.
/// </summary>
public sealed class BobOutputCurveTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly HighPrecisionScalars Scalars = new(Digits);
    private static readonly BigReal Tol = BigReal.Parse("1e-28", Digits);

    [Fact]
    public void CurveAtKnownAngles()
    {
        var curve = new BobOutputCurve(BigReal.FromInteger(1, Digits), BigReal.FromInteger(2, Digits));
        var pi = BigReal.Pi(Digits);
        var quarter = BigReal.FromRational(new Rational(1, 4), Digits);
        var eighth = BigReal.FromRational(new Rational(1, 8), Digits);
        Assert.True((curve.At(pi * quarter) - BigReal.FromInteger(-1, Digits)).Abs() < Tol);
        // 2 theta = pi/4: sqrt2/2 - 2 (1 - sqrt2/2) = 3 sqrt2/2 - 2.
        var sqrt2 = BigReal.FromInteger(2, Digits).Sqrt();
        var expected = BigReal.FromRational(new Rational(3, 2), Digits) * sqrt2 - BigReal.FromInteger(2, Digits);
        Assert.True((curve.At(pi * eighth) - expected).Abs() < Tol, curve.At(pi * eighth).ToString(20));
        Assert.True((curve.At(curve.OptimalAngle) - curve.Maximum).Abs() < Tol);
    }

    [Fact]
    public void OutcomeBlindCurvePredictsAThirdSimulatedAngle()
    {
        var model = new HottaMinimalModel(3, 4);
        var h = model.Hamiltonian(Digits);
        var ground = model.Eigenbasis.Levels(Digits)[0].Projector;
        var m = AliceMeasurements.ProjectiveSx(Scalars);
        var curve = BobOutputCurve.WithoutOutcome(h, ground, m, Scalars);
        // tan(theta/2) = 1/5: cos theta = 12/13, sin theta = 5/13, the same rotation for both outcomes.
        BigComplex R(Rational x) => BigComplex.FromRational(x, Digits);
        var u = Matrix<BigComplex>.FromRows([R(new Rational(12, 13)), R(new Rational(-5, 13))], [R(new Rational(5, 13)), R(new Rational(12, 13))]);
        var direct = QetProtocol.Run(h, ground, m, new FeedbackControl<BigComplex>([u, u], Scalars)).BobOutput.Re;
        var theta = BigReal.FromInteger(2, Digits) * BigReal.FromRational(new Rational(1, 5), Digits).Atan();
        Assert.True((curve.At(theta) - direct).Abs() < Tol, $"curve {curve.At(theta).ToString(20)} vs run {direct.ToString(20)}");
        Assert.False(direct.IsZero);
    }

    [Fact]
    public void FeedbackNeedsATwoOutcomeMeasurement()
    {
        BigComplex R(Rational x) => BigComplex.FromRational(x, Digits);
        var p0 = Matrix<BigComplex>.Diagonal(BigComplex.One, BigComplex.Zero);
        var k1 = Matrix<BigComplex>.Diagonal(BigComplex.Zero, R(new Rational(3, 5)));
        var k2 = Matrix<BigComplex>.Diagonal(BigComplex.Zero, R(new Rational(4, 5)));
        var three = KrausMeasurement<BigComplex>.OnAlice([p0, k1, k2], Scalars);
        var model = new HottaMinimalModel(3, 4);
        var e = Assert.Throws<ArgumentException>(() =>
            BobOutputCurve.Of(model.Hamiltonian(Digits), model.Eigenbasis.Levels(Digits)[0].Projector, three, Scalars));
        Assert.Equal("measurement", e.ParamName);
        Assert.Contains("two-outcome", e.Message);
    }
}
