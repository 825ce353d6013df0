using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// The exact two-qubit gates as explicit permutations of |00&gt;, |01&gt;, |10&gt;, |11&gt; (first factor most
/// significant), the Hadamard acting on the requested qubit only, and a measurement outcome of probability zero.
/// </summary>
public class QubitGateTests
{
    private static ComplexRational C(int v) => v;

    /// <summary>The permutation matrix sending basis state |col&gt; to |images[col]&gt;.</summary>
    private static Matrix<ComplexRational> Sends(params int[] images) =>
        Matrix<ComplexRational>.Create(4, 4, (row, col) => images[col] == row ? ComplexRational.One : ComplexRational.Zero);

    [Fact]
    public void CnotsFlipTheTargetWhenTheControlIsOne()
    {
        // target first: |t c> -> |t xor c, c>: |01> -> |11>, |11> -> |01>
        Assert.Equal(Sends(0, 3, 2, 1), QubitGates.CnotTargetFirst);
        // target second: |c t> -> |c, t xor c>: |10> -> |11>, |11> -> |10>
        Assert.Equal(Sends(0, 1, 3, 2), QubitGates.CnotTargetSecond);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void HadamardActsOnTheRequestedQubitOnly(int qubit)
    {
        var zero = QubitGates.DiagonalQubit(0);            // |0><0|
        var one = QubitGates.DiagonalQubit(1);             // |1><1|
        var half = new ComplexRational(new Rational(1, 2));
        var plus = Matrix<ComplexRational>.FromRows([half, half], [half, half]); // |+><+|
        var rho = zero.Kron(one);
        var expected = qubit == 0 ? plus.Kron(one) : zero.Kron(QubitGates.ApplyHadamard(one));
        Assert.Equal(expected, QubitGates.ApplyHadamard(rho, qubit));
        Assert.Equal(plus, QubitGates.ApplyHadamard(zero));
    }

    [Fact]
    public void AnOutcomeOfProbabilityZeroLeavesTheZeroMatrix()
    {
        var joint = QubitGates.DiagonalQubit(0).Kron(QubitGates.DiagonalQubit(new Rational(1, 3))); // M = |0> for sure
        var (p1, f1) = CnotMeasurement.Conditional(joint, 1);
        Assert.Equal(Rational.Zero, p1);
        Assert.Equal(Matrix<ComplexRational>.Create(2, 2, (_, _) => ComplexRational.Zero), f1);
        var (p0, f0) = CnotMeasurement.Conditional(joint, 0);
        Assert.Equal(Rational.One, p0);
        Assert.Equal(QubitGates.DiagonalQubit(new Rational(1, 3)), f0);
    }
}
