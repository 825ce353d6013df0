using System.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Hierarchical equations of motion for a d-level system coupled to independent bosonic baths through Hermitian
/// operators Q_k (H_I = sum_k Q_k X_k), each bath correlation C_k(t) = sum_m c_m e^{-nu_m t} plus a white-noise
/// terminator Delta_k. Scaled ADOs r_n = rho_n / sqrt(prod_m n_m! |c_m|^{n_m}) obey
/// d r_n/dt = -i[H, r_n] - sum_m n_m nu_m r_n - sum_k Delta_k [Q_k, [Q_k, r_n]]
///            - i sum_m sqrt((n_m + 1)|c_m|) [Q_k(m), r_{n+e_m}] - i sum_m sqrt(n_m/|c_m|)(c_m Q r_{n-e_m} - c_m^* r_{n-e_m} Q),
/// truncated at |n| = L. The physical first tier is sigma_k = Tr_B(X_k rho_tot) = sum_{m in k} sqrt|c_m| r_{e_m}.
/// Double precision. Tanimura, Phys. Rev. A 41, 6676 (1990); Ishizaki and Tanimura, J. Phys. Soc. Jpn. 74, 3131 (2005).
/// Seed 001_8d968b41aa3feca2.txt, Sec. IV (refs. 32-34).
/// </summary>
public sealed class HeomGenerator
{
    /// <summary>A sparse d x d matrix as (row, column, value) triples.</summary>
    private sealed record Sparse(int Dim, (int I, int J, Complex V)[] Entries)
    {
        public static Sparse Of(Complex[,] m)
        {
            int d = m.GetLength(0);
            var list = new List<(int, int, Complex)>();
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    if (m[i, j] != Complex.Zero) list.Add((i, j, m[i, j]));
            return new Sparse(d, [.. list]);
        }

        /// <summary>acc += f * (this * x) where x is a d x d block at offset xo.</summary>
        public void LeftMultiplyAdd(Complex f, Complex[] x, int xo, Complex[] acc, int ao)
        {
            int d = Dim;
            foreach (var (i, l, v) in Entries)
            {
                var fv = f * v;
                for (int j = 0; j < d; j++) acc[ao + i * d + j] += fv * x[xo + l * d + j];
            }
        }

        /// <summary>acc += f * (x * this).</summary>
        public void RightMultiplyAdd(Complex f, Complex[] x, int xo, Complex[] acc, int ao)
        {
            int d = Dim;
            foreach (var (l, j, v) in Entries)
            {
                var fv = f * v;
                for (int i = 0; i < d; i++) acc[ao + i * d + j] += fv * x[xo + i * d + l];
            }
        }
    }

    private readonly Sparse h;
    private readonly Sparse[] q;
    private readonly double[] terminator;
    private readonly int[] bathOfMode;
    private readonly Complex[] c;
    private readonly double[] nu;
    private readonly double[][] upCoefficient;   // [mode][n_m]: sqrt((n_m + 1)|c_m|)
    private readonly double[][] downCoefficient; // [mode][n_m]: sqrt(n_m/|c_m|)
    private readonly double[] damping;           // sum_m n_m nu_m per ADO
    private readonly Complex[] scratch;

    public int Dimension { get; }
    public AdoHierarchy Hierarchy { get; }
    public Complex[,] Hamiltonian { get; }
    public IReadOnlyList<Complex[,]> Couplings { get; }

    /// <summary>Modes are listed bath after bath: bath k contributes exponents[k] (c_m, nu_m).</summary>
    public HeomGenerator(Complex[,] hamiltonian, IReadOnlyList<Complex[,]> couplings,
        IReadOnlyList<(Complex[] C, double[] Nu)> exponents, IReadOnlyList<double> terminators, int depth)
    {
        int d = hamiltonian.GetLength(0);
        if (couplings.Count != exponents.Count || couplings.Count != terminators.Count)
            throw new ArgumentException("One coupling operator, one exponent list and one terminator per bath.");
        Dimension = d;
        Hamiltonian = hamiltonian;
        Couplings = couplings;
        h = Sparse.Of(hamiltonian);
        q = couplings.Select(Sparse.Of).ToArray();
        terminator = [.. terminators];
        var bathList = new List<int>();
        var cList = new List<Complex>();
        var nuList = new List<double>();
        for (int k = 0; k < exponents.Count; k++)
            for (int m = 0; m < exponents[k].C.Length; m++)
            {
                bathList.Add(k);
                cList.Add(exponents[k].C[m]);
                nuList.Add(exponents[k].Nu[m]);
                if (!(exponents[k].Nu[m] > 0)) throw new ParameterOutOfRangeException("nu", exponents[k].Nu[m], "> 0", "decay rate of a correlation mode");
            }
        bathOfMode = [.. bathList];
        c = [.. cList];
        nu = [.. nuList];
        Hierarchy = new AdoHierarchy(c.Length, depth);
        upCoefficient = new double[c.Length][];
        downCoefficient = new double[c.Length][];
        for (int m = 0; m < c.Length; m++)
        {
            double a = c[m].Magnitude;
            upCoefficient[m] = Enumerable.Range(0, depth + 1).Select(n => Math.Sqrt((n + 1) * a)).ToArray();
            downCoefficient[m] = Enumerable.Range(0, depth + 1).Select(n => a > 0 ? Math.Sqrt(n / a) : 0).ToArray();
        }
        damping = Hierarchy.Indices.Select(n => n.Select((k, m) => k * nu[m]).Sum()).ToArray();
        scratch = new Complex[d * d];
    }

    /// <summary>Largest ADO damping sum_m n_m nu_m: classical RK4 is stable only for dt times this below about 2.785.</summary>
    public double MaxDamping => damping.Max();

