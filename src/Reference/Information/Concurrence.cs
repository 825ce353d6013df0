using QTherm.Reference.Numerics;

namespace QTherm.Reference.Information;

/// <summary>Wootters' concurrence of a two-qubit state.</summary>
public static class Concurrence
{
    /// <summary>
    /// C(rho) = max(0, s1 - s2 - s3 - s4), s_i the decreasing square roots of the eigenvalues of
    /// R = sqrt(rho) rho~ sqrt(rho), rho~ = (Y x Y) rho* (Y x Y) (Wootters, PRL 80, 2245 (1998), Eq. 2 and the
    /// remark after it that the s_i are the eigenvalues of the Hermitian sqrt(sqrt(rho) rho~ sqrt(rho))).
    /// <para>
    /// The square root amplifies noise in eigenvalues of R near zero (an error e in R gives sqrt(e) in C), so R is
    /// formed and diagonalised at 2 digits + 10: for an input taken as exact (its stored value) C is good to
    /// 10^-digits. Eigenvalues of R in [-n 10^-digits, 0) are rounding noise of the input and count as 0; an input
    /// that is itself rounded to d digits can move C by up to about sqrt(10^-d) where R is degenerate at zero.
    /// </para>
    /// </summary>
    public static BigReal Of(Matrix<BigComplex> rho, int digits)
    {
        ArgumentNullException.ThrowIfNull(rho);
        Precision.RequireValid(digits, nameof(digits));
        if (rho.Rows != 4 || rho.Cols != 4)
            throw new ArgumentException($"The concurrence is defined here for two qubits (4x4), got {rho.Rows}x{rho.Cols}.", nameof(rho));
        // Rejects non-PSD input with the threshold of StateSpectrum.
        _ = StateSpectrum.Of(rho, digits);
        int w = Math.Min(2 * digits + 10, Precision.MaxDigits);
        var rhoW = rho.Map(z => z.WithDigits(w));
        var sqrtRho = HermitianFunction.Apply(rhoW, x => x.Sign > 0 ? x.Sqrt() : BigReal.Zero.WithDigits(w), w);
        var yy = SpinFlip.Map(z => BigComplex.FromRational(z, w));
        var flipped = yy * rhoW.Map(z => z.Conjugate()) * yy;
        var r = sqrtRho * flipped * sqrtRho;
        var hermitianR = (r + r.Adjoint()).Map(z => z * BigReal.FromRational(Rational.Half, w));
        var lambdas = HermitianEigensystem.Of(hermitianR, w).Values;
        var noise = BigReal.FromRational(new Rational(4, System.Numerics.BigInteger.Pow(10, digits)), w)
                    * BigReal.Max(BigReal.One, HighPrecision.Frobenius(rho.Map(z => z.WithDigits(Math.Min(digits, 20))))).WithDigits(w);
        var s = new BigReal[4];
        for (int k = 0; k < 4; k++)
        {
            var lambda = lambdas[k];
            if (lambda < -noise)
                throw new InvalidOperationException(
                    $"Internal error: sqrt(rho) rho~ sqrt(rho) has eigenvalue {lambda.ToString(6)} < 0 beyond rounding noise {noise.ToString(2)}.");
            s[k] = lambda.Sign > 0 ? lambda.Sqrt() : BigReal.Zero.WithDigits(w);
        }
        // Values are ascending, so s[3] is the largest.
        var c = s[3] - s[2] - s[1] - s[0];
        return c.Sign > 0 ? c.WithDigits(digits) : BigReal.Zero.WithDigits(digits);
    }

    /// <summary>sigma_y x sigma_y in the basis |00&gt;, |01&gt;, |10&gt;, |11&gt;.</summary>
    private static Matrix<ComplexRational> SpinFlip => Pauli.Y.Kron(Pauli.Y);
}
