using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>One energy level: its energy and the projector onto it.</summary>
public sealed record EnergyLevel<T, TEnergy>(TEnergy Energy, Matrix<T> Projector) where T : struct, IField<T>;

/// <summary>
/// The analytic eigenbasis of an X-shaped two-qubit Hamiltonian
/// H = sqrt(q) + a (|00&gt;&lt;00| - |11&gt;&lt;11|) + b (|01&gt;&lt;01| - |10&gt;&lt;10|) + c (|00&gt;&lt;11| + |01&gt;&lt;10| + h.c.):
/// in each parity block M (with M^2 = r^2) the projector onto eigenvalue sigma r is (M + sigma r)/(2 sigma r).
/// Energies sqrt(q) +- sqrt(a^2 + c^2), sqrt(q) +- sqrt(b^2 + c^2). Seed 002_3d1265a9cee6337c.txt, Sec. 1.1 (eigenstates |n&gt;).
/// </summary>
public sealed record EnergyEigenbasis(Rational A, Rational B, Rational C, Rational OffsetSquared)
{
    /// <summary>The general model's parity-block form (offset zero).</summary>
    public static EnergyEigenbasis OfXShaped(Rational a, Rational b, Rational c, Rational offsetSquared)
    {
        if (c.IsZero) throw new ArgumentException("The off-diagonal coupling c must be non-zero (else the levels are product states).", nameof(c));
        if (a * a == b * b) throw new ArgumentException("a^2 = b^2 makes two levels degenerate; this basis assumes four distinct levels.", nameof(b));
        if (offsetSquared.Sign < 0) throw new ArgumentException("The offset is sqrt(q) with q >= 0.", nameof(offsetSquared));
        return new EnergyEigenbasis(a, b, c, offsetSquared);
    }

    private (int Block, int Sigma)[] Order()
    {
        // Block 0 = {|00>,|11>} with r0^2 = a^2 + c^2; block 1 = {|01>,|10>} with r1^2 = b^2 + c^2.
        // Stryker disable once Equality : OfXShaped rejects a^2 = b^2, so > and >= agree
        bool block0Wider = A * A > B * B;
        int wide = block0Wider ? 0 : 1, narrow = 1 - wide;
        return [(wide, -1), (narrow, -1), (narrow, +1), (wide, +1)];
    }

    private Rational RadiusSquared(int block) => (block == 0 ? A * A : B * B) + C * C;

    private Matrix<ComplexRational> BlockMatrix(int block)
    {
        var d = block == 0 ? A : B;
        // Basis indices of the block inside |00>,|01>,|10>,|11>.
        var (i, j) = block == 0 ? (0, 3) : (1, 2);
        return Matrix<ComplexRational>.Create(4, 4, (r, s) =>
            r == i && s == i ? d : r == j && s == j ? -d : (r == i && s == j) || (r == j && s == i) ? C : ComplexRational.Zero);
    }

    private static Matrix<ComplexRational> BlockIdentity(int block)
    {
        var (i, j) = block == 0 ? (0, 3) : (1, 2);
        return Matrix<ComplexRational>.Create(4, 4, (r, s) => r == s && (r == i || r == j) ? ComplexRational.One : ComplexRational.Zero);
    }

    /// <summary>The four levels in ascending energy at <paramref name="digits"/> significant digits.</summary>
    public IReadOnlyList<EnergyLevel<BigComplex, BigReal>> Levels(int digits)
    {
        var offset = BigReal.FromRational(OffsetSquared, digits).Sqrt();
        var levels = new List<EnergyLevel<BigComplex, BigReal>>();
        foreach (var (block, sigma) in Order())
        {
            var r = BigReal.FromRational(RadiusSquared(block), digits).Sqrt();
            // Stryker disable once Equality : sigma is +1 or -1, never 0
            var sr = sigma > 0 ? r : -r;
            var m = QetOperators.ToBig(BlockMatrix(block), digits);
            var id = QetOperators.ToBig(BlockIdentity(block), digits);
            var projector = (m + id.Scale(BigComplex.FromReal(sr))).Scale(BigComplex.FromReal(BigReal.One / (sr + sr)));
            levels.Add(new(offset + sr, projector));
        }
        return levels;
    }

    /// <summary>The levels in exact arithmetic when every square root involved is rational.</summary>
    public bool TryExactLevels(out IReadOnlyList<EnergyLevel<ComplexRational, Rational>> levels)
    {
        levels = [];
        if (!ExactSquareRoot.TryOf(OffsetSquared, out var offset)) return false;
        var list = new List<EnergyLevel<ComplexRational, Rational>>();
        foreach (var (block, sigma) in Order())
        {
            if (!ExactSquareRoot.TryOf(RadiusSquared(block), out var r)) return false;
            // Stryker disable once Equality : sigma is +1 or -1, never 0
            var sr = sigma > 0 ? r : -r;
            var projector = (BlockMatrix(block) + BlockIdentity(block).Scale(sr)).Scale(new ComplexRational(1 / (sr + sr)));
            list.Add(new(offset + sr, projector));
        }
        levels = list;
        return true;
    }
}
