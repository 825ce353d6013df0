using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using Gen = FsCheck.Fluent.Gen;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>The vectorised Lindblad generator against the master equation, and its exact steady states.</summary>
public class LindbladGeneratorTests
{
    private static FsCheck.Gen<JumpOperator> Jump(int d) =>
        Gen.Zip(Gen.Choose(0, 6).SelectMany(p => Gen.Choose(1, 5), (p, q) => new Rational(p, q)), ExactGenerators.Matrix(d, d))
            .Select(t => new JumpOperator(t.Item1, t.Item2));

    [Fact]
    public void GeneratorActsOnVecAsTheMasterEquation() => PropertyConfig.Check(Prop.ForAll(
        Gen.Choose(1, 3).SelectMany(d => Gen.Zip(
            Gen.Zip(ExactGenerators.Hermitian(d), Gen.ListOf(Jump(d), 2)),
            ExactGenerators.Matrix(d, d))).ToArbitrary(),
        t =>
        {
            var ((h, jumps), rho) = t;
            var generator = LindbladGenerator.Of(h, jumps);
            var direct = LindbladGenerator.Apply(h, jumps, rho);
            Assert.Equal(direct.VecColumns(), generator * rho.VecColumns());
            // Trace preservation: tr(d rho/dt) = 0 for every rho.
            Assert.Equal(ComplexRational.Zero, direct.Trace());
            // Hermiticity preservation: (L rho)^dagger = L(rho^dagger).
            Assert.Equal(direct.Adjoint(), LindbladGenerator.Apply(h, jumps, rho.Adjoint()));
        }), maxTest: 60);

    [Fact]
    public void SteadyStateOfADrivenDecayingQubitIsTheKnownClosedForm()
    {
        // H = (Omega/2) sigma_x, decay at rate gamma by |0><1| (Pauli.Plus, |1> -> |0>): the resonant optical Bloch
        // equations give the excited population rho_11 = Omega^2 / (gamma^2 + 2 Omega^2).
        var omega = new Rational(1, 2);
        var gamma = new Rational(1, 3);
        var h = new ComplexRational(omega / 2) * Pauli.X;
        var generator = LindbladGenerator.Of(h, [new JumpOperator(gamma, Pauli.Plus)]);
        var basis = ExactLinearAlgebra.NullSpace(generator);
        Assert.Single(basis);
        var rho = M.UnvecColumns(basis[0], 2, 2);
        rho = (ComplexRational.One / rho.Trace()) * rho;
        Assert.Equal(new ComplexRational(omega * omega / (gamma * gamma + 2 * omega * omega)), rho[1, 1]);
        Assert.True(ExactPositivity.IsPositiveSemidefinite(rho));
    }

    [Fact]
    public void ThreeQubitSteadyStateIsAUniqueDensityMatrix()
    {
        var (h, jumps) = ThreeQubitChain();
        var generator = LindbladGenerator.Of(h, jumps);
        Assert.Equal(64, generator.Rows);
        var basis = ExactLinearAlgebra.NullSpace(generator);
        Assert.Single(basis);
        var rho = M.UnvecColumns(basis[0], 8, 8);
        rho = (ComplexRational.One / rho.Trace()) * rho;
        Assert.True(rho.IsHermitian());
        Assert.True(ExactPositivity.IsPositiveSemidefinite(rho));
        Assert.Equal(M.Zero(8, 8), LindbladGenerator.Apply(h, jumps, rho));
        Assert.Equal(63, ExactLinearAlgebra.Rank(generator));
    }

    [Fact]
    public void NegativeRateIsRefusedNamingTheParameter()
    {
        var e = Assert.Throws<QTherm.Reference.Quantities.ParameterOutOfRangeException>(() => new JumpOperator(new Rational(-1, 2), Pauli.Minus));
        Assert.Contains("rate", e.Message);
        Assert.Contains("-1/2", e.Message);
    }

    /// <summary>
    /// Three qubits with fields, exchange hopping and pumping/damping on each site, all rates rational: the model
    /// that bench/ExactBenchmarks.cs times.
    /// </summary>
    internal static (M H, List<JumpOperator> Jumps) ThreeQubitChain()
    {
        var h = M.Zero(8, 8);
        Rational[] fields = [1, new Rational(3, 2), new Rational(7, 10)];
        for (int k = 0; k < 3; k++) h += new ComplexRational(fields[k] / 2) * Pauli.OnSite(Pauli.Z, k, 3);
        Rational[] hopping = [new Rational(1, 3), new Rational(2, 5)];
        for (int k = 0; k < 2; k++)
        {
            var exchange = Pauli.OnSite(Pauli.Plus, k, 3) * Pauli.OnSite(Pauli.Minus, k + 1, 3);
            h += new ComplexRational(hopping[k]) * (exchange + exchange.Adjoint());
        }
        Rational[] damping = [new Rational(1, 10), new Rational(1, 5), new Rational(3, 20)];
        Rational[] pumping = [new Rational(1, 20), new Rational(1, 30), new Rational(1, 7)];
        var jumps = new List<JumpOperator>();
        for (int k = 0; k < 3; k++)
        {
            jumps.Add(new JumpOperator(damping[k], Pauli.OnSite(Pauli.Minus, k, 3)));
            jumps.Add(new JumpOperator(pumping[k], Pauli.OnSite(Pauli.Plus, k, 3)));
        }
        return (h, jumps);
    }
}
