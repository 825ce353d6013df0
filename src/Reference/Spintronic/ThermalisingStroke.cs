using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// The thermalising stroke e^(L tau) of Eq. 12 on the 12 block coordinates of rho (Eq. 14), to a stated precision.
/// <para>
/// Method: X = L tau / 2^s with ||X||_inf &lt;= 1/2, e^X by <see cref="MatrixExponential.Of"/> at digits + g, then s
/// squarings at digits + g. The squarings are stable here because every F_k = e^(L tau 2^(k-s)) is a completely
/// positive trace-preserving map: ||F_k X||_2 &lt;= ||F_k X||_1 &lt;= ||X||_1 &lt;= sqrt(8) ||X||_2, so on the 12 orthonormal
/// matrix-unit coordinates ||F_k||_inf &lt;= sqrt(12) sqrt(8) &lt; 10, and an error E_k grows at most as
/// E_(k+1) &lt;= 2 ||F_k|| E_k + E_k^2: a factor below 20 (1.30 decimal digits) per squaring. The guard
/// g = ceil(s log10(2 sqrt(8 * 12))) + 10 covers it, where <see cref="MatrixExponential.Of"/> applied to L tau directly would need
/// about 0.87 ||L tau|| guard digits (thousands for gamma = U = 1000). On all 64 coordinates (<see cref="FullPropagator"/>)
/// the same argument gives ||F_k||_inf &lt;= sqrt(64) sqrt(8), so in general g = ceil(s log10(2 sqrt(8 n))) + 10 for n coordinates.
/// </para>
/// Seed 004_a075f79c977e5cdb.txt, Eq. 12 and Sec. II C 2 (stroke of duration tau).
/// </summary>
public sealed class ThermalisingStroke
{
    /// <summary>e^(L tau) restricted to the block coordinates (12x12).</summary>
    public Matrix<BigComplex> Block { get; }
    public SpintronicParameters Parameters { get; }
    public Rational Tau { get; }
    public int Digits { get; }

    private ThermalisingStroke(Matrix<BigComplex> block, SpintronicParameters p, Rational tau, int digits)
    {
        Block = block;
        Parameters = p;
        Tau = tau;
        Digits = digits;
    }

    /// <summary>The stroke of duration <paramref name="tau"/> (in hbar/meV) at <paramref name="digits"/> significant digits.</summary>
    public static ThermalisingStroke Of(SpintronicParameters p, Rational tau, int digits)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (tau.Sign <= 0) throw new ParameterOutOfRangeException("tau", tau, "> 0", "the stroke duration must be positive");
        Precision.RequireValid(digits, nameof(digits));
        var generator = MasterEquation.BlockGenerator(p);
        return new ThermalisingStroke(Exponentiate(generator, tau, digits), p, tau, digits);
    }

    /// <summary>e^(L tau) for a generator of a CPTP semigroup on orthonormal matrix-unit coordinates of an 8-level system (see class remarks).</summary>
    internal static Matrix<BigComplex> Exponentiate(Matrix<ComplexRational> generator, Rational tau, int digits)
    {
        var a = new ComplexRational(tau) * generator;
        double norm = 0;
        for (int i = 0; i < a.Rows; i++)
        {
            double row = 0;
            for (int j = 0; j < a.Cols; j++) row += Math.Abs(a[i, j].Re.ToDouble()) + Math.Abs(a[i, j].Im.ToDouble());
            norm = Math.Max(norm, row);
        }
        norm *= 1 + 1e-10;
        int s = norm <= 0.5 ? 0 : (int)Math.Ceiling(Math.Log2(norm / 0.5));
        int guard = (int)Math.Ceiling(s * Math.Log10(2 * Math.Sqrt(8.0 * a.Rows))) + 10;
        int w = digits + guard;
        var x = new ComplexRational(new Rational(1, System.Numerics.BigInteger.Pow(2, s))) * a;
        var f = MatrixExponential.Of(HighPrecision.ToBig(x, w), w);
        for (int k = 0; k < s; k++) f = f * f;
        return f.Map(z => z.WithDigits(digits));
    }

    /// <summary>rho(tau^-) from rho(0^+), both given by their 12 block coordinates.</summary>
    public BigComplex[] Apply(IReadOnlyList<BigComplex> coordinates)
    {
        var result = new BigComplex[BlockSubspace.Size];
        for (int i = 0; i < BlockSubspace.Size; i++)
        {
            var sum = BigComplex.Zero;
            for (int j = 0; j < BlockSubspace.Size; j++) sum += Block[i, j] * coordinates[j];
            result[i] = sum;
        }
        return result;
    }

    /// <summary>
    /// e^(L tau) on all 64 vec coordinates, assembled from the block and from the complement (exponentiated the same way).
    /// Seed 004_a075f79c977e5cdb.txt, Eq. 12.
    /// </summary>
    public static Matrix<BigComplex> FullPropagator(SpintronicParameters p, Rational tau, int digits) =>
        Exponentiate(MasterEquation.Generator(p), tau, digits);
}
