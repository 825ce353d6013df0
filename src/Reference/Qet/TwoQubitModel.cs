using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Qet;

/// <summary>
/// H = eps_A sz_A + eps_B sz_B + 2 kappa sx_A sx_B (detuning eps_A != eps_B allowed), exact in its rational parameters.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 1.1, model of arXiv:2511.01518 (MODELS.md, QET).
/// The sign of kappa can be removed by the local unitary sz_B, so kappa &gt; 0 is required.
/// </summary>
public sealed record TwoQubitModel
{
    public Rational EpsA { get; }
    public Rational EpsB { get; }
    public Rational Kappa { get; }

    public TwoQubitModel(Rational epsA, Rational epsB, Rational kappa)
    {
        if (epsA.Sign <= 0) throw new ParameterOutOfRangeException("eps_A", epsA, "> 0", "Alice's level splitting 2 eps_A must be positive");
        if (epsB.Sign <= 0) throw new ParameterOutOfRangeException("eps_B", epsB, "> 0", "Bob's level splitting 2 eps_B must be positive");
        if (kappa.Sign <= 0) throw new ParameterOutOfRangeException("kappa", kappa, "> 0", "the coupling's sign is a local gauge; zero coupling has no QET");
        EpsA = epsA;
        EpsB = epsB;
        Kappa = kappa;
    }

    /// <summary>H_A = eps_A sz_A, H_B = eps_B sz_B, V = 2 kappa sx_A sx_B (no constant offsets).</summary>
    public QetHamiltonian<ComplexRational> Hamiltonian => new(
        QetOperators.OnAlice(Pauli.Z).Scale(EpsA),
        QetOperators.OnBob(Pauli.Z).Scale(EpsB),
        Pauli.X.Kron(Pauli.X).Scale(2 * Kappa));

    /// <summary>The analytic spectrum: parity blocks {|00&gt;,|11&gt;} and {|01&gt;,|10&gt;} of the X-shaped H.</summary>
    public EnergyEigenbasis Eigenbasis => EnergyEigenbasis.OfXShaped(EpsA + EpsB, EpsA - EpsB, 2 * Kappa, Rational.Zero);
}
