using System.Numerics;
using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// e^(L tau) and its time integral G = int_0^tau e^(L s) ds on the 12 block coordinates of rho (Eq. 14), both read off
/// one exponential of the augmented 24x24 generator: exp([[L, 0], [I, 0]] tau) = [[e^(L tau), 0], [G, I]]. The
/// augmented form needs no inverse of L (which has a null space: the steady states). Integrating a linear functional
/// of rho over the stroke is then f . (G x(0)).
/// <para>
/// Method: as <see cref="ThermalisingStroke"/> (scaling by 2^-s, truncated Taylor, s squarings). A squaring maps
/// [[A, 0], [B, I]] to [[A^2, 0], [B A + B, I]], so an error in B grows by at most ||A|| + 1 &lt; 11 plus ||B|| (&lt;= 10 tau on
/// these coordinates) times the error of A, itself growing by at most 20 per squaring (see <see cref="ThermalisingStroke"/>):
/// the guard g = ceil(s log10 22 + log10(1 + 10 tau s)) + 10 digits covers both.
/// </para>
/// Seed 004_a075f79c977e5cdb.txt, Eq. 12 and Sec. II C 2 (thermalising stroke of duration tau).
/// </summary>
public sealed class StrokeTimeIntegral
{
    /// <summary>e^(L tau) on the block coordinates (12x12).</summary>
    public Matrix<BigComplex> Propagator { get; }

    /// <summary>int_0^tau e^(L s) ds on the block coordinates (12x12), in units of hbar/meV.</summary>
    public Matrix<BigComplex> Integral { get; }

    public SpintronicParameters Parameters { get; }
    public Rational Tau { get; }
    public int Digits { get; }

    private StrokeTimeIntegral(Matrix<BigComplex> propagator, Matrix<BigComplex> integral, SpintronicParameters p, Rational tau, int digits)
    {
        Propagator = propagator;
        Integral = integral;
        Parameters = p;
        Tau = tau;
        Digits = digits;
    }

    /// <summary>The stroke of duration <paramref name="tau"/> (hbar/meV) and its time integral at <paramref name="digits"/> digits. Seed 004_a075f79c977e5cdb.txt, Eq. 12.</summary>
    public static StrokeTimeIntegral Of(SpintronicParameters p, Rational tau, int digits)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (tau.Sign <= 0) throw new ParameterOutOfRangeException("tau", tau, "> 0", "the stroke duration must be positive");
        Precision.RequireValid(digits, nameof(digits));
        var l = MasterEquation.BlockGenerator(p);
        const int n = BlockSubspace.Size;
        var tauC = new ComplexRational(tau);
        var augmented = Matrix<ComplexRational>.Create(2 * n, 2 * n, (i, j) =>
            i < n && j < n ? tauC * l[i, j] : i >= n && j < n && i - n == j ? tauC : ComplexRational.Zero);
        double norm = 0;
        for (int i = 0; i < 2 * n; i++)
        {
            double row = 0;
            for (int j = 0; j < 2 * n; j++) row += Math.Abs(augmented[i, j].Re.ToDouble()) + Math.Abs(augmented[i, j].Im.ToDouble());
            norm = Math.Max(norm, row);
        }
        norm *= 1 + 1e-10;
        int s = norm <= 0.5 ? 0 : (int)Math.Ceiling(Math.Log2(norm / 0.5));
        int guard = (int)Math.Ceiling(s * Math.Log10(22) + Math.Log10(1 + 10 * tau.ToDouble() * (s + 1))) + 10;
        int w = digits + guard;
        var x = new ComplexRational(new Rational(1, BigInteger.Pow(2, s))) * augmented;
        var f = MatrixExponential.Of(HighPrecision.ToBig(x, w), w);
        for (int k = 0; k < s; k++) f = f * f;
        var propagator = Matrix<BigComplex>.Create(n, n, (i, j) => f[i, j].WithDigits(digits));
        var integral = Matrix<BigComplex>.Create(n, n, (i, j) => f[n + i, j].WithDigits(digits));
        return new StrokeTimeIntegral(propagator, integral, p, tau, digits);
    }

    /// <summary>int_0^tau rho(s) ds (12 block coordinates) for rho(0^+) given by its block coordinates.</summary>
    public BigComplex[] IntegrateState(IReadOnlyList<BigComplex> coordinates)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        var result = new BigComplex[BlockSubspace.Size];
        for (int i = 0; i < BlockSubspace.Size; i++)
        {
            var sum = BigComplex.Zero;
            for (int j = 0; j < BlockSubspace.Size; j++) sum += Integral[i, j] * coordinates[j];
            result[i] = sum;
        }
        return result;
    }
}
