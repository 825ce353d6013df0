using BenchmarkDotNet.Attributes;
using QTherm.Reference.Numerics;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Bench;

/// <summary>
/// Exact complex-rational kernels at the sizes the models use: 8x8 products and Kronecker products (three qubits
/// or three fermionic modes), and the 64x64 null space of a Lindblad generator (its steady state).
/// </summary>
[MemoryDiagnoser]
public class ExactBenchmarks
{
    private M a8 = null!, b8 = null!, a2 = null!, b4 = null!, generator = null!, density = null!;

    [GlobalSetup]
    public void Setup()
    {
        a8 = M.Create(8, 8, (i, j) => new ComplexRational(new Rational(i - j, 1 + (i * j) % 5), new Rational((i + 2 * j) % 3, 7)));
        b8 = M.Create(8, 8, (i, j) => (i + j) % 3 == 0 ? ComplexRational.Zero : new ComplexRational(new Rational(1, 1 + i + j)));
        a2 = M.FromRows([new Rational(1, 2), ComplexRational.I / 3], [-ComplexRational.I / 3, new Rational(1, 2)]);
        b4 = M.Create(4, 4, (i, j) => new ComplexRational(new Rational(1 + i, 2 + j)));
        var (h, jumps) = ThreeQubitChain();
        generator = LindbladGenerator.Of(h, jumps);
        density = a8 * a8.Adjoint();
    }

    [Benchmark]
    public M Product8x8() => a8 * b8;

    [Benchmark]
    public M Kron2x4() => a2.Kron(b4);

    [Benchmark]
    public M Kron8x8() => a8.Kron(b8);

    [Benchmark]
    public int NullSpace64x64LindbladGenerator() => ExactLinearAlgebra.NullSpace(generator).Count;

    [Benchmark]
    public M BuildLindbladGenerator64x64()
    {
        var (h, jumps) = ThreeQubitChain();
        return LindbladGenerator.Of(h, jumps);
    }

    [Benchmark]
    public bool PositivityTest8x8() => ExactPositivity.IsPositiveSemidefinite(density);

    /// <summary>Three qubits: fields, exchange hopping, and damping and pumping on every site, with rational rates.</summary>
    public static (M H, List<JumpOperator> Jumps) ThreeQubitChain()
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
