using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Double-precision fast path for the Appendix A search: the X-form rho_AB^0(chi_11, |chi_23|) of Eqs. 3, 5, 8, its
/// smallest eigenvalue and its Wootters concurrence (sqrt of the eigenvalues of sqrt(rho) rho~ sqrt(rho)). Checked
/// against the high-precision Concurrence at the optimum by the property tests. Seed 001_8d968b41aa3feca2.txt, Eqs. 8, 9, A3.
/// </summary>
public static class DoubleTwoQubitState
{
    /// <summary>rho = diag(lambda) + chi with chi_11 = -chi_22 = -chi_33 = chi_44 = x and chi_23 = y (real, the phase does not change C).</summary>
    public static Matrix<Complex> Of(double[] lambda, double x, double y)
    {
        var m = Matrix<Complex>.Build.Dense(4, 4);
        m[0, 0] = lambda[0] + x; m[1, 1] = lambda[1] - x; m[2, 2] = lambda[2] - x; m[3, 3] = lambda[3] + x;
        m[1, 2] = y; m[2, 1] = y;
        return m;
    }

    public static double MinEigenvalue(Matrix<Complex> rho) => rho.Evd(Symmetricity.Hermitian).EigenValues.Min(z => z.Real);

    /// <summary>Wootters concurrence max(0, l1 - l2 - l3 - l4). Hill and Wootters (seed ref. 30), as used in Eq. 9c.</summary>
    public static double Concurrence(Matrix<Complex> rho)
    {
        var evd = rho.Evd(Symmetricity.Hermitian);
        var v = evd.EigenVectors;
        var sqrtD = Matrix<Complex>.Build.DenseOfDiagonalArray(evd.EigenValues.Select(z => new Complex(Math.Sqrt(Math.Max(0, z.Real)), 0)).ToArray());
        var sqrtRho = v * sqrtD * v.ConjugateTranspose();
        var yy = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 0, 0, 0, -1 }, { 0, 0, 1, 0 }, { 0, 1, 0, 0 }, { -1, 0, 0, 0 } });
        var tilde = yy * rho.Conjugate() * yy;
        var r = sqrtRho * tilde * sqrtRho;
        r = (r + r.ConjugateTranspose()) / 2;
        var l = r.Evd(Symmetricity.Hermitian).EigenValues.Select(z => Math.Sqrt(Math.Max(0, z.Real))).OrderByDescending(a => a).ToArray();
        return Math.Max(0, l[0] - l[1] - l[2] - l[3]);
    }
}
