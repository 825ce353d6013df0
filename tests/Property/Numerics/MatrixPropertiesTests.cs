using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Tests.Property.Generators;
using Xunit;
using Gen = FsCheck.Fluent.Gen;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Exact identities of the dense matrix algebra: adjoints, traces, tensor products, partial traces, vec.</summary>
public class MatrixPropertiesTests
{
    private static FsCheck.Arbitrary<M[]> Matrices(params (int Rows, int Cols)[] shapes) =>
        Gen.CollectToArray(shapes.Select(s => ExactGenerators.Matrix(s.Rows, s.Cols))).ToArbitrary();

    /// <summary>Random shapes in [1, max] for each of <paramref name="count"/> dimensions.</summary>
    private static FsCheck.Gen<int[]> Dims(int count, int max) => Gen.ArrayOf(Gen.Choose(1, max), count);

    [Fact]
    public void AdjointOfAProductIsTheReversedProductOfAdjoints() => PropertyConfig.Check(Prop.ForAll(
        Dims(3, 4).SelectMany(d => Gen.CollectToArray([ExactGenerators.Matrix(d[0], d[1]), ExactGenerators.Matrix(d[1], d[2])])).ToArbitrary(),
        m => Assert.Equal((m[0] * m[1]).Adjoint(), m[1].Adjoint() * m[0].Adjoint())), maxTest: 100);

    [Fact]
    public void TraceIsCyclic() => PropertyConfig.Check(Prop.ForAll(
        Dims(2, 4).SelectMany(d => Gen.CollectToArray([ExactGenerators.Matrix(d[0], d[1]), ExactGenerators.Matrix(d[1], d[0])])).ToArbitrary(),
        m => Assert.Equal((m[0] * m[1]).Trace(), (m[1] * m[0]).Trace())), maxTest: 100);

    [Fact]
    public void KroneckerMixedProductRule() => PropertyConfig.Check(Prop.ForAll(
        Dims(6, 3).SelectMany(d => Gen.CollectToArray(
        [
            ExactGenerators.Matrix(d[0], d[1]), ExactGenerators.Matrix(d[2], d[3]),
            ExactGenerators.Matrix(d[1], d[4]), ExactGenerators.Matrix(d[3], d[5]),
        ])).ToArbitrary(),
        m => Assert.Equal(m[0].Kron(m[1]) * m[2].Kron(m[3]), (m[0] * m[2]).Kron(m[1] * m[3]))), maxTest: 60);

    [Fact]
    public void KroneckerOfBasisStatesFollowsTheMostSignificantFirstConvention()
    {
        // |1> (x) |0> is |10>, the third vector of the basis |00>, |01>, |10>, |11>.
        var ket0 = M.Column(1, 0);
        var ket1 = M.Column(0, 1);
        Assert.Equal(M.Column(0, 0, 1, 0), ket1.Kron(ket0));
        Assert.Equal(M.Column(0, 1, 0, 0), ket0.Kron(ket1));
    }

    [Fact]
    public void PartialTracesOfAProductGiveTheOtherFactorTimesTheTrace() => PropertyConfig.Check(Prop.ForAll(
        Dims(2, 4).SelectMany(d => Gen.CollectToArray([ExactGenerators.Matrix(d[0], d[0]), ExactGenerators.Matrix(d[1], d[1])])).ToArbitrary(),
        m =>
        {
            var (a, b) = (m[0], m[1]);
            var ab = a.Kron(b);
            int[] dims = [a.Rows, b.Rows];
            Assert.Equal(b.Trace() * a, ab.PartialTrace(dims, 1));
            Assert.Equal(a.Trace() * b, ab.PartialTrace(dims, 0));
            Assert.Equal(b.Trace() * a, ab.ReducedTo(dims, 0));
            Assert.Equal(ab.Trace(), ab.PartialTrace(dims, 1).Trace());
        }), maxTest: 100);

    [Fact]
    public void PartialTraceOverTheMiddleFactor() => PropertyConfig.Check(Prop.ForAll(
        Dims(3, 3).SelectMany(d => Gen.CollectToArray(
            [ExactGenerators.Matrix(d[0], d[0]), ExactGenerators.Matrix(d[1], d[1]), ExactGenerators.Matrix(d[2], d[2])])).ToArbitrary(),
        m =>
        {
            var (a, b, c) = (m[0], m[1], m[2]);
            var abc = M.KronAll(a, b, c);
            int[] dims = [a.Rows, b.Rows, c.Rows];
            Assert.Equal(b.Trace() * a.Kron(c), abc.PartialTrace(dims, 1));
            Assert.Equal(a.Trace() * c.Trace() * b, abc.ReducedTo(dims, 1));
            Assert.Equal(b.Trace() * c.Trace() * a, abc.ReducedTo(dims, 0));
            Assert.Equal(a.Trace() * b.Trace() * c, abc.ReducedTo(dims, 2));
        }), maxTest: 60);

