using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// The analytic X-shaped eigenbasis against exact facts: for (a, b, c, q) = (0, 3, 4, 4) the levels are 2 -+ 5, 2 -+ 4 in
/// ascending order, the projectors are idempotent, of trace one, sum to the identity and rebuild H = sum E P; the
/// high-precision levels agree; irrational roots are refused; degenerate or uncoupled input is rejected.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.1.
/// </summary>
public sealed class EnergyEigenbasisExactTests
{
    private static readonly ComplexRational One = ComplexRational.One;

    // H = sqrt(q) + a(|00><00| - |11><11|) + b(|01><01| - |10><10|) + c(|00><11| + |01><10| + h.c.), typed from the doc.
    private static Matrix<ComplexRational> Hamiltonian(Rational offset, Rational a, Rational b, Rational c) =>
        Matrix<ComplexRational>.Identity(4).Scale(offset) + Matrix<ComplexRational>.FromRows(
            [a, 0, 0, c], [0, b, c, 0], [0, c, -b, 0], [c, 0, 0, -a]);

    [Fact]
    public void ExactLevelsAscendAndRebuildTheHamiltonianWhenBobsBlockIsWider()
    {
        var basis = EnergyEigenbasis.OfXShaped(0, 3, 4, 4);
        Assert.True(basis.TryExactLevels(out var levels));
        Assert.Equal(new Rational[] { -3, -2, 6, 7 }, levels.Select(l => l.Energy));
        var sum = Matrix<ComplexRational>.Zero(4, 4);
        var h = Matrix<ComplexRational>.Zero(4, 4);
        foreach (var l in levels)
        {
            Assert.Equal(l.Projector, l.Projector * l.Projector);
            Assert.Equal(One, l.Projector.Trace());
            sum += l.Projector;
            h += l.Projector.Scale(l.Energy);
        }
        Assert.Equal(Matrix<ComplexRational>.Identity(4), sum);
        Assert.Equal(Hamiltonian(2, 0, 3, 4), h);
    }

    [Fact]
    public void ExactLevelsWhenAlicesBlockIsWider()
    {
        var basis = EnergyEigenbasis.OfXShaped(3, 0, 4, 0);
        Assert.True(basis.TryExactLevels(out var levels));
        Assert.Equal(new Rational[] { -5, -4, 4, 5 }, levels.Select(l => l.Energy));
        var h = levels.Aggregate(Matrix<ComplexRational>.Zero(4, 4), (acc, l) => acc + l.Projector.Scale(l.Energy));
        Assert.Equal(Hamiltonian(0, 3, 0, 4), h);
    }

    [Fact]
    public void HighPrecisionLevelsAgreeWithTheExactOnes()
    {
        var basis = EnergyEigenbasis.OfXShaped(0, 3, 4, 4);
        Assert.True(basis.TryExactLevels(out var exact));
        var big = basis.Levels(QetTestPrecision.Digits);
        var tol = BigReal.Parse("1e-30", QetTestPrecision.Digits);
        for (int n = 0; n < 4; n++)
        {
            Assert.True((big[n].Energy - BigReal.FromRational(exact[n].Energy, QetTestPrecision.Digits)).Abs() < tol);
            var diff = big[n].Projector - QetOperators.ToBig(exact[n].Projector, QetTestPrecision.Digits);
            for (int i = 0; i < 4; i++)
                for (int j = 0; j < 4; j++)
                    Assert.True(diff[i, j].Abs() < tol);
        }
    }

    [Fact]
    public void IrrationalRootsAreRefused()
    {
        Assert.False(EnergyEigenbasis.OfXShaped(1, 2, 1, 0).TryExactLevels(out var l1));
        Assert.Empty(l1);
        Assert.False(EnergyEigenbasis.OfXShaped(3, 0, 4, 2).TryExactLevels(out var l2));
        Assert.Empty(l2);
    }

    [Fact]
    public void UncoupledDegenerateOrNegativeOffsetInputIsRejected()
    {
        var c = Assert.Throws<ArgumentException>(() => EnergyEigenbasis.OfXShaped(1, 2, 0, 0));
        Assert.Equal("c", c.ParamName);
        Assert.Contains("non-zero", c.Message);
        var b = Assert.Throws<ArgumentException>(() => EnergyEigenbasis.OfXShaped(2, -2, 1, 0));
        Assert.Equal("b", b.ParamName);
        Assert.Contains("degenerate", b.Message);
        var q = Assert.Throws<ArgumentException>(() => EnergyEigenbasis.OfXShaped(1, 2, 1, -1));
        Assert.Equal("offsetSquared", q.ParamName);
        Assert.Contains("q >= 0", q.Message);
    }
}
