using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using Xunit;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>The three Jordan-Wigner modes obey the canonical anticommutation relations; the basis is that of Eq. 14.</summary>
public class FockSpaceTests
{
    private static readonly Mode[] Modes = [Mode.Up, Mode.Down, Mode.R];

    [Fact]
    public void ModesObeyCanonicalAnticommutationRelations()
    {
        var identity = M.Identity(8);
        var zero = M.Zero(8, 8);
        foreach (var a in Modes)
            foreach (var b in Modes)
            {
                var ca = FockSpace.Annihilation(a);
                var cb = FockSpace.Annihilation(b);
                Assert.Equal(a == b ? identity : zero, M.Anticommutator(ca, cb.Adjoint()));
                Assert.Equal(zero, M.Anticommutator(ca, cb));
            }
    }

    [Fact]
    public void BasisIsThatOfEquation14()
    {
        // |1> = |0 down>, |2> = |up 0>, |3> = |up down>, |4> = |down 0>, |6> = |2 0>: (n_up, n_down, n_R).
        (int Up, int Down, int R)[] expected = [(0, 0, 0), (0, 0, 1), (1, 0, 0), (1, 0, 1), (0, 1, 0), (0, 1, 1), (1, 1, 0), (1, 1, 1)];
        for (int i = 0; i < 8; i++)
        {
            Assert.Equal(expected[i].Up, FockSpace.Occupation(i, Mode.Up));
            Assert.Equal(expected[i].Down, FockSpace.Occupation(i, Mode.Down));
            Assert.Equal(expected[i].R, FockSpace.Occupation(i, Mode.R));
            Assert.Equal(new ComplexRational(expected[i].Up), FockSpace.Number(Mode.Up)[i, i]);
        }
        // The interdot hop has the sign pattern of Eq. 16: <4|c_down^dagger c_R|1> = <6|c_down^dagger c_R|3> = +1.
        var hop = FockSpace.Creation(Mode.Down) * FockSpace.Annihilation(Mode.R);
        Assert.Equal(ComplexRational.One, hop[4, 1]);
        Assert.Equal(ComplexRational.One, hop[6, 3]);
    }
}
