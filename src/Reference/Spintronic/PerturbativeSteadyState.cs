using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// The perturbative (first order in gamma) steady state of Sec. II E without bosons, parametrised by mu = &lt;n_down(0)&gt;,
/// and the closed forms of Eqs. 24-25; plus the same first-order coherences solved independently by exact linear
/// algebra on the block generator (L_0 rho_1 = -L_1 rho_0).
/// </summary>
public static class PerturbativeSteadyState
{
    /// <summary>mu^c = T_R^- / (T_R^+ + T_R^-). Seed 004_a075f79c977e5cdb.txt, Sec. II E 2 (after Eq. 25).</summary>
    public static Rational CriticalMu(SpintronicParameters p) => p.TRMinus / (p.TRPlus + p.TRMinus);

    /// <summary>beta^mu = mu T_R^+ - (1 - mu) T_R^-. Seed 004_a075f79c977e5cdb.txt, Eq. 22 (definitions).</summary>
    public static Rational Beta(SpintronicParameters p, Rational mu) => mu * p.TRPlus - (1 - mu) * p.TRMinus;

    /// <summary>The zeroth-order populations rho_ii of Eq. 22 (1/alpha = (T_L^+ + T_L^-)(T_R^+ + T_R^-)). Seed 004_a075f79c977e5cdb.txt, Eq. 22.</summary>
    public static Rational[] Populations(SpintronicParameters p, Rational mu)
    {
        RequireNoBosons(p);
        if (mu.Sign < 0 || mu > 1) throw new ParameterOutOfRangeException("mu", mu, "[0, 1]", "mu is the population <n_down>");
        var alpha = 1 / ((p.TLPlus + p.TLMinus) * (p.TRPlus + p.TRMinus));
        Rational[] low =
        [
            alpha * p.TLPlus * p.TRPlus, alpha * p.TLPlus * p.TRMinus, alpha * p.TLMinus * p.TRPlus, alpha * p.TLMinus * p.TRMinus,
        ];
        var rho = new Rational[8];
        for (int k = 0; k < 4; k++)
        {
            rho[k] = (1 - mu) * low[k];
            rho[k + 4] = mu * low[k];
        }
        return rho;
    }

    /// <summary>|det B|^2 = r^2 (r+s)^2 + [(s+2r) Delta + (m+r) U]^2. Seed 004_a075f79c977e5cdb.txt, Eq. 25.</summary>
    public static Rational DetBSquared(SpintronicParameters p)
    {
        var (s, m, r, delta) = Shorthands(p);
        var x = (s + 2 * r) * delta + (m + r) * p.U;
        return r * r * (r + s) * (r + s) + x * x;
    }

    /// <summary>Delta E = beta^mu |gamma|^2 (s+r)^2 (s Delta + m U) / (|det B|^2 s r). Seed 004_a075f79c977e5cdb.txt, Eq. 24.</summary>
    public static Rational DeltaE(SpintronicParameters p, Rational mu)
    {
        RequireNoBosons(p);
        var (s, m, r, delta) = Shorthands(p);
        return Beta(p, mu) * p.Gamma.NormSquared * (s + r) * (s + r) * (s * delta + m * p.U) / (DetBSquared(p) * s * r);
    }

    private static (Rational S, Rational M, Rational R, Rational Delta) Shorthands(SpintronicParameters p) =>
        (p.TLPlus + p.TLMinus, p.TLMinus, (p.TRPlus + p.TRMinus) / 2, p.EpsilonDown - p.EpsilonR);

    /// <summary>
    /// The first-order coherences (rho_14, rho_41, rho_36, rho_63) solved exactly from L_0 rho_1 = -L_1 rho_0 on the block
    /// generator, with rho_0 the populations of Eq. 22; an independent check of Eqs. 22 and 24. Seed 004_a075f79c977e5cdb.txt, Sec. II E.
    /// </summary>
    public static ComplexRational[] FirstOrderCoherences(SpintronicParameters p, Rational mu)
    {
        var rho0 = Populations(p, mu);
        var l0 = MasterEquation.BlockGenerator(p.WithGamma(ComplexRational.Zero));
        var l1 = MasterEquation.BlockGenerator(p) - l0;
        var source = new ComplexRational[4];
        for (int c = 0; c < 4; c++)
        {
            var sum = ComplexRational.Zero;
            for (int k = 0; k < 8; k++) sum += l1[8 + c, k] * rho0[k];
            source[c] = -sum;
        }
        for (int a = 0; a < 4; a++)
            for (int k = 0; k < 8; k++)
                if (!l0[8 + a, k].IsZero) throw new InvalidOperationException("L_0 couples populations into coherences.");
        var l0cc = Matrix<ComplexRational>.Create(4, 4, (a, b) => l0[8 + a, 8 + b]);
        var x = ExactLinearAlgebra.Solve(l0cc, Matrix<ComplexRational>.Column(source));
        return Enumerable.Range(0, 4).Select(a => x[a, 0]).ToArray();
    }

    /// <summary>Delta E to order |gamma|^2 from the exactly solved first-order coherences (Eq. 16 applied to them). Seed 004_a075f79c977e5cdb.txt, Eqs. 16 and 24.</summary>
    public static Rational DeltaEFromFirstOrder(SpintronicParameters p, Rational mu)
    {
        var c = FirstOrderCoherences(p, mu);
        return -2 * (p.Gamma * (c[0] + c[2])).Re;
    }

    private static void RequireNoBosons(SpintronicParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (!p.LambdaPlus.IsZero || !p.LambdaMinus.IsZero)
            throw new ParameterOutOfRangeException("Lambda^+, Lambda^-", $"{p.LambdaPlus}, {p.LambdaMinus}", "0",
                "the perturbative solution of Sec. II E is derived without the bosonic bath");
    }
}
