using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Von Neumann entropy (nats) of a qubit state from its eigenvalues (1 +- r)/2, r = sqrt((rho00 - rho11)^2 + 4|rho01|^2)/Tr rho.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.3 (S(rho_B)).
/// </summary>
public static class QubitEntropy
{
    public static BigReal Of(Matrix<BigComplex> rho, int digits)
    {
        if (rho.Rows != 2 || rho.Cols != 2) throw new ArgumentException("A qubit state is 2x2.", nameof(rho));
        var tr = rho[0, 0].Re + rho[1, 1].Re;
        var diff = (rho[0, 0].Re - rho[1, 1].Re) / tr;
        var off = rho[0, 1].NormSquared / (tr * tr);
        var r = (diff * diff + BigReal.FromInteger(4, digits) * off).Sqrt();
        var half = BigReal.FromRational(Rational.Half, digits);
        return XLogX(half * (BigReal.One + r)) + XLogX(half * (BigReal.One - r));
    }

    // Stryker disable once Equality : p.Sign < 0 || p.IsZero is the same test as p.Sign <= 0 || p.IsZero
    private static BigReal XLogX(BigReal p) => p.Sign <= 0 || p.IsZero ? BigReal.Zero : -(p * p.Log());
}
