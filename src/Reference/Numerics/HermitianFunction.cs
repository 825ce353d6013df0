namespace QTherm.Reference.Numerics;

/// <summary>f(H) = V f(Lambda) V^dagger for Hermitian H = V Lambda V^dagger (spectral theorem).</summary>
public static class HermitianFunction
{
    /// <summary>
    /// f applied to the spectrum of <paramref name="h"/>; the eigensystem is computed with 10 guard digits and f receives
    /// eigenvalues at digits + 10, so f's own conditioning up to 10^10 is covered. Result entries rounded to digits.
    /// </summary>
    public static Matrix<BigComplex> Apply(Matrix<BigComplex> h, Func<BigReal, BigReal> f, int digits)
    {
        // Stryker disable once Statement : HermitianEigensystem.Of (the next use of h) throws the same ArgumentNullException for parameter "h" before f is evaluated
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(f);
        Precision.RequireValid(digits, nameof(digits));
        int w = Math.Min(digits + 10, Precision.MaxDigits);
        var eig = HermitianEigensystem.Of(h, w);
        var v = eig.Vectors;
        int n = h.Rows;
        var fl = eig.Values.Select(x => f(x).WithDigits(w)).ToArray();
        return Matrix<BigComplex>.Create(n, n, (i, j) =>
        {
            var sum = BigComplex.Zero;
            for (int k = 0; k < n; k++) sum += v[i, k] * fl[k] * v[j, k].Conjugate();
            return sum.WithDigits(digits);
        });
    }
}
