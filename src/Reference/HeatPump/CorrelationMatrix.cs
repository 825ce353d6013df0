using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// The X-form correlation matrix chi of Eq. 8 with the diagonal fixed by the local-Gibbs condition (9b):
/// chi_11 = -chi_22 = -chi_33 = chi_44 = x, chi_23 = y (complex). Seed 001_8d968b41aa3feca2.txt, Eqs. 8, A2.
/// </summary>
public sealed record CorrelationMatrix(BigReal Chi11, BigComplex Chi23)
{
    /// <summary>The optimal chi: chi_11 = -lambda_4, chi_23 = e^{i phi_chi} sqrt(lambda_4). Seed 001_8d968b41aa3feca2.txt, Eq. 10.</summary>
    public static CorrelationMatrix Optimal(ProductGibbsState product, BigReal phiChi) =>
        new(-product.Lambda4, BigComplex.FromPolar(product.Lambda4.Sqrt(), phiChi));

    /// <summary>chi as a 4x4 matrix. Seed 001_8d968b41aa3feca2.txt, Eq. 8.</summary>
    public Matrix<BigComplex> Matrix()
    {
        BigComplex x = Chi11;
        var m = Matrix<BigComplex>.Diagonal(x, -x, -x, x).ToRowMajorArray();
        m[1 * 4 + 2] = Chi23;
        m[2 * 4 + 1] = Chi23.Conjugate();
        return Matrix<BigComplex>.FromRowMajor(4, 4, m);
    }

    /// <summary>rho_AB^0 = rho_A^0 (x) rho_B^0 + chi. Seed 001_8d968b41aa3feca2.txt, Eq. 3.</summary>
    public Matrix<BigComplex> InitialState(ProductGibbsState product) => product.Matrix() + Matrix();
}
