using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using QTherm.Reference.Numerics;

namespace QTherm.Tests.Property.Numerics;

/// <summary>FsCheck generators for exact and arbitrary-precision numbers.</summary>
internal static class NumericGenerators
{
    /// <summary>A non-zero rational with up to ~60-bit numerator and denominator.</summary>
    public static Gen<Rational> NonZeroRational =>
        from a in Gen.Choose(1, int.MaxValue)
        from b in Gen.Choose(0, int.MaxValue)
        from c in Gen.Choose(1, int.MaxValue)
        from d in Gen.Choose(1, 1 << 20)
        from negative in Gen.Elements(false, true)
        select new Rational(((BigInteger)a << 31 | b) * (negative ? -1 : 1), (BigInteger)c * d);

    /// <summary>A non-zero rational of magnitude in [2^e, 2^(e+1)) with e uniform in [-eMax, eMax].</summary>
    public static Gen<Rational> ScaledRational(int eMax) =>
        from q in NonZeroRational
        from e in Gen.Choose(-eMax, eMax)
        select q * PowerOfTwo(e + 1 - Ulp.TopExponent(q));

    private static Rational PowerOfTwo(long e) =>
        e >= 0 ? new Rational(BigInteger.One << (int)e) : new Rational(BigInteger.One, BigInteger.One << (int)-e);

    /// <summary>A BigReal at the given precision with magnitude in [2^-eMax, 2^(eMax+1)).</summary>
    public static Gen<BigReal> Real(int digits, int eMax) =>
        ScaledRational(eMax).Select(q => BigReal.FromRational(q, digits));

    /// <summary>A Hermitian n x n matrix with entries of magnitude up to ~1, rounded to digits.</summary>
    public static Gen<Matrix<BigComplex>> Hermitian(int n, int digits) =>
        from entries in Gen.ArrayOf(Gen.Choose(-1_000_000, 1_000_000), n * n * 2)
        select Matrix<BigComplex>.Create(n, n, (i, j) =>
        {
            int a = Math.Min(i, j), b = Math.Max(i, j);
            var re = BigReal.FromRational(new Rational(entries[2 * (a * n + b)], 1_000_000), digits);
            var im = a == b ? BigReal.Zero : BigReal.FromRational(new Rational(entries[2 * (a * n + b) + 1], 1_000_000), digits);
            return new BigComplex(re, i <= j ? im : -im);
        });

    /// <summary>A general complex n x n matrix with entries of magnitude up to ~scale, rounded to digits.</summary>
    public static Gen<Matrix<BigComplex>> Complex(int n, int digits, int scale) =>
        from entries in Gen.ArrayOf(Gen.Choose(-1_000_000, 1_000_000), n * n * 2)
        select Matrix<BigComplex>.Create(n, n, (i, j) => new BigComplex(
            BigReal.FromRational(new Rational(entries[2 * (i * n + j)] * (BigInteger)scale, 1_000_000), digits),
            BigReal.FromRational(new Rational(entries[2 * (i * n + j) + 1] * (BigInteger)scale, 1_000_000), digits)));
}
