using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// rho_A^0 (x) rho_B^0 = diag(lambda_1..lambda_4) in the basis |00>,|01>,|10>,|11>. Seed 001_8d968b41aa3feca2.txt, Eqs. 5-6.
/// </summary>
public sealed record ProductGibbsState(QubitGibbsState A, QubitGibbsState B)
{
    public BigReal Lambda1 => A.Ground * B.Ground;
    public BigReal Lambda2 => A.Ground * B.Excited;
    public BigReal Lambda3 => A.Excited * B.Ground;
    public BigReal Lambda4 => A.Excited * B.Excited;

    /// <summary>The diagonal density matrix of Eq. 5.</summary>
    public Matrix<BigComplex> Matrix() => Matrix<BigComplex>.Diagonal(Lambda1, Lambda2, Lambda3, Lambda4);

    /// <summary>Initial SED Delta_AB(0) = E_A(0) - E_B(0) = p1^A - p1^B. Seed 001_8d968b41aa3feca2.txt, Sec. III.</summary>
    public BigReal InitialSed => A.Excited - B.Excited;

    /// <summary>Maximal concurrence C_0 = 2 sqrt(lambda_4). Seed 001_8d968b41aa3feca2.txt, Eq. 11.</summary>
    public BigReal MaximalConcurrence => 2 * Lambda4.Sqrt();
}
