using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;
using QTherm.Reference.Spintronic;
using Gen = FsCheck.Fluent.Gen;
using M = QTherm.Reference.Numerics.Matrix<QTherm.Reference.Numerics.ComplexRational>;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>Random rational model parameters and density matrices for the spintronic properties.</summary>
public static class SpintronicGenerators
{
    /// <summary>Energies in [-6, 6] and rates in [0, 4] (quarters), gamma complex; both readings of the bosonic rates.</summary>
    public static Gen<SpintronicParameters> Parameters { get; } =
        Gen.Zip(Gen.ArrayOf(Gen.Choose(-24, 24), 7), Gen.ArrayOf(Gen.Choose(0, 16), 6)).Select(t =>
        {
            var (e, r) = t;
            Rational Q(int n) => new(n, 4);
            return new SpintronicParameters(Q(e[0]), Q(e[1]), Q(e[2]), Q(e[3]), Q(e[4]), new ComplexRational(Q(e[5]), Q(e[6])),
                Q(r[0] + 1), Q(r[1]), Q(r[2] + 1), Q(r[3]), Q(r[4]), Q(r[5]), e[0] % 2 == 0 ? BosonReading.AsWritten : BosonReading.PlusPumps);
        });

    /// <summary>rho = A A^dagger / Tr(A A^dagger) for a random 8x8 complex-rational A (a generic full-rank state).</summary>
    public static Gen<M> DensityMatrix { get; } =
        Gen.ArrayOf(Gen.Zip(Gen.Choose(-3, 3), Gen.Choose(-3, 3)), 64)
            .Where(a => a.Any(z => z.Item1 != 0 || z.Item2 != 0))
            .Select(a =>
            {
                var m = M.Create(8, 8, (i, j) => new ComplexRational(a[i * 8 + j].Item1, a[i * 8 + j].Item2));
                var rho = m * m.Adjoint();
                return (ComplexRational.One / rho.Trace()) * rho;
            });
}
