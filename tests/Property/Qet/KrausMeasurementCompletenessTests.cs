using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// A Kraus measurement must be non-empty, 4x4 and complete (sum M^dagger M = 1); unitality (sum M M^dagger = 1) holds for
/// Hotta's projective sx measurement and fails for an amplitude-damping-like measurement. Seed 002_3d1265a9cee6337c.txt, Sec. 1.2.
/// </summary>
public sealed class KrausMeasurementCompletenessTests
{
    private static readonly ExactScalars Exact = new();

    private static Matrix<ComplexRational> M(params Rational[][] rows) =>
        Matrix<ComplexRational>.FromRows(rows.Select(r => r.Select(x => (ComplexRational)x).ToArray()).ToArray());

    [Fact]
    public void EmptyMeasurementIsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new KrausMeasurement<ComplexRational>([], Exact));
        Assert.Equal("operators", e.ParamName);
        Assert.Contains("at least one", e.Message);
    }

    [Fact]
    public void OperatorsMustBeFourByFour()
    {
        var e = Assert.Throws<ArgumentException>(() => new KrausMeasurement<ComplexRational>([Matrix<ComplexRational>.Create(4, 2, (_, _) => ComplexRational.Zero)], Exact));
        Assert.Equal("operators", e.ParamName);
        Assert.Contains("got 4x2", e.Message);
        Assert.Throws<ArgumentException>(() => new KrausMeasurement<ComplexRational>([Matrix<ComplexRational>.Identity(2)], Exact));
    }

    [Fact]
    public void IncompleteMeasurementIsRejectedWithTheDeviation()
    {
        var half = Matrix<ComplexRational>.Identity(4).Scale(Rational.Half);
        var e = Assert.Throws<ArgumentException>(() => new KrausMeasurement<ComplexRational>([half], Exact));
        Assert.Equal("operators", e.ParamName);
        Assert.Contains("at (0,0)", e.Message);
        Assert.Contains("-3/4", e.Message);
    }

    [Fact]
    public void ProjectiveSxIsUnitalAmplitudeDampingIsNot()
    {
        Assert.True(AliceMeasurements.ProjectiveSx(Exact).IsUnital(Exact));
        var k0 = M([1, 0], [0, new Rational(3, 5)]);
        var k1 = M([0, new Rational(4, 5)], [0, 0]);
        var damping = KrausMeasurement<ComplexRational>.OnAlice([k0, k1], Exact);
        Assert.False(damping.IsUnital(Exact));
    }
}
