using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Double-precision von Neumann entropies and mutual information of a two-qubit state (row-major 4x4), the fast path
/// of the HEOM runs; the high-precision <see cref="Information.MutualInformation"/> is the reference it is tested
/// against. Seed 001_8d968b41aa3feca2.txt, Sec. II (I_AB = S_A + S_B - S_AB).
/// </summary>
public static class TwoQubitEntropy
{
    /// <summary>S(rho) = -sum p ln p over the eigenvalues of the Hermitian part.</summary>
    public static double Entropy(Matrix<Complex> rho)
    {
        var h = (rho + rho.ConjugateTranspose()) / 2;
        return h.Evd(Symmetricity.Hermitian).EigenValues.Select(z => z.Real).Where(p => p > 0).Sum(p => -p * Math.Log(p));
    }

    /// <summary>I_AB = S_A + S_B - S_AB. Seed 001_8d968b41aa3feca2.txt, Sec. II.</summary>
    public static double MutualInformation(Complex[] rho)
    {
        var m = Matrix<Complex>.Build.Dense(4, 4, (i, j) => rho[i * 4 + j]);
        var a = Matrix<Complex>.Build.Dense(2, 2, (i, j) => m[2 * i, 2 * j] + m[2 * i + 1, 2 * j + 1]);
        var b = Matrix<Complex>.Build.Dense(2, 2, (i, j) => m[i, j] + m[2 + i, 2 + j]);
        return Entropy(a) + Entropy(b) - Entropy(m);
    }
}
