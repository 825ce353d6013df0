using System.Numerics;
using QTherm.Reference.Numerics;
using Xunit;

namespace QTherm.Tests.Property.Numerics;

/// <summary>
/// The internal fixed-point and block-floating kernels behind BigReal, MatrixExponential and HermitianEigensystem,
/// checked against their stated contracts on inputs whose exact answers are known.
/// </summary>
public class FixedPointKernelTests
{
    [Fact]
    public void IntegerSquareRootIsTheFloorOfTheSquareRoot()
    {
        var cases = new (BigInteger N, BigInteger Root)[]
        {
            (0, 0), (1, 1), (2, 1), (3, 1), (4, 2), (8, 2), (9, 3), (15, 3), (16, 4),
            ((BigInteger.One << 200) - 1, (BigInteger.One << 100) - 1), (BigInteger.One << 200, BigInteger.One << 100),
            (BigInteger.Pow(10, 80), BigInteger.Pow(10, 40)), (BigInteger.Pow(10, 80) - 1, BigInteger.Pow(10, 40) - 1),
        };
        foreach (var (n, root) in cases) Assert.Equal(root, FixedPointSeries.ISqrt(n));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FixedPointSeries.ISqrt(-1));
        Assert.Equal("n", e.ParamName);
        Assert.Contains("negative", e.Message);
    }

    [Fact]
    public void FloorDivisionRoundsTowardMinusInfinity()
    {
        Assert.Equal(3, FixedPointSeries.FloorDiv(7, 2));
        Assert.Equal(-4, FixedPointSeries.FloorDiv(-7, 2));
        Assert.Equal(3, FixedPointSeries.FloorDiv(6, 2));
        Assert.Equal(-3, FixedPointSeries.FloorDiv(-6, 2));
        Assert.Equal(0, FixedPointSeries.FloorDiv(0, 5));
        Assert.Equal(-1, FixedPointSeries.FloorDiv(-1, 5));
    }

    // floor(e^(p/q) 2^f) from the exact Taylor series sum_k (p/q)^k / k! (tail below 2^-20 units for K = 80, |p/q| <= 1).
    private static BigInteger ExactExp(int p, int q, int f)
    {
        BigInteger num = 0, den = 1, termNum = 1, termDen = 1;
        for (int k = 0; k <= 80; k++)
        {
            if (k > 0) { termNum *= p; termDen *= (BigInteger)q * k; }
            num = num * termDen + termNum * den;
            den *= termDen;
        }
        return FixedPointSeries.FloorDiv(num << f, den);
    }

    [Fact]
    public void ExpKernelIsWithinAFewUnitsOfTheExactSeries()
    {
        // Contract: exp(r) 2^F with an error of a few units for |r| <= 1.
        foreach (int f in new[] { 60, 120, 200 })
            foreach (var (p, q) in new[] { (1, 1), (-1, 1), (1, 2), (-3, 4), (1, 1024) })
            {
                var r = (BigInteger.One << f) * p / q;
                Assert.Equal(0, (BigInteger.One << f) * p % q); // r is exact
                var diff = BigInteger.Abs(FixedPointSeries.Exp(r, f) - ExactExp(p, q, f));
                Assert.True(diff <= 4, $"f={f}, r={p}/{q}: {diff} units");
            }
    }

    [Fact]
    public void BlockFloatingAdditionIsExactBeforeRounding()
    {
        // (1 + i) 2^0 + (1 + i) 2^-10 = (1 + 2^-10)(1 + i): aligned to the finer exponent, 11 bits, no rounding at 64 bits.
        var a = new BlockFloatingMatrix(1, [BigInteger.One], [BigInteger.One], 0);
        var b = new BlockFloatingMatrix(1, [BigInteger.One], [BigInteger.One], -10);
        var sum = BlockFloatingMatrix.Add(a, b, 64);
        Assert.Equal(-10, sum.Exponent);
        Assert.Equal(new BigInteger(1025), sum.Re[0]);
        Assert.Equal(new BigInteger(1025), sum.Im[0]);
        // Subtraction through a negative operand, imaginary parts of opposite signs.
        var c = new BlockFloatingMatrix(1, [new BigInteger(3)], [new BigInteger(-5)], -2);
        var d = BlockFloatingMatrix.Add(a, c, 64);
        Assert.Equal(-2, d.Exponent);
        Assert.Equal(new BigInteger(7), d.Re[0]);
        Assert.Equal(new BigInteger(-1), d.Im[0]);
    }

    [Fact]
    public void NormalisationRoundsHalfAwayFromZeroOnMagnitudes()
    {
        // Largest entry 11 = 0b1011 has 4 bits; keeping 2 drops 2 bits: v/4 rounded half up in magnitude.
        var m = new BlockFloatingMatrix(2,
            [new BigInteger(10), new BigInteger(-10), new BigInteger(11), new BigInteger(-11)],
            [new BigInteger(-9), new BigInteger(9), new BigInteger(6), new BigInteger(-6)], 5);
        var r = m.Normalised(2);
        Assert.Equal(7, r.Exponent);
        Assert.Equal(new BigInteger[] { 3, -3, 3, -3 }, r.Re);
        Assert.Equal(new BigInteger[] { -2, 2, 2, -2 }, r.Im);
        // Already short enough: unchanged.
        Assert.Same(m, m.Normalised(4));
    }

    [Fact]
    public void TaylorOrderIsTheSmallestOrderMeetingTheRemainderBound()
    {
        // Smallest m with x^(m+1)/(m+1)! / (1 - x/(m+2)) < 10^-w, evaluated exactly for dyadic x = xn/xd.
        static int ExactOrder(int xn, int xd, int w)
        {
            var tenW = BigInteger.Pow(10, w);
            BigInteger powN = 1, powD = 1, fact = 1;
            for (int m = 0; ; m++)
            {
                powN *= xn; powD *= xd; fact *= m + 1;
                // bound = powN (m+2) xd / (powD fact ((m+2) xd - xn))
                var num = powN * (m + 2) * xd;
                var den = powD * fact * ((BigInteger)(m + 2) * xd - xn);
                if (num * tenW < den) return m;
            }
        }
        foreach (var (xn, xd) in new[] { (1, 2), (1, 4), (3, 8), (5, 16), (7, 16), (1, 1024), (1, 3) })
            foreach (int w in new[] { 1, 2, 5, 11, 17, 30, 50, 61, 90, 120 })
                Assert.True(ExactOrder(xn, xd, w) == MatrixExponential.TaylorOrder((double)xn / xd, w), $"x={xn}/{xd}, w={w}");
        Assert.Equal(0, MatrixExponential.TaylorOrder(0, 50));
    }

    [Fact]
    public void JacobiRotatesAnEntryOfExactlyTheThresholdAndReportsNonConvergence()
    {
        // f = 20 fractional bits, threshold 2^(20-10) units: |a_pq| < 2^10 is skipped, |a_pq| = 2^10 is rotated.
        const int f = 20, thresholdBits = 10;
        var t = BigInteger.One << (f - thresholdBits);
        foreach (var (br, bi) in new[] { (t, BigInteger.Zero), (BigInteger.Zero, t), (t - 1, BigInteger.Zero) })
        {
            var re = new[] { BigInteger.Zero, br, br, BigInteger.Zero };
            var im = new[] { BigInteger.Zero, bi, -bi, BigInteger.Zero };
            var (values, _, _) = JacobiRotations.Diagonalise(2, re, im, f, thresholdBits);
            var expected = br == t - 1 ? BigInteger.Zero : t; // eigenvalues +-|b| of [[0, b], [conj b, 0]]
            Assert.Equal(expected, BigInteger.Abs(values[0]));
            Assert.Equal(expected, BigInteger.Abs(values[1]));
            Assert.Equal(BigInteger.Zero, values[0] + values[1]);
        }
        // A threshold of one unit cannot be met by rotations that themselves round by a unit: this 4x4 case (random
        // entries of 18 bits, seed 1) keeps cycling, and the sweep limit reports it instead of looping forever.
        const int n = 4;
        var hr = new BigInteger[n * n];
        var hi = new BigInteger[n * n];
        var rng = new Random(1);
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
            {
                hr[i * n + j] = hr[j * n + i] = rng.Next(-1 << 18, 1 << 18);
                if (i != j) { hi[i * n + j] = rng.Next(-1 << 18, 1 << 18); hi[j * n + i] = -hi[i * n + j]; }
            }
        var ex = Assert.Throws<InvalidOperationException>(() => JacobiRotations.Diagonalise(n, hr, hi, f, f + 10));
        Assert.Contains("60 sweeps", ex.Message);
    }
}

