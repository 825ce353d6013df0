using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>The system Hamiltonian of the two dots and its interdot tunnel part.</summary>
public static class DotHamiltonian
{
    /// <summary>
    /// H_S = eps_up n_up + eps_down n_down + eps_R n_R + gamma c_down^dagger c_R + gamma^* c_down c_R^dagger + J n_down n_R + U n_up n_down.
    /// Seed 004_a075f79c977e5cdb.txt, Eq. 9.
    /// </summary>
    public static Matrix<ComplexRational> Of(SpintronicParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var nUp = FockSpace.Number(Mode.Up);
        var nDown = FockSpace.Number(Mode.Down);
        var nR = FockSpace.Number(Mode.R);
        return new ComplexRational(p.EpsilonUp) * nUp
               + new ComplexRational(p.EpsilonDown) * nDown
               + new ComplexRational(p.EpsilonR) * nR
               + TunnelOperator(p.Gamma)
               + new ComplexRational(p.J) * (nDown * nR)
               + new ComplexRational(p.U) * (nUp * nDown);
    }

    /// <summary>C = gamma c_down^dagger c_R + gamma^* c_R^dagger c_down, the interdot tunnel operator. Seed 004_a075f79c977e5cdb.txt, Eq. 16.</summary>
    public static Matrix<ComplexRational> TunnelOperator(ComplexRational gamma)
    {
        var hop = FockSpace.Creation(Mode.Down) * FockSpace.Annihilation(Mode.R);
        return gamma * hop + gamma.Conjugate() * hop.Adjoint();
    }

    /// <summary>The diagonal of H_S in the basis of Eq. 14 (the energies of the separated states). Seed 004_a075f79c977e5cdb.txt, Eq. 9.</summary>
    public static Rational[] DiagonalEnergies(SpintronicParameters p)
    {
        var h = Of(p);
        return Enumerable.Range(0, FockSpace.Dimension).Select(i => h[i, i].Re).ToArray();
    }
}