    [Fact]
    public void PartialTraceIsLinearAndTracePreservingOnEntangledOperators() => PropertyConfig.Check(Prop.ForAll(
        Gen.CollectToArray([ExactGenerators.Matrix(6, 6), ExactGenerators.Matrix(6, 6)]).ToArbitrary(),
        m =>
        {
            int[] dims = [2, 3];
            Assert.Equal(m[0].PartialTrace(dims, 0) + m[1].PartialTrace(dims, 0), (m[0] + m[1]).PartialTrace(dims, 0));
            Assert.Equal(m[0].Trace(), m[0].PartialTrace(dims, 0).Trace());
            Assert.Equal(m[0].Trace(), m[0].PartialTrace(dims, 1).Trace());
            // tr_B[(X (x) I) M] = X tr_B M for an operator X on the kept factor.
            var x = m[1].PartialTrace(dims, 1);
            Assert.Equal(x * m[0].PartialTrace(dims, 1), (x.Kron(M.Identity(3)) * m[0]).PartialTrace(dims, 1));
        }), maxTest: 60);

    [Fact]
    public void CommutatorsSatisfyTheJacobiIdentity() => PropertyConfig.Check(Prop.ForAll(
        Gen.Choose(1, 4).SelectMany(n => Gen.CollectToArray([ExactGenerators.Matrix(n, n), ExactGenerators.Matrix(n, n), ExactGenerators.Matrix(n, n)])).ToArbitrary(),
        m =>
        {
            var (a, b, c) = (m[0], m[1], m[2]);
            var jacobi = M.Commutator(a, M.Commutator(b, c)) + M.Commutator(b, M.Commutator(c, a)) + M.Commutator(c, M.Commutator(a, b));
            Assert.Equal(M.Zero(a.Rows, a.Rows), jacobi);
            Assert.Equal(a * b + b * a, M.Anticommutator(a, b));
        }), maxTest: 60);

    [Fact]
    public void VecOfAProductIsTheKroneckerActionOnVec() => PropertyConfig.Check(Prop.ForAll(
        Dims(4, 3).SelectMany(d => Gen.CollectToArray(
            [ExactGenerators.Matrix(d[0], d[1]), ExactGenerators.Matrix(d[1], d[2]), ExactGenerators.Matrix(d[2], d[3])])).ToArbitrary(),
        m =>
        {
            var (a, x, b) = (m[0], m[1], m[2]);
            Assert.Equal((a * x * b).VecColumns(), b.Transpose().Kron(a) * x.VecColumns());
            Assert.Equal(x, M.UnvecColumns(x.VecColumns(), x.Rows, x.Cols));
        }), maxTest: 100);

    [Fact]
    public void PauliMatricesSatisfyTheirAlgebra()
    {
        var i = ComplexRational.I;
        Assert.Equal(i * Pauli.Z, Pauli.X * Pauli.Y);
        Assert.Equal(i * Pauli.X, Pauli.Y * Pauli.Z);
        Assert.Equal(i * Pauli.Y, Pauli.Z * Pauli.X);
        foreach (var p in new[] { Pauli.X, Pauli.Y, Pauli.Z })
        {
            Assert.Equal(Pauli.Identity, p * p);
            Assert.True(p.IsHermitian());
            Assert.Equal(ComplexRational.Zero, p.Trace());
        }
        var half = new ComplexRational(Rational.Half);
        Assert.Equal(half * (Pauli.X + i * Pauli.Y), Pauli.Plus);
        Assert.Equal(half * (Pauli.X - i * Pauli.Y), Pauli.Minus);
        Assert.Equal(Pauli.Plus.Adjoint(), Pauli.Minus);
        Assert.Equal(M.Column(1, 0), Pauli.Plus * M.Column(0, 1));
        Assert.Equal(Pauli.Identity.Kron(Pauli.X).Kron(Pauli.Identity), Pauli.OnSite(Pauli.X, 1, 3));
    }

    [Fact]
    public void TraceOfAKroneckerProductIsTheProductOfTraces() => PropertyConfig.Check(Prop.ForAll(
        Dims(2, 4).SelectMany(d => Gen.CollectToArray([ExactGenerators.Matrix(d[0], d[0]), ExactGenerators.Matrix(d[1], d[1])])).ToArbitrary(),
        m => Assert.Equal(m[0].Trace() * m[1].Trace(), m[0].Kron(m[1]).Trace())), maxTest: 100);

    [Fact]
    public void PowerAgreesWithRepeatedMultiplication() => PropertyConfig.Check(Prop.ForAll(
        ExactGenerators.SquareMatrix(1, 3).SelectMany(_ => Gen.Choose(0, 6), (a, k) => (a, k)).ToArbitrary(),
        t =>
        {
            var expected = M.Identity(t.a.Rows);
            for (int j = 0; j < t.k; j++) expected *= t.a;
            Assert.Equal(expected, t.a.Pow(t.k));
        }), maxTest: 60);

    [Fact]
    public void ReducedStatesRefuseFactorDimensionsThatDoNotFitTheOperator()
    {
        var rho = Matrix<ComplexRational>.Identity(4);
        Assert.Throws<ArgumentException>(() => rho.ReducedTo([4, 2], 0));
        Assert.Throws<ArgumentException>(() => rho.ReducedTo([3], 0));
        Assert.Equal(rho, rho.ReducedTo([4], 0));
    }
}
