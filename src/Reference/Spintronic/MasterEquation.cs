using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>The Lindblad master equation of the two dots coupled to the leads and the bosonic bath.</summary>
public static class MasterEquation
{
    /// <summary>
    /// The six channels of Eq. 12 exactly as printed: T_L^- D[c_up^dagger], T_L^+ D[c_up], T_R^- D[c_R^dagger], T_R^+ D[c_R],
    /// then Lambda^- D[c_down^dagger c_up] and Lambda^+ D[c_up^dagger c_down] (swapped under <see cref="BosonReading.PlusPumps"/>).
    /// Seed 004_a075f79c977e5cdb.txt, Eq. 12.
    /// </summary>
    public static IReadOnlyList<JumpOperator> Jumps(SpintronicParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var flipUpToDown = FockSpace.Creation(Mode.Down) * FockSpace.Annihilation(Mode.Up);
        var flipDownToUp = FockSpace.Creation(Mode.Up) * FockSpace.Annihilation(Mode.Down);
        var (rateUpToDown, rateDownToUp) = p.Reading == BosonReading.AsWritten
            ? (p.LambdaMinus, p.LambdaPlus)
            : (p.LambdaPlus, p.LambdaMinus);
        return
        [
            new JumpOperator(p.TLMinus, FockSpace.Creation(Mode.Up)),
            new JumpOperator(p.TLPlus, FockSpace.Annihilation(Mode.Up)),
            new JumpOperator(p.TRMinus, FockSpace.Creation(Mode.R)),
            new JumpOperator(p.TRPlus, FockSpace.Annihilation(Mode.R)),
            new JumpOperator(rateUpToDown, flipUpToDown),
            new JumpOperator(rateDownToUp, flipDownToUp),
        ];
    }

    /// <summary>The 64x64 generator L with vec(d rho/dt) = L vec(rho) (column stacking). Seed 004_a075f79c977e5cdb.txt, Eq. 12.</summary>
    public static Matrix<ComplexRational> Generator(SpintronicParameters p) =>
        LindbladGenerator.Of(DotHamiltonian.Of(p), Jumps(p));

    /// <summary>d rho/dt of Eq. 12 applied directly to a density matrix. Seed 004_a075f79c977e5cdb.txt, Eq. 12.</summary>
    public static Matrix<ComplexRational> RightHandSide(SpintronicParameters p, Matrix<ComplexRational> rho) =>
        LindbladGenerator.Apply(DotHamiltonian.Of(p), Jumps(p), rho);

    /// <summary>
    /// The generator restricted to the invariant block subspace of <see cref="BlockSubspace"/> (12x12), read off the
    /// 64x64 generator after checking exactly that it has no entry coupling the block to its complement.
    /// Seed 004_a075f79c977e5cdb.txt, form of rho stated after Eq. 14.
    /// </summary>
    public static Matrix<ComplexRational> BlockGenerator(SpintronicParameters p)
    {
        var full = Generator(p);
        if (!BlockSubspace.DecouplesFromComplement(full))
            throw new InvalidOperationException("The generator couples the block form of rho (after Eq. 14) to its complement.");
        return BlockSubspace.Restrict(full);
    }
}
