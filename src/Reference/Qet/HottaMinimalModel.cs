using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Qet;

/// <summary>
/// Hotta's minimal QET model (M. Hotta, arXiv:1002.0200; MODELS.md, QET): H_A = h sz_A + h^2/s, H_B = h sz_B + h^2/s,
/// V = 2k sx_A sx_B + 2k^2/s with s = sqrt(h^2 + k^2), so that the ground energy is exactly 0.
/// Alice measures sx_A; Bob applies cos(theta) - i mu sin(theta) sy_B for outcome mu = +-1.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1 (standard model); the published closed forms are the "Hotta*" members.
/// </summary>
public sealed record HottaMinimalModel
{
    public Rational H { get; }
    public Rational K { get; }

    public HottaMinimalModel(Rational h, Rational k)
    {
        if (h.Sign <= 0) throw new ParameterOutOfRangeException("h", h, "> 0", "the local level splitting 2h must be positive");
        if (k.Sign <= 0) throw new ParameterOutOfRangeException("k", k, "> 0", "the coupling k must be positive (its sign is a local gauge)");
        H = h;
        K = k;
    }

    /// <summary>s^2 = h^2 + k^2.</summary>
    public Rational SSquared => H * H + K * K;

    /// <summary>s = sqrt(h^2 + k^2).</summary>
    public BigReal S(int digits) => BigReal.FromRational(SSquared, digits).Sqrt();

    /// <summary>xi = h^2 + 2k^2 (Hotta's E_B closed form).</summary>
    public Rational Xi => H * H + 2 * K * K;

    /// <summary>eta = h k (Hotta's E_B closed form).</summary>
    public Rational Eta => H * K;

    /// <summary>The same Hamiltonian without its constants, as the general model H = h sz_A + h sz_B + 2k sx_A sx_B.</summary>
    public TwoQubitModel WithoutConstants => new(H, H, K);

    /// <summary>H_A, H_B, V with Hotta's constants at working precision.</summary>
    public QetHamiltonian<BigComplex> Hamiltonian(int digits)
    {
        var s = S(digits);
        var bare = WithoutConstants.Hamiltonian;
        var id = Matrix<BigComplex>.Identity(4);
        BigComplex Const(Rational numerator) => BigComplex.FromReal(BigReal.FromRational(numerator, digits) / s);
        return new(
            QetOperators.ToBig(bare.LocalA, digits) + id.Scale(Const(H * H)),
            QetOperators.ToBig(bare.LocalB, digits) + id.Scale(Const(H * H)),
            QetOperators.ToBig(bare.Interaction, digits) + id.Scale(Const(2 * K * K)));
    }

    /// <summary>The exact Hamiltonian when s is rational (e.g. h = 3, k = 4), else false.</summary>
    public bool TryExactHamiltonian(out QetHamiltonian<ComplexRational> hamiltonian)
    {
        hamiltonian = WithoutConstants.Hamiltonian;
        if (!ExactSquareRoot.TryOf(SSquared, out var s)) return false;
        var id = Matrix<ComplexRational>.Identity(4);
        hamiltonian = new(hamiltonian.LocalA + id.Scale(H * H / s), hamiltonian.LocalB + id.Scale(H * H / s),
            hamiltonian.Interaction + id.Scale(2 * K * K / s));
        return true;
    }

    /// <summary>Levels 0, 2s - 2k, 2s + 2k, 4s with their projectors (analytic parity-block diagonalisation).</summary>
    public EnergyEigenbasis Eigenbasis => EnergyEigenbasis.OfXShaped(2 * H, Rational.Zero, 2 * K, 4 * SSquared);

    /// <summary>Hotta's ground state (1/sqrt2) sqrt(1 - h/s)|00&gt; - (1/sqrt2) sqrt(1 + h/s)|11&gt; (arXiv:1002.0200, Eq. for |g&gt;).</summary>
    public Matrix<BigComplex> HottaGroundVector(int digits)
    {
        var hs = BigReal.FromRational(H, digits) / S(digits);
        var half = BigReal.FromRational(Rational.Half, digits);
        var a = ((BigReal.One - hs) * half).Sqrt();
        var b = -((BigReal.One + hs) * half).Sqrt();
        return Matrix<BigComplex>.Column(BigComplex.FromReal(a), BigComplex.Zero, BigComplex.Zero, BigComplex.FromReal(b));
    }

    /// <summary>E_A = h^2/s, the energy Alice's sx_A measurement injects into the ground state (Hotta's closed form).</summary>
    public BigReal HottaEnergyInjected(int digits) => BigReal.FromRational(H * H, digits) / S(digits);

    /// <summary>E_B(theta) = [eta sin 2theta - xi (1 - cos 2theta)]/s (Hotta's closed form).</summary>
    public BigReal HottaBobOutput(BigReal theta, int digits)
    {
        var twoTheta = theta + theta;
        return (BigReal.FromRational(Eta, digits) * twoTheta.Sin() - BigReal.FromRational(Xi, digits) * (BigReal.One - twoTheta.Cos())) / S(digits);
    }

    /// <summary>theta_opt = (1/2) arctan(eta/xi), the angle where E_B(theta) is maximal (Hotta's closed form).</summary>
    public BigReal HottaOptimalAngle(int digits) =>
        BigReal.Atan2(BigReal.FromRational(Eta, digits), BigReal.FromRational(Xi, digits)) * BigReal.FromRational(Rational.Half, digits);

    /// <summary>E_B max = [sqrt(xi^2 + eta^2) - xi]/s, E_B at theta_opt (Hotta's closed form).</summary>
    public BigReal HottaMaximalBobOutput(int digits) =>
        (BigReal.FromRational(Xi * Xi + Eta * Eta, digits).Sqrt() - BigReal.FromRational(Xi, digits)) / S(digits);
}
