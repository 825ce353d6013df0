using System.Numerics;

namespace QTherm.Reference.Numerics;

/// <summary>Conversions between exact, double and arbitrary-precision complex matrices, and matrix norms.</summary>
public static class HighPrecision
{
    /// <summary>Every entry correctly rounded to <paramref name="digits"/> significant digits.</summary>
    public static Matrix<BigComplex> ToBig(Matrix<ComplexRational> m, int digits)
    {
        // Stryker disable once Statement : BigComplex.FromRational validates digits for every entry with the same exception and parameter name
        Precision.RequireValid(digits, nameof(digits));
        return m.Map(z => BigComplex.FromRational(z, digits));
    }

    /// <summary>The exact value of every double entry, rounded to <paramref name="digits"/> significant digits.</summary>
    public static Matrix<BigComplex> ToBig(Complex[,] m, int digits)
    {
        ArgumentNullException.ThrowIfNull(m);
        Precision.RequireValid(digits, nameof(digits));
        return Matrix<BigComplex>.Create(m.GetLength(0), m.GetLength(1), (i, j) => BigComplex.FromComplex(m[i, j], digits));
    }

    /// <summary>Every entry rounded to the nearest double (each part separately).</summary>
    public static Complex[,] ToDouble(Matrix<BigComplex> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var result = new Complex[m.Rows, m.Cols];
        for (int i = 0; i < m.Rows; i++)
            for (int j = 0; j < m.Cols; j++)
                result[i, j] = m[i, j].ToComplex();
        return result;
    }

    /// <summary>max_ij |m_ij|.</summary>
    public static BigReal MaxAbs(Matrix<BigComplex> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var max = BigReal.Zero;
        foreach (var z in m.AsSpan()) max = BigReal.Max(max, z.Abs());
        return max;
    }

    /// <summary>The Frobenius norm sqrt(sum_ij |m_ij|^2), at the precision of the least precise entry.</summary>
    public static BigReal Frobenius(Matrix<BigComplex> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        int digits = int.MaxValue;
        foreach (var z in m.AsSpan()) digits = Math.Min(digits, z.Digits);
        if (digits == int.MaxValue) digits = Precision.DefaultDigits;
        int wide = Math.Min(digits + 10, Precision.MaxDigits);
        var sum = BigReal.Zero;
        foreach (var z in m.AsSpan()) sum = BigReal.Add(sum, z.WithDigits(wide).NormSquared, wide);
        return sum.WithDigits(wide).Sqrt().WithDigits(digits);
    }
}
