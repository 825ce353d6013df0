using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Generators;

/// <summary>
/// FsCheck generators of exact scalars and matrices. Values are small by design (numerators up to about 20,
/// denominators up to 12, with an occasional 100-bit rational) so that exact arithmetic stays fast, and matrices
/// are sparse with probability of a zero entry about one third, so that rank deficiency, zero pivots and
/// non-generic cases occur often. Every generator is deterministic under <see cref="PropertyConfig"/>'s seed.
/// Turn one into an arbitrary with FsCheck's <c>gen.ToArbitrary()</c> (no shrinking: exact cases are already small).
/// </summary>
public static class ExactGenerators
{
    private static Gen<BigInteger> BigIntegers(int bits) =>
        Gen.ArrayOf(Gen.Choose(0, 255), (bits + 7) / 8)
            .Select(bytes => new BigInteger(bytes.Select(b => (byte)b).ToArray(), isUnsigned: true, isBigEndian: false));

    /// <summary>Small rationals p/q (|p| &lt;= 20, 1 &lt;= q &lt;= 12), one in ten a ratio of ~100-bit integers.</summary>
    public static Gen<Rational> Rational { get; } = Gen.Frequency(
    [
        (9, Gen.Choose(-20, 20).SelectMany(_ => Gen.Choose(1, 12), (p, q) => new Rational(p, q))),
        (1, Gen.Zip(BigIntegers(100), BigIntegers(100)).SelectMany(_ => Gen.Elements(-1, 1),
            (t, sign) => new Rational(sign * t.Item1, t.Item2.IsZero ? BigInteger.One : t.Item2))),
    ]);

    /// <summary>Rationals other than zero.</summary>
    public static Gen<Rational> NonZeroRational { get; } = Rational.Where(r => !r.IsZero);

    /// <summary>Small rationals only (no large ones): entries for matrices.</summary>
    public static Gen<Rational> SmallRational { get; } =
        Gen.Choose(-6, 6).SelectMany(_ => Gen.Choose(1, 4), (p, q) => new Rational(p, q));

    /// <summary>Complex rationals from two independent <see cref="Rational"/> parts.</summary>
    public static Gen<ComplexRational> ComplexRational { get; } =
        Gen.Zip(Rational, Rational).Select(t => new ComplexRational(t.Item1, t.Item2));

    /// <summary>Complex rationals other than zero.</summary>
    public static Gen<ComplexRational> NonZeroComplexRational { get; } = ComplexRational.Where(z => !z.IsZero);

    /// <summary>Matrix entries: zero with probability 1/3, else small complex (real with probability 1/2).</summary>
    public static Gen<ComplexRational> Entry { get; } = Gen.Frequency(
    [
        (2, Gen.Constant(Reference.Numerics.ComplexRational.Zero)),
        (2, SmallRational.Select(r => new ComplexRational(r))),
        (2, Gen.Zip(SmallRational, SmallRational).Select(t => new ComplexRational(t.Item1, t.Item2))),
    ]);

    /// <summary>A rows x cols matrix of <see cref="Entry"/> values.</summary>
    public static Gen<M> Matrix(int rows, int cols) =>
        Gen.ArrayOf(Entry, rows * cols).Select(data => M.FromRowMajor(rows, cols, data));

    /// <summary>A square n x n matrix with n drawn from [minDim, maxDim].</summary>
    public static Gen<M> SquareMatrix(int minDim, int maxDim) =>
        Gen.Choose(minDim, maxDim).SelectMany(n => Matrix(n, n));

    /// <summary>Hermitian n x n: (A + A^dagger)/2 for a random A; indefinite, semidefinite or definite.</summary>
    public static Gen<M> Hermitian(int n) =>
        Matrix(n, n).Select(a => new ComplexRational(Reference.Numerics.Rational.Half) * (a + a.Adjoint()));

    /// <summary>
    /// Positive semidefinite n x n: A A^dagger with A of shape n x r, r drawn from [1, n] (so rank &lt;= r; rank
    /// deficiency and zero pivots are common).
    /// </summary>
    public static Gen<M> PositiveSemidefinite(int n) =>
        Gen.Choose(1, n).SelectMany(r => Matrix(n, r)).Select(a => a * a.Adjoint());

    /// <summary>A density matrix A A^dagger / tr(A A^dagger) (A n x r, not zero): Hermitian, PSD, unit trace.</summary>
    public static Gen<M> DensityMatrix(int n) =>
        PositiveSemidefinite(n).Where(p => !p.Trace().IsZero).Select(p => (Reference.Numerics.ComplexRational.One / p.Trace()) * p);

    /// <summary>A column vector of dimension n that is not zero.</summary>
    public static Gen<M> NonZeroVector(int n) =>
        Matrix(n, 1).Where(v => v.AsSpan().ToArray().Any(z => !z.IsZero));

    /// <summary>
    /// Finite doubles from uniformly random bit patterns (all binades equally likely, so tiny and huge values
    /// appear), mixed with subnormals, and doubles near 1.
    /// </summary>
    public static Gen<double> FiniteDouble { get; } = Gen.Frequency(
    [
        (4, Gen.Zip(Gen.Choose(int.MinValue, int.MaxValue), Gen.Choose(int.MinValue, int.MaxValue))
            .Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))
            .Where(double.IsFinite)),
        (2, Gen.Zip(Gen.Choose(0, (1 << 20) - 1), Gen.Choose(int.MinValue, int.MaxValue)).SelectMany(_ => Gen.Elements(1.0, -1.0),
            (t, sign) => sign * BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))),
        (1, Gen.Choose(-1_000_000, 1_000_000).Select(k => 1.0 + k * 1e-7)),
    ]);
}
