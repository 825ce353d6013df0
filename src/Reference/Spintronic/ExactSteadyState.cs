using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// The exact steady states of Eq. 12 for rational parameters: the null space of the 64x64 generator in rational
/// arithmetic. <see cref="Multiplicity"/> is its dimension; <see cref="States"/> holds one trace-one density matrix per
/// basis vector when the multiplicity is 1, else the raw basis (not normalised, not necessarily positive).
/// Seed 004_a075f79c977e5cdb.txt, Eq. 12 and Sec. II E (d rho/dt = 0).
/// </summary>
public sealed class ExactSteadyState
{
    public int Multiplicity { get; }
    public IReadOnlyList<Matrix<ComplexRational>> States { get; }

    private ExactSteadyState(IReadOnlyList<Matrix<ComplexRational>> states)
    {
        Multiplicity = states.Count;
        States = states;
    }

    /// <summary>The null space of the full 64x64 generator. Seed 004_a075f79c977e5cdb.txt, Eq. 12.</summary>
    public static ExactSteadyState Of(SpintronicParameters p)
    {
        var basis = ExactLinearAlgebra.NullSpace(MasterEquation.Generator(p));
        var states = basis.Select(v => Matrix<ComplexRational>.UnvecColumns(v, FockSpace.Dimension, FockSpace.Dimension)).ToList();
        if (states.Count == 1) states[0] = (ComplexRational.One / states[0].Trace()) * states[0];
        return new ExactSteadyState(states);
    }

    /// <summary>The null space of the 12x12 block generator only (same states when the steady state lies in the block). Seed 004_a075f79c977e5cdb.txt, Eq. 14.</summary>
    public static ExactSteadyState OfBlock(SpintronicParameters p)
    {
        var basis = ExactLinearAlgebra.NullSpace(MasterEquation.BlockGenerator(p));
        var states = basis.Select(v => BlockSubspace.Embed(Enumerable.Range(0, BlockSubspace.Size).Select(k => v[k, 0]).ToArray())).ToList();
        if (states.Count == 1) states[0] = (ComplexRational.One / states[0].Trace()) * states[0];
        return new ExactSteadyState(states);
    }

    /// <summary>The unique steady state; throws when the multiplicity is not 1.</summary>
    public Matrix<ComplexRational> Unique => Multiplicity == 1 ? States[0]
        : throw new InvalidOperationException($"The steady state is not unique (null space of dimension {Multiplicity}).");
}
