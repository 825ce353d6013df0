using QTherm.Reference.Information;
using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// S(rho || rho^0) = Tr(rho ln rho) - Tr(rho ln rho^0) for a full-rank diagonal (Gibbs) reference rho^0, whose
/// logarithm is taken entrywise. Seed 001_8d968b41aa3feca2.txt, Eq. 1.
/// </summary>
public static class RelativeEntropyToGibbs
{
    public static BigReal Of(Matrix<BigComplex> rho, QubitGibbsState reference, int digits)
    {
        int w = digits + 5;
        var crossEntropy = -(rho[0, 0].Re * reference.Ground.WithDigits(w).Log() + rho[1, 1].Re * reference.Excited.WithDigits(w).Log());
        return (crossEntropy - VonNeumannEntropy.Of(rho, w)).WithDigits(digits);
    }
}
