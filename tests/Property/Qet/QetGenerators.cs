using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Qet;

namespace QTherm.Tests.Property.Qet;

/// <summary>Generators of exact QET ingredients: models, states, measurements on Alice, feedback unitaries on Bob.</summary>
internal static class QetGenerators
{
    private static readonly ExactScalars Exact = new(QetTestPrecision.Digits);

    /// <summary>A positive rational p/q with small p, q.</summary>
    public static Gen<Rational> PositiveRational =>
        from p in Gen.Choose(1, 40)
        from q in Gen.Choose(1, 12)
        select new Rational(p, q);

    public static Gen<Rational> SmallRational =>
        from p in Gen.Choose(-30, 30)
        from q in Gen.Choose(1, 10)
        select new Rational(p, q);

    /// <summary>The general model with random positive rational eps_A != eps_B and kappa.</summary>
    public static Gen<TwoQubitModel> Model =>
        from a in PositiveRational
        from b in PositiveRational
        from k in PositiveRational
        select new TwoQubitModel(a, b, k);

    /// <summary>A general model whose two radii sqrt(a^2 + c^2), sqrt(b^2 + c^2) are rational, so the eigenbasis is exact.</summary>
    public static Gen<TwoQubitModel> ModelWithExactEigenbasis =>
        from m1 in Gen.Choose(2, 7)
        from m2 in Gen.Choose(2, 7)
        from c in Gen.Choose(1, 6)
        let sum = new Rational(c * (m1 * m1 - 1), 2 * m1)
        let diff = new Rational(c * (m2 * m2 - 1), 2 * m2)
        where sum > diff
        select new TwoQubitModel((sum + diff) / 2, (sum - diff) / 2, new Rational(c, 2));

    /// <summary>rho = A A^dagger / Tr(A A^dagger) with a random small-integer complex A (full rank or not).</summary>
    public static Gen<Matrix<ComplexRational>> DensityMatrix =>
        from entries in Gen.ArrayOf(Gen.Choose(-3, 3), 32)
        let a = Matrix<ComplexRational>.Create(4, 4, (i, j) => new ComplexRational(entries[2 * (4 * i + j)], entries[2 * (4 * i + j) + 1]))
        let aa = a * a.Adjoint()
        where !aa.Trace().IsZero
        select aa.Scale(ComplexRational.One / aa.Trace());

    /// <summary>A rational unitary on one qubit (Cayley transform of a random rational Hermitian matrix).</summary>
    public static Gen<Matrix<ComplexRational>> QubitUnitary =>
        from a in SmallRational
        from b in SmallRational
        from c in SmallRational
        from d in SmallRational
        select CayleyUnitary.Of(a, b, c, d);

    /// <summary>
    /// A two-outcome unital measurement on Alice: projective along a rational Bloch axis, or a weak measurement
    /// V diag(a, b) V^dagger, V diag(sqrt(1 - a^2), sqrt(1 - b^2)) V^dagger with Pythagorean a, b.
    /// </summary>
    public static Gen<KrausMeasurement<ComplexRational>> UnitalMeasurementOnAlice =>
        from v in QubitUnitary
        from weak in Gen.Elements(false, true)
        from ma in Gen.Choose(2, 6)
        from mb in Gen.Choose(2, 6)
        select weak ? Weak(v, ma, mb) : Projective(v);

    private static KrausMeasurement<ComplexRational> Projective(Matrix<ComplexRational> v)
    {
        var up = v * Matrix<ComplexRational>.Unit(2, 0, 0) * v.Adjoint();
        var down = v * Matrix<ComplexRational>.Unit(2, 1, 1) * v.Adjoint();
        return KrausMeasurement<ComplexRational>.OnAlice([up, down], Exact);
    }

    private static KrausMeasurement<ComplexRational> Weak(Matrix<ComplexRational> v, int ma, int mb)
    {
        // (m^2 - 1)/(m^2 + 1) and 2m/(m^2 + 1) are a Pythagorean pair.
        Rational Cos(int m) => new(m * m - 1, m * m + 1);
        Rational Sin(int m) => new(2 * m, m * m + 1);
        var k0 = v * Matrix<ComplexRational>.Diagonal(Cos(ma), Cos(mb)) * v.Adjoint();
        var k1 = v * Matrix<ComplexRational>.Diagonal(Sin(ma), Sin(mb)) * v.Adjoint();
        return KrausMeasurement<ComplexRational>.OnAlice([k0, k1], Exact);
    }

    /// <summary>Two feedback unitaries on Bob.</summary>
    public static Gen<FeedbackControl<ComplexRational>> Feedback =>
        from u0 in QubitUnitary
        from u1 in QubitUnitary
        select new FeedbackControl<ComplexRational>([u0, u1], Exact);
}
