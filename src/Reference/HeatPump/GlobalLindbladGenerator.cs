using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Global Born-Markov-secular (Davies) master equation for the two qubits with Hamiltonian H_S, qubit A coupled to
/// bath A and qubit B to bath B through sigma_x: d rho/dt = -i[H_S, rho] + D_A[rho] + D_B[rho],
/// D_k[rho] = sum_omega gamma_k(omega) (S_k(omega) rho S_k(omega)^dagger - {S_k^dagger S_k, rho}/2), with
/// S_k(omega) = sum_{E_m - E_n = omega} |n&gt;&lt;n| sigma_x^k |m&gt;&lt;m| over the eigenbasis of H_S (Lamb shift
/// neglected). Each D_k has the Gibbs state of H_S at T_k as a fixed point, so Spohn's inequality makes
/// Sigma = Delta S - Q_A/T_A - Q_B/T_B non-decreasing. Superoperators act on vec(rho) (column stacking).
/// Seed 001_8d968b41aa3feca2.txt, Sec. IV and Appendix C (weak-coupling stand-in for the seed's HEOM).
/// </summary>
public sealed class GlobalLindbladGenerator
{
    public Matrix<BigComplex> Hamiltonian { get; }
    public Matrix<BigComplex> Liouvillian { get; }
    public Matrix<BigComplex> DissipatorA { get; }
    public Matrix<BigComplex> DissipatorB { get; }
    public int Digits { get; }

    public GlobalLindbladGenerator(Matrix<BigComplex> hamiltonian, BathSpectrum bathA, BathSpectrum bathB, int digits)
    {
        Hamiltonian = hamiltonian;
        Digits = digits;
        var eig = HermitianEigensystem.Of(hamiltonian, digits + 5);
        var sx = Matrix<BigComplex>.FromRows([0, 1], [1, 0]);
        var id = Matrix<BigComplex>.Identity(2);
        DissipatorA = Dissipator(eig, sx.Kron(id), bathA, digits);
        DissipatorB = Dissipator(eig, id.Kron(sx), bathB, digits);
        var i4 = Matrix<BigComplex>.Identity(4);
        var unitary = (i4.Kron(hamiltonian) - hamiltonian.Transpose().Kron(i4)).Map(z => z * new BigComplex(BigReal.Zero, -BigReal.One));
        Liouvillian = unitary + DissipatorA + DissipatorB;
    }

    /// <summary>Heat current out of the bath into the system, Tr(H_S D_k[rho]) for a vectorised rho (column stacking).</summary>
    public BigReal HeatCurrent(Matrix<BigComplex> dissipator, Matrix<BigComplex> vecRho) =>
        TwoQubitHamiltonian.Expectation(Hamiltonian, Matrix<BigComplex>.UnvecColumns(dissipator * vecRho, 4, 4));

    private static Matrix<BigComplex> Dissipator(HermitianEigensystem eig, Matrix<BigComplex> coupling, BathSpectrum bath, int digits)
    {
        int n = eig.Values.Length;
        var v = eig.Vectors;
        var inEigenbasis = v.Adjoint() * coupling * v;
        var tolerance = BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, digits / 2)), digits);
        // Group the transitions m -> n by Bohr frequency omega = E_m - E_n.
        var groups = new List<(BigReal Omega, List<(int N, int M)> Pairs)>();
        for (int nIdx = 0; nIdx < n; nIdx++)
            for (int m = 0; m < n; m++)
            {
                if (inEigenbasis[nIdx, m].Abs() <= tolerance) continue;
                var omega = eig.Values[m] - eig.Values[nIdx];
                var group = groups.FindIndex(g => (g.Omega - omega).Abs() <= tolerance);
                if (group < 0) groups.Add((omega, [(nIdx, m)]));
                else groups[group].Pairs.Add((nIdx, m));
            }
        var i4 = Matrix<BigComplex>.Identity(n);
        var total = Matrix<BigComplex>.Zero(n * n, n * n);
        var half = new BigComplex(BigReal.FromRational(Rational.Half, digits), BigReal.Zero);
        foreach (var (omega, pairs) in groups)
        {
            if (omega.Abs() <= tolerance) continue;
            var gamma = new BigComplex(bath.Rate(omega, digits), BigReal.Zero);
            if (gamma.IsZero) continue;
            var sEigen = Matrix<BigComplex>.Create(n, n, (a, b) => pairs.Contains((a, b)) ? inEigenbasis[a, b] : BigComplex.Zero);
            var s = v * sEigen * v.Adjoint();
            var sds = s.Adjoint() * s;
            var term = s.Map(z => z.Conjugate()).Kron(s) - (i4.Kron(sds) + sds.Transpose().Kron(i4)).Map(z => z * half);
            total += term.Map(z => z * gamma);
        }
        return total;
    }
}
