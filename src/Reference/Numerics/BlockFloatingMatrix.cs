using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>
/// A square complex matrix in block floating point: integer parts Re, Im and one shared binary exponent, entry
/// (i, j) = (Re[k] + i Im[k]) 2^Exponent with k = i n + j. Products are accumulated exactly in BigInteger and
/// rounded once per entry to a fixed number of bits relative to the largest entry, so each product has norm-wise
/// relative error of a few 2^-bits. Internal kernel of <see cref="MatrixExponential"/>.
/// </summary>
internal sealed class BlockFloatingMatrix
{
    public int N { get; }
    public BigInteger[] Re { get; }
    public BigInteger[] Im { get; }
    public long Exponent { get; }

    public BlockFloatingMatrix(int n, BigInteger[] re, BigInteger[] im, long exponent)
    {
        N = n;
        Re = re;
        Im = im;
        Exponent = exponent;
    }

    /// <summary>The entries of m as fixed-point numbers with <paramref name="fractionBits"/> bits after the binary point.</summary>
    public static BlockFloatingMatrix FromBig(Matrix<BigComplex> m, int fractionBits)
    {
        int n = m.Rows;
        var re = new BigInteger[n * n];
        var im = new BigInteger[n * n];
        var span = m.AsSpan();
        for (int k = 0; k < n * n; k++)
        {
            re[k] = span[k].Re.ToFixed(fractionBits);
            im[k] = span[k].Im.ToFixed(fractionBits);
        }
        return new BlockFloatingMatrix(n, re, im, -fractionBits);
    }

    public static BlockFloatingMatrix Identity(int n, int fractionBits)
    {
        var re = new BigInteger[n * n];
        var im = new BigInteger[n * n];
        for (int i = 0; i < n; i++) re[i * n + i] = BigInteger.One << fractionBits;
        return new BlockFloatingMatrix(n, re, im, -fractionBits);
    }

    public Matrix<BigComplex> ToBig(int digits)
    {
        var data = new BigComplex[N * N];
        for (int k = 0; k < data.Length; k++)
            data[k] = new BigComplex(BigReal.Round(Re[k], Exponent, false, digits), BigReal.Round(Im[k], Exponent, false, digits));
        return Matrix<BigComplex>.FromRowMajor(N, N, data);
    }

    /// <summary>a b with every entry rounded to <paramref name="bits"/> bits relative to the largest entry.</summary>
    public static BlockFloatingMatrix Multiply(BlockFloatingMatrix a, BlockFloatingMatrix b, int bits)
    {
        int n = a.N;
        var re = new BigInteger[n * n];
        var im = new BigInteger[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                BigInteger sr = BigInteger.Zero, si = BigInteger.Zero;
                for (int k = 0; k < n; k++)
                {
                    var ar = a.Re[i * n + k];
                    var ai = a.Im[i * n + k];
                    var br = b.Re[k * n + j];
                    var bi = b.Im[k * n + j];
                    if (!ar.IsZero)
                    {
                        if (!br.IsZero) sr += ar * br;
                        if (!bi.IsZero) si += ar * bi;
                    }
                    if (!ai.IsZero)
                    {
                        if (!bi.IsZero) sr -= ai * bi;
                        if (!br.IsZero) si += ai * br;
                    }
                }
                re[i * n + j] = sr;
                im[i * n + j] = si;
            }
        }
        return new BlockFloatingMatrix(n, re, im, a.Exponent + b.Exponent).Normalised(bits);
    }

    /// <summary>This matrix times the fixed-point scalar c 2^cExponent, rounded to bits.</summary>
    public BlockFloatingMatrix Scale(BigInteger c, long cExponent, int bits)
    {
        var re = new BigInteger[N * N];
        var im = new BigInteger[N * N];
        for (int k = 0; k < re.Length; k++)
        {
            re[k] = Re[k] * c;
            im[k] = Im[k] * c;
        }
        return new BlockFloatingMatrix(N, re, im, Exponent + cExponent).Normalised(bits);
    }

    /// <summary>a + b, exact (aligned to the smaller exponent), then rounded to bits.</summary>
    public static BlockFloatingMatrix Add(BlockFloatingMatrix a, BlockFloatingMatrix b, int bits)
    {
        long e = Math.Min(a.Exponent, b.Exponent);
        int sa = (int)(a.Exponent - e), sb = (int)(b.Exponent - e);
        var re = new BigInteger[a.N * a.N];
        var im = new BigInteger[a.N * a.N];
        for (int k = 0; k < re.Length; k++)
        {
            re[k] = (a.Re[k] << sa) + (b.Re[k] << sb);
            im[k] = (a.Im[k] << sa) + (b.Im[k] << sb);
        }
        return new BlockFloatingMatrix(a.N, re, im, e).Normalised(bits);
    }

    /// <summary>Drops low bits (round half up on magnitudes) so the largest entry has at most <paramref name="bits"/> bits.</summary>
    public BlockFloatingMatrix Normalised(int bits)
    {
        long max = 0;
        for (int k = 0; k < Re.Length; k++)
            max = Math.Max(max, Math.Max(BigInteger.Abs(Re[k]).GetBitLength(), BigInteger.Abs(Im[k]).GetBitLength()));
        int shift = (int)(max - bits);
        // Stryker disable once Equality : at shift == 0 the rounding path uses half = 1 << -1 = 0 and shifts by 0, returning the same values
        if (shift <= 0) return this;
        var re = new BigInteger[Re.Length];
        var im = new BigInteger[Im.Length];
        var half = BigInteger.One << (shift - 1);
        for (int k = 0; k < re.Length; k++)
        {
            re[k] = RoundShift(Re[k], shift, half);
            im[k] = RoundShift(Im[k], shift, half);
        }
        return new BlockFloatingMatrix(N, re, im, Exponent + shift);
    }

    private static BigInteger RoundShift(BigInteger v, int shift, BigInteger half) =>
        // Stryker disable once Bitwise : both shifted operands are non-negative (v + half with v >= 0, -v + half with v < 0), where >>> equals >>
        v.Sign >= 0 ? (v + half) >> shift : -((-v + half) >> shift);
}