/// <summary>SpectralPreconditioner.Basis: a unitary (to working precision) eigenbasis of the double rounding of H, or null.</summary>
public class SpectralPreconditionerTests
{
    private const int F = 120;

    private static (BigInteger[] Re, BigInteger[] Im) Fixed(double[,] re, double[,] im)
    {
        int n = re.GetLength(0);
        var r = new BigInteger[n * n];
        var i = new BigInteger[n * n];
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                r[a * n + b] = new BigInteger(Math.ScaleB(re[a, b], 60)) << (F - 60);
                i[a * n + b] = new BigInteger(Math.ScaleB(im[a, b], 60)) << (F - 60);
            }
        return (r, i);
    }

    private static double MaxAbs(BigInteger[] xs, Func<int, bool> where) =>
        xs.Select((x, k) => where(k) ? Math.Abs(Math.ScaleB((double)x, -F)) : 0).Max();

    [Fact]
    public void BasisIsUnitaryAndDiagonalisesHToDoublePrecision()
    {
        var re = new double[,] { { 0.25, 0.125, 0, 0.0625 }, { 0.125, -0.125, 0.1875, 0 }, { 0, 0.1875, 0.375, -0.125 }, { 0.0625, 0, -0.125, 0.0625 } };
        var im = new double[,] { { 0, 0.0625, -0.125, 0 }, { -0.0625, 0, 0.03125, 0.25 }, { 0.125, -0.03125, 0, 0 }, { 0, -0.25, 0, 0 } };
        foreach (int n in new[] { 3, 4 })
        {
            var (hr, hi) = Fixed(Sub(re, n), Sub(im, n));
            var basis = SpectralPreconditioner.Basis(n, hr, hi, F);
            Assert.True(basis.HasValue, $"n={n}");
            var (ur, ui) = basis.Value;
            var identity = Enumerable.Range(0, n * n).Select(k => k / n == k % n ? BigInteger.One << F : BigInteger.Zero).ToArray();
            var (gr, gi) = SpectralPreconditioner.Congruence(n, identity, new BigInteger[n * n], ur, ui, F); // U^dagger U
            Assert.True(MaxAbs(gr.Zip(identity, (a, b) => a - b).ToArray(), _ => true) < Math.ScaleB(1, 16 - F), $"n={n}: U^dagger U != I");
            Assert.True(MaxAbs(gi, _ => true) < Math.ScaleB(1, 16 - F));
            var (dr, di) = SpectralPreconditioner.Congruence(n, hr, hi, ur, ui, F); // U^dagger H U
            Assert.True(MaxAbs(dr, k => k / n != k % n) < 1e-12, $"n={n}: U^dagger H U not diagonal");
            Assert.True(MaxAbs(di, _ => true) < 1e-12);
        }
        // Below 3x3 the identity start is used.
        var (r2, i2) = Fixed(Sub(re, 2), Sub(im, 2));
        Assert.Null(SpectralPreconditioner.Basis(2, r2, i2, F));
    }

    private static double[,] Sub(double[,] m, int n)
    {
        var s = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) s[i, j] = m[i, j];
        return s;
    }
}
