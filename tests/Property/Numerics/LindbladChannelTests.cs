using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// The Lindblad generator of known qubit channels (amplitude damping, dephasing) checked on basis operators against
/// the hand-solved master equation, and the validation of jump operators and generator arguments.
/// </summary>
public class LindbladChannelTests
{
    private static readonly ComplexRational I = ComplexRational.I;
    private static M Ket0Bra0 => M.Unit(2, 0, 0);
    private static M Ket1Bra1 => M.Unit(2, 1, 1);
    private static M Ket0Bra1 => M.Unit(2, 0, 1);

    private static M ApplyGenerator(M generator, M rho) => M.UnvecColumns(generator * rho.VecColumns(), rho.Rows, rho.Cols);

    [Fact]
    public void AmplitudeDampingRelaxesToTheGroundStateAndDampsCoherenceAtHalfTheRate()
    {
        // H = (w/2) Z, decay |1> -> |0> at rate gamma via sigma_+ = |0><1|.
        var w = new Rational(3, 2);
        var gamma = new Rational(2, 7);
        var h = new ComplexRational(w / 2) * Pauli.Z;
        var generator = LindbladGenerator.Of(h, [new JumpOperator(gamma, Pauli.Plus)]);
        Assert.Equal(4, generator.Rows);
        // d/dt |0><0| = 0: the ground state is stationary.
        Assert.Equal(M.Zero(2, 2), ApplyGenerator(generator, Ket0Bra0));
        // d/dt |1><1| = gamma (|0><0| - |1><1|).
        Assert.Equal(new ComplexRational(gamma) * (Ket0Bra0 - Ket1Bra1), ApplyGenerator(generator, Ket1Bra1));
        // d/dt |0><1| = (-i w - gamma/2) |0><1|.
        Assert.Equal((-I * new ComplexRational(w) - new ComplexRational(gamma / 2)) * Ket0Bra1, ApplyGenerator(generator, Ket0Bra1));
        Assert.Equal(3, ExactLinearAlgebra.Rank(generator));
    }

    [Fact]
    public void DephasingKeepsPopulationsAndDampsCoherenceAtTwiceTheRate()
    {
        var g = new Rational(1, 5);
        var generator = LindbladGenerator.Of(M.Zero(2, 2), [new JumpOperator(g, Pauli.Z)]);
        Assert.Equal(M.Zero(2, 2), ApplyGenerator(generator, Ket0Bra0));
        Assert.Equal(M.Zero(2, 2), ApplyGenerator(generator, Ket1Bra1));
        Assert.Equal(new ComplexRational(-2 * g) * Ket0Bra1, ApplyGenerator(generator, Ket0Bra1));
        Assert.Equal(new ComplexRational(-2 * g) * Ket0Bra1.Adjoint(), ApplyGenerator(generator, Ket0Bra1.Adjoint()));
    }

    [Fact]
    public void RatesAddAndAZeroRateChannelContributesNothing()
    {
        var h = new ComplexRational(Rational.Half) * Pauli.X;
        var pureHamiltonian = LindbladGenerator.Of(h, []);
        Assert.Equal(pureHamiltonian, LindbladGenerator.Of(h, [new JumpOperator(Rational.Zero, Pauli.Minus)]));
        // -i[H, rho] with H = X/2 on |0><0|: -i/2 (|1><0| - |0><1|).
        Assert.Equal(new ComplexRational(0, new Rational(-1, 2)) * (M.Unit(2, 1, 0) - Ket0Bra1), ApplyGenerator(pureHamiltonian, Ket0Bra0));
        var twice = LindbladGenerator.Of(h, [new JumpOperator(1, Pauli.Minus), new JumpOperator(1, Pauli.Minus)]);
        Assert.Equal(LindbladGenerator.Of(h, [new JumpOperator(2, Pauli.Minus)]), twice);
    }

    [Fact]
    public void JumpOperatorRefusesNegativeRatesAndNonSquareOperators()
    {
        var negative = Assert.Throws<ParameterOutOfRangeException>(() => new JumpOperator(new Rational(-1, 2), Pauli.Minus));
        Assert.Equal("rate", negative.Parameter);
        Assert.Equal("-1/2", negative.Value);
        Assert.Equal("[0, infinity)", negative.ValidRange);
        Assert.Contains("cannot be negative", negative.Message);

        var nullOp = Assert.Throws<ArgumentNullException>(() => new JumpOperator(Rational.One, null!));
        Assert.Equal("op", nullOp.ParamName);

        var rectangular = Assert.Throws<ArgumentException>(() => new JumpOperator(Rational.One, M.Create(2, 3, (_, _) => ComplexRational.One)));
        Assert.Equal("op", rectangular.ParamName);
        Assert.Contains("2x3", rectangular.Message);

        var zero = new JumpOperator(Rational.Zero, Pauli.Z);
        Assert.True(zero.Rate.IsZero);
        Assert.Equal(Pauli.Z, zero.Operator);
    }

    [Fact]
    public void GeneratorValidatesItsArguments()
    {
        JumpOperator[] jumps = [new JumpOperator(1, Pauli.Minus)];
        Assert.Equal("hamiltonian", Assert.Throws<ArgumentNullException>(() => LindbladGenerator.Of(null!, jumps)).ParamName);
        Assert.Equal("jumps", Assert.Throws<ArgumentNullException>(() => LindbladGenerator.Of(Pauli.Z, null!)).ParamName);
        Assert.Equal("hamiltonian", Assert.Throws<ArgumentNullException>(() => LindbladGenerator.Apply(null!, jumps, Ket0Bra0)).ParamName);
        Assert.Equal("jumps", Assert.Throws<ArgumentNullException>(() => LindbladGenerator.Apply(Pauli.Z, null!, Ket0Bra0)).ParamName);
        Assert.Equal("rho", Assert.Throws<ArgumentNullException>(() => LindbladGenerator.Apply(Pauli.Z, jumps, null!)).ParamName);

        var nonHermitian = Assert.Throws<ArgumentException>(() => LindbladGenerator.Of(Pauli.Plus, jumps));
        Assert.Equal("hamiltonian", nonHermitian.ParamName);
        Assert.Contains("Hermitian", nonHermitian.Message);
        Assert.Contains("2x2", nonHermitian.Message);

        var wrongSize = Assert.Throws<ArgumentException>(() => LindbladGenerator.Of(Pauli.Z, [new JumpOperator(1, M.Identity(4))]));
        Assert.Equal("jumps", wrongSize.ParamName);
        Assert.Contains("4x4", wrongSize.Message);
        Assert.Contains("2-dimensional", wrongSize.Message);
        var wrongSizeZeroRate = Assert.Throws<ArgumentException>(() => LindbladGenerator.Of(Pauli.Z, [new JumpOperator(0, M.Identity(3))]));
        Assert.Equal("jumps", wrongSizeZeroRate.ParamName);
    }
}
