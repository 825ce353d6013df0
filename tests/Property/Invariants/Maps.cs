using QTherm.Reference.Numerics;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Invariants;

/// <summary>
/// Exact channels and generators for the tests. Superoperators are built here by applying the map to the basis
/// operators |i&gt;&lt;j| (column j n + i is vec Phi(|i&gt;&lt;j|)), independently of the library's Kronecker formulas.
/// </summary>
public static class Maps
{
    private static ComplexRational Q(Rational r) => new(r);

    /// <summary>The superoperator of <paramref name="map"/> on n x n operators, column stacking.</summary>
    public static M SuperoperatorOf(Func<M, M> map, int n)
    {
        var columns = new M[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                columns[j * n + i] = map(M.Unit(n, i, j)).VecColumns();
        return M.Create(n * n, n * n, (r, c) => columns[c][r, 0]);
    }

    public static M Apply(IReadOnlyList<M> kraus, M rho) =>
        kraus.Aggregate(M.Zero(rho.Rows, rho.Cols), (sum, k) => sum + k * rho * k.Adjoint());

    /// <summary>Amplitude damping with sqrt(1 - gamma) = (1 - t^2)/(1 + t^2), sqrt(gamma) = 2t/(1 + t^2) (both rational).</summary>
    public static M[] AmplitudeDamping(Rational t)
    {
        var d = 1 + t * t;
        return
        [
            M.Diagonal(1, Q((1 - t * t) / d)),
            M.FromRows([0, Q(2 * t / d)], [0, 0]),
        ];
    }

    /// <summary>Depolarising Kraus set a I, b X, b Y, b Z with a = (3t^2 - 1)/(3t^2 + 1), b = 2t/(3t^2 + 1), a^2 + 3 b^2 = 1.</summary>
    public static M[] Depolarising(Rational t)
    {
        var d = 3 * t * t + 1;
        var a = Q((3 * t * t - 1) / d);
        var b = Q(2 * t / d);
        return [a * Pauli.Identity, b * Pauli.X, b * Pauli.Y, b * Pauli.Z];
    }

    /// <summary>-i[H, X] + sum_k (L_k X L_k^dagger - anticommutatorFactor {L_k^dagger L_k, X}) times dissipatorSign.</summary>
    public static Func<M, M> LindbladMap(M h, IReadOnlyList<M> jumps, int dissipatorSign = 1, Rational? anticommutatorFactor = null)
    {
        var factor = Q(anticommutatorFactor ?? Rational.Half);
        return x =>
        {
            var result = -ComplexRational.I * M.Commutator(h, x);
            foreach (var l in jumps)
            {
                var d = l * x * l.Adjoint() - factor * M.Anticommutator(l.Adjoint() * l, x);
                result += new ComplexRational(dissipatorSign) * d;
            }
            return result;
        };
    }
}
