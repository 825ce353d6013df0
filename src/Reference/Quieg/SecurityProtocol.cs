using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Sec. 9 exactly: A prepares M_a, M_b in rho_M^init, applies a Hadamard to M_b (Eq. 40) and a CNOT controlled by
/// M_b targeted at M_a (Eqs. 41-42); the reduced states are maximally mixed (Eq. 43); B undoes the CNOT and the
/// Hadamard (Eq. 44). Order of the tensor product: M_a then M_b. Seed 000_49a452cf4824afd6.txt, Eqs. 40-44.
/// </summary>
public sealed record SecurityProtocol(
    Matrix<ComplexRational> MbAfterHadamard,
    Matrix<ComplexRational> Joint2,
    Matrix<ComplexRational> Joint3,
    Matrix<ComplexRational> ReducedMa,
    Matrix<ComplexRational> ReducedMb,
    Matrix<ComplexRational> Recovered)
{
    /// <summary>Seed 000_49a452cf4824afd6.txt, Eqs. 40-44.</summary>
    public static SecurityProtocol Of(Rational m)
    {
        var rho = QubitGates.DiagonalQubit(Rational.One - m);
        var mb2 = QubitGates.ApplyHadamard(rho);
        var joint2 = rho.Kron(mb2);
        var joint3 = QubitGates.Conjugate(QubitGates.CnotTargetFirst, joint2);
        var undone = QubitGates.Conjugate(QubitGates.CnotTargetFirst, joint3);
        var recovered = QubitGates.ApplyHadamard(undone, 1);
        return new SecurityProtocol(mb2, joint2, joint3, joint3.PartialTrace([2, 2], 1), joint3.PartialTrace([2, 2], 0), recovered);
    }

    /// <summary>Eq. 42 as printed, a closed form in m (M_a first). Seed 000_49a452cf4824afd6.txt, Eq. 42.</summary>
    public static Matrix<ComplexRational> Eq42AsPrinted(Rational m)
    {
        var h = new Rational(1, 2);
        var c = 2 * m - 1;
        var s = Matrix<ComplexRational>.Zero(4, 4);
        ComplexRational R(Rational x) => x;
        Matrix<ComplexRational> E(int i, int j) => Matrix<ComplexRational>.Unit(4, i, j);
        // |00>=0, |01>=1, |10>=2, |11>=3
        s += R(h * m) * (E(0, 0) + E(3, 3)) + R(h * m * c) * (E(0, 3) + E(3, 0));
        s += R(h * (1 - m)) * (E(2, 2) + E(1, 1)) + R(h * (1 - m) * c) * (E(2, 1) + E(1, 2));
        return s;
    }

    /// <summary>Eq. 40 as printed: (1/2) 1 + (m - 1/2)(|0&gt;&lt;1| + |1&gt;&lt;0|). Seed 000_49a452cf4824afd6.txt, Eq. 40.</summary>
    public static Matrix<ComplexRational> Eq40AsPrinted(Rational m)
    {
        var h = new Rational(1, 2);
        ComplexRational off = m - h;
        return Matrix<ComplexRational>.FromRows([new ComplexRational(h), off], [off, new ComplexRational(h)]);
    }
}
