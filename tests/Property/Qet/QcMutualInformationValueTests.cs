using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// Known values of the QC-mutual information of Alice's sx measurement: zero for a product state with mixed rho_B, ln 2
/// for the classically correlated state (|++&gt;&lt;++| + |--&gt;&lt;--|)/2; and the premises of the AB form.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.3.
/// </summary>
public sealed class QcMutualInformationValueTests
{
    private const int Digits = QetTestPrecision.Digits;
    private static readonly HighPrecisionScalars Scalars = new(Digits);
    private static readonly BigReal Tol = BigReal.Parse("1e-30", Digits);

    private static Matrix<BigComplex> Big(Matrix<ComplexRational> m) => QetOperators.ToBig(m, Digits);

    private static readonly Matrix<ComplexRational> Plus = Matrix<ComplexRational>.FromRows(
        [Rational.Half, Rational.Half], [Rational.Half, Rational.Half]);

    private static readonly Matrix<ComplexRational> Minus = Matrix<ComplexRational>.FromRows(
        [Rational.Half, -Rational.Half], [-Rational.Half, Rational.Half]);

    /// <summary>rho_A = |+&gt;&lt;+| (outcome mu = -1 has probability exactly 0), rho_B = diag(1/4, 3/4).</summary>
    private static Matrix<BigComplex> ProductState() =>
        Big(Plus.Kron(Matrix<ComplexRational>.Diagonal(new Rational(1, 4), new Rational(3, 4))));

    private static Matrix<BigComplex> CorrelatedState() =>
        Big((Plus.Kron(Plus) + Minus.Kron(Minus)).Scale(Rational.Half));

    private static BigReal BinaryEntropy(Rational p) =>
        -(BigReal.FromRational(p, Digits) * BigReal.FromRational(p, Digits).Log())
        - BigReal.FromRational(1 - p, Digits) * BigReal.FromRational(1 - p, Digits).Log();

    [Fact]
    public void ProductStateCarriesNoInformationEvenWithAZeroProbabilityOutcome()
    {
        var m = AliceMeasurements.ProjectiveSx(Scalars);
        var aboutBob = QcMutualInformation.AboutBob(ProductState(), m, Digits);
        Assert.True(aboutBob.Abs() < Tol, aboutBob.ToString(20));
        // S(rho_AB) = S(rho_B) for a pure rho_A.
        var aboutAB = QcMutualInformation.AboutWholeSystem(ProductState(), BinaryEntropy(new Rational(1, 4)), m, Scalars);
        Assert.True(aboutAB.Abs() < Tol, aboutAB.ToString(20));
    }

    [Fact]
    public void ClassicallyCorrelatedStateCarriesOneBit()
    {
        var m = AliceMeasurements.ProjectiveSx(Scalars);
        var ln2 = BigReal.Ln2(Digits);
        var aboutBob = QcMutualInformation.AboutBob(CorrelatedState(), m, Digits);
        Assert.True((aboutBob - ln2).Abs() < Tol, aboutBob.ToString(20));
        var aboutAB = QcMutualInformation.AboutWholeSystem(CorrelatedState(), ln2, m, Scalars);
        Assert.True((aboutAB - ln2).Abs() < Tol, aboutAB.ToString(20));
    }

    [Fact]
    public void WholeSystemFormRefusesKrausOperatorsActingOnBob()
    {
        var p0 = Matrix<BigComplex>.Diagonal(BigComplex.One, BigComplex.Zero);
        var p1 = Matrix<BigComplex>.Diagonal(BigComplex.Zero, BigComplex.One);
        var onBob = new KrausMeasurement<BigComplex>([QetOperators.OnBob(p0), QetOperators.OnBob(p1)], Scalars);
        var e = Assert.Throws<ArgumentException>(() => QcMutualInformation.AboutWholeSystem(CorrelatedState(), BigReal.Ln2(Digits), onBob, Scalars));
        Assert.Equal("measurement", e.ParamName);
        Assert.Contains("Alice alone", e.Message);
    }

    [Fact]
    public void WholeSystemFormRefusesFullRankKrausOperatorsOnAlice()
    {
        var identity = KrausMeasurement<BigComplex>.OnAlice([Matrix<BigComplex>.Identity(2)], Scalars);
        var e = Assert.Throws<ArgumentException>(() => QcMutualInformation.AboutWholeSystem(CorrelatedState(), BigReal.Ln2(Digits), identity, Scalars));
        Assert.Equal("measurement", e.ParamName);
        Assert.Contains("rank-one", e.Message);
    }
}