    /// <summary>Number of complex entries of the hierarchy state (ADOs x d^2).</summary>
    public int StateLength => Hierarchy.Count * Dimension * Dimension;

    /// <summary>A generator with the same baths and hierarchy but another system Hamiltonian.</summary>
    public HeomGenerator WithHamiltonian(Complex[,] hamiltonian) =>
        new(hamiltonian, Couplings, Enumerable.Range(0, q.Length).Select(k => Exponents(k)).ToList(), terminator, Hierarchy.Depth);

    private (Complex[] C, double[] Nu) Exponents(int bath)
    {
        var modes = Enumerable.Range(0, c.Length).Where(m => bathOfMode[m] == bath).ToArray();
        return (modes.Select(m => c[m]).ToArray(), modes.Select(m => nu[m]).ToArray());
    }

    /// <summary>dy = L y for the whole hierarchy.</summary>
    public void Apply(Complex[] y, Complex[] dy)
    {
        int d = Dimension, d2 = d * d;
        var minusI = -Complex.ImaginaryOne;
        Array.Clear(dy);
        for (int a = 0; a < Hierarchy.Count; a++)
        {
            int o = a * d2;
            var n = Hierarchy.Indices[a];
            h.LeftMultiplyAdd(minusI, y, o, dy, o);
            h.RightMultiplyAdd(Complex.ImaginaryOne, y, o, dy, o);
            double g = damping[a];
            if (g != 0) for (int i = 0; i < d2; i++) dy[o + i] -= g * y[o + i];
            for (int k = 0; k < q.Length; k++)
            {
                // u = sum_m coefficient r_{n+e_m} - i Delta_k [Q_k, r_n]; then dy += -i [Q_k, u].
                Array.Clear(scratch);
                if (terminator[k] != 0)
                {
                    var f = new Complex(0, -terminator[k]);
                    q[k].LeftMultiplyAdd(f, y, o, scratch, 0);
                    q[k].RightMultiplyAdd(-f, y, o, scratch, 0);
                }
                bool anyUpper = terminator[k] != 0;
                for (int m = 0; m < c.Length; m++)
                {
                    if (bathOfMode[m] != k) continue;
                    int u = Hierarchy.Up(a, m);
                    if (u >= 0)
                    {
                        double cu = upCoefficient[m][n[m]];
                        if (cu != 0)
                        {
                            anyUpper = true;
                            int uo = u * d2;
                            for (int i = 0; i < d2; i++) scratch[i] += cu * y[uo + i];
                        }
                    }
                    int dn = Hierarchy.Down(a, m);
                    if (dn >= 0 && downCoefficient[m][n[m]] != 0)
                    {
                        // -i sqrt(n_m/|c_m|) (c_m Q r - c_m^* r Q): accumulate Q-left and Q-right parts separately.
                        double cd = downCoefficient[m][n[m]];
                        int lo = dn * d2;
                        q[k].LeftMultiplyAdd(minusI * cd * c[m], y, lo, dy, o);
                        q[k].RightMultiplyAdd(Complex.ImaginaryOne * cd * Complex.Conjugate(c[m]), y, lo, dy, o);
                    }
                }
                if (anyUpper)
                {
                    q[k].LeftMultiplyAdd(minusI, scratch, 0, dy, o);
                    q[k].RightMultiplyAdd(Complex.ImaginaryOne, scratch, 0, dy, o);
                }
            }
        }
    }

    /// <summary>sigma_k = Tr_B(X_k rho_tot) = sum_{m in k} sqrt|c_m| r_{e_m}, a d x d block.</summary>
    public Complex[] FirstTier(Complex[] y, int bath)
    {
        int d2 = Dimension * Dimension;
        var s = new Complex[d2];
        for (int m = 0; m < c.Length; m++)
        {
            if (bathOfMode[m] != bath) continue;
            var e = new int[c.Length];
            e[m] = 1;
            int idx = Hierarchy.IndexOf(e);
            if (idx < 0) continue;
            double f = Math.Sqrt(c[m].Magnitude);
            for (int i = 0; i < d2; i++) s[i] += f * y[idx * d2 + i];
        }
        return s;
    }

    /// <summary>
    /// Energy flowing from bath k into the system per unit time, seen from the system:
    /// J_k = Tr(H (-i[Q_k, sigma_k] - Delta_k [Q_k, [Q_k, rho]])), the bath-k part of d&lt;H&gt;/dt.
    /// </summary>
    public double SystemHeatCurrent(Complex[] y, int bath)
    {
        int d = Dimension, d2 = d * d;
        var sigma = FirstTier(y, bath);
        var u = new Complex[d2];
        var f = new Complex(0, -terminator[bath]);
        q[bath].LeftMultiplyAdd(f, y, 0, u, 0);
        q[bath].RightMultiplyAdd(-f, y, 0, u, 0);
        for (int i = 0; i < d2; i++) u[i] += sigma[i];
        var rate = new Complex[d2];
        q[bath].LeftMultiplyAdd(-Complex.ImaginaryOne, u, 0, rate, 0);
        q[bath].RightMultiplyAdd(Complex.ImaginaryOne, u, 0, rate, 0);
        return TraceProduct(Hamiltonian, rate, d).Real;
    }

    /// <summary>&lt;Q_k X_k&gt; = Re Tr(Q_k sigma_k) (the terminator adds Tr(Q[Q, rho]) = 0).</summary>
    public double InteractionEnergy(Complex[] y, int bath) => TraceProduct(Couplings[bath], FirstTier(y, bath), Dimension).Real;

    private static Complex TraceProduct(Complex[,] a, Complex[] b, int d)
    {
        Complex t = 0;
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) t += a[i, j] * b[j * d + i];
        return t;
    }
}
