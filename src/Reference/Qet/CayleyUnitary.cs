using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// U = (1 - iK)(1 + iK)^-1 for Hermitian 2x2 K: every unitary without eigenvalue -1, exact when K is rational, so local
/// unitaries on Bob can be drawn at random and applied in exact arithmetic.
/// </summary>
public static class CayleyUnitary
{
    /// <summary>K = [[a, b + i c], [b - i c, d]].</summary>
    public static Matrix<ComplexRational> Of(Rational a, Rational b, Rational c, Rational d)
    {
        var k = Matrix<ComplexRational>.FromRows([a, new ComplexRational(b, c)], [new ComplexRational(b, -c), d]);
        var ik = k.Scale(ComplexRational.I);
        var id = Matrix<ComplexRational>.Identity(2);
        return (id - ik) * Inverse2x2(id + ik);
    }

    private static Matrix<ComplexRational> Inverse2x2(Matrix<ComplexRational> m)
    {
        var det = m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0];
        return Matrix<ComplexRational>.FromRows([m[1, 1] / det, -m[0, 1] / det], [-m[1, 0] / det, m[0, 0] / det]);
    }
}
