using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>The three fermionic modes of Eq. 9: the left dot's spin up and spin down levels and the right dot's spin down level.</summary>
public enum Mode
{
    Up,
    Down,
    R,
}

/// <summary>
/// The 8-dimensional Fock space of the modes (up, down, R) in the basis of Eq. 14, |i&gt; with i = 4 n_down + 2 n_up + n_R:
/// |0&gt;=|00&gt;, |1&gt;=|0 down&gt;, |2&gt;=|up 0&gt;, |3&gt;=|up down&gt;, |4&gt;=|down 0&gt;, |5&gt;=|down down&gt;, |6&gt;=|2 0&gt;, |7&gt;=|2 down&gt;.
/// Jordan-Wigner string order (up, down, R): |n_down n_up n_R&gt; = (c_up^dagger)^n_up (c_down^dagger)^n_down (c_R^dagger)^n_R |vac&gt;,
/// so c_m carries the sign (-1)^(occupations of the modes before m in that order). With this order both interdot hops
/// &lt;4|c_down^dagger c_R|1&gt; and &lt;6|c_down^dagger c_R|3&gt; are +1, which is the sign pattern of Eq. 16.
/// Seed 004_a075f79c977e5cdb.txt, Eq. 14.
/// </summary>
public static class FockSpace
{
    public const int Dimension = 8;

    /// <summary>The occupation (0 or 1) of <paramref name="mode"/> in basis state |i&gt; of Eq. 14.</summary>
    public static int Occupation(int i, Mode mode) => mode switch
    {
        Mode.Down => (i >> 2) & 1,
        Mode.Up => (i >> 1) & 1,
        _ => i & 1,
    };

    private static int Bit(Mode mode) => mode switch { Mode.Down => 4, Mode.Up => 2, _ => 1 };

    private static int StringSign(int i, Mode mode)
    {
        int before = mode switch
        {
            Mode.Up => 0,
            Mode.Down => Occupation(i, Mode.Up),
            _ => Occupation(i, Mode.Up) + Occupation(i, Mode.Down),
        };
        return before % 2 == 0 ? 1 : -1;
    }

    /// <summary>The annihilation operator c_m with its Jordan-Wigner sign. Seed 004_a075f79c977e5cdb.txt, Eq. 9.</summary>
    public static Matrix<ComplexRational> Annihilation(Mode mode)
    {
        var entries = new ComplexRational[Dimension * Dimension];
        for (int i = 0; i < Dimension; i++)
        {
            if (Occupation(i, mode) == 0) continue;
            int j = i - Bit(mode);
            entries[j * Dimension + i] = new ComplexRational(StringSign(i, mode));
        }
        return Matrix<ComplexRational>.FromRowMajor(Dimension, Dimension, entries);
    }

    /// <summary>The creation operator c_m^dagger.</summary>
    public static Matrix<ComplexRational> Creation(Mode mode) => Annihilation(mode).Adjoint();

    /// <summary>The number operator n_m = c_m^dagger c_m.</summary>
    public static Matrix<ComplexRational> Number(Mode mode) => Creation(mode) * Annihilation(mode);

    /// <summary>|i&gt;&lt;i| in the basis of Eq. 14.</summary>
    public static Matrix<ComplexRational> BasisProjector(int i) => Matrix<ComplexRational>.Unit(Dimension, i, i);
}
