using System.Numerics;
using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// How the numbers handed to a check are to be read: exactly (complex rationals, tolerance 0), as d-digit
/// arbitrary-precision values, or as doubles. Every invariant is written once against this abstraction; the public
/// overloads only choose the instance.
/// </summary>
internal abstract class InputPrecision<T> where T : struct, IField<T>
{
    /// <summary>"exact", "50-digit" or "double": shown in messages.</summary>
    public abstract string Description { get; }

    public abstract T Constant(Rational q);

    public abstract T ImaginaryUnit { get; }

    public abstract Complex ToComplex(T z);

    public double Magnitude(T z) => ToComplex(z).Magnitude;

    /// <summary>
    /// The largest |z| among <paramref name="deviations"/>, against the tolerance for entries formed by sums of
    /// <paramref name="n"/> products of operands of Frobenius norm <paramref name="scale"/>.
    /// </summary>
    public abstract Measurement Largest(IEnumerable<T> deviations, int n, double scale);

    /// <summary>
    /// How far below zero the spectrum of the Hermitian <paramref name="hermitian"/> reaches (Size = max(0, -lambda_min),
    /// or a certified lower bound of it for exact input), against the tolerance for a matrix of norm <paramref name="scale"/>.
    /// </summary>
    public abstract Measurement Negativity(Matrix<T> hermitian, double scale);

    /// <summary>The same matrix as a high-precision one, for checks that need logarithms or square roots.</summary>
    public abstract Matrix<BigComplex> ToBig(Matrix<T> m);

    /// <summary>The precision with which <see cref="ToBig"/> results are to be read.</summary>
    public abstract ApproximateInput Rounded { get; }

    /// <summary>sqrt(sum |m_ij|^2) as a double.</summary>
    public double Norm(Matrix<T> m)
    {
        double sum = 0;
        foreach (var z in m.AsSpan())
        {
            double a = Magnitude(z);
            sum += a * a;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>(A + A^dagger)/2, Hermitian exactly (the rounding of a + conj(b) is symmetric under the swap).</summary>
    public Matrix<T> HermitianPart(Matrix<T> a) => Constant(Rational.Half) * (a + a.Adjoint());
}
