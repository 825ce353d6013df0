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
    /// The square root amplifies noise in eigenvalues near zero (an error e gives sqrt(e) in C). So the eigenvalues of
    /// rho at or below the zero threshold tau of <see cref="StateSpectrum"/> (rounding noise of a d-digit input) are
    /// set to 0 and the formula is evaluated on that state (within n tau of the input in trace norm), with R formed
    /// and diagonalised at 2 digits + 10; eigenvalues of R in [-4 10^-(2 digits + 4), 0) count as 0. C is then good
    /// to about 10^-digits.
    /// </para>
    /// </summary>
    public static BigReal Of(Matrix<BigComplex> rho, int digits)
    {
        ArgumentNullException.ThrowIfNull(rho);
        Precision.RequireValid(digits, nameof(digits));
        if (rho.Rows != 4 || rho.Cols != 4)
            throw new ArgumentException($"The concurrence is defined here for two qubits (4x4), got {rho.Rows}x{rho.Cols}.", nameof(rho));
        var spectrum = StateSpectrum.Of(rho, digits);
        int w = Math.Min(2 * digits + 10, Precision.MaxDigits);
        // sqrt(rho) from the spectrum with eigenvalues below the zero threshold set to 0, and rho itself replaced by
        // sqrt(rho)^2: the formula is then evaluated on a state within n tau of the input, not on its rounding noise.
        var v = spectrum.Vectors.Map(z => z.WithDigits(w));
        // Stryker disable once Conditional,Equality : StateSpectrum values are > 0 or exactly 0, and Sqrt(0) returns 0, so both branches agree
        var roots = spectrum.Values.Select(x => x.Sign > 0 ? x.WithDigits(w).Sqrt() : BigReal.Zero.WithDigits(w)).ToArray();
        var sqrtRho = Matrix<BigComplex>.Create(4, 4, (i, j) =>
        {
            var sum = BigComplex.Zero;
            // Stryker disable once Assignment : -sqrt(rho) is also a square root; it enters S S and S rho~ S only in pairs, so C is unchanged
            for (int k = 0; k < 4; k++) sum += v[i, k] * roots[k] * v[j, k].Conjugate();
            return sum;
        });
        var state = sqrtRho * sqrtRho;
        var yy = SpinFlip.Map(z => BigComplex.FromRational(z, w));
        var flipped = yy * state.Map(z => z.Conjugate()) * yy;
        var r = sqrtRho * flipped * sqrtRho;
        var hermitianR = (r + r.Adjoint()).Map(z => z * BigReal.FromRational(Rational.Half, w));
        var lambdas = HermitianEigensystem.Of(hermitianR, w).Values;
        // Stryker disable once Arithmetic : R = S rho~ S is a congruence of the PSD rho~, so its eigenvalues are >= -10^-(2 digits + 10) ||R||; a larger noise only silences the internal-error guard below, which valid input never reaches
        var noise = BigReal.FromRational(new Rational(4, System.Numerics.BigInteger.Pow(10, 2 * digits + 4)), w);
        var s = new BigReal[4];
        for (int k = 0; k < 4; k++)
        {
            var lambda = lambdas[k];
            // Stryker disable once all : internal-error guard; R is PSD (see above), so no eigenvalue reaches -noise for any valid state, and < vs <= differ only at lambda == -noise
            if (lambda < -noise)
                throw new InvalidOperationException(
                    $"Internal error: sqrt(rho) rho~ sqrt(rho) has eigenvalue {lambda.ToString(6)} < 0 beyond rounding noise {noise.ToString(2)}.");
            // Stryker disable once Equality : at lambda == 0 both branches give 0 (Sqrt(0) returns 0)
            s[k] = lambda.Sign > 0 ? lambda.Sqrt() : BigReal.Zero.WithDigits(w);
        }
        // Values are ascending, so s[3] is the largest.
        var c = s[3] - s[2] - s[1] - s[0];
        // Stryker disable once Equality : at c == 0 both branches give 0 at the requested digits
        return c.Sign > 0 ? c.WithDigits(digits) : BigReal.Zero.WithDigits(digits);
    }

    /// <summary>sigma_y x sigma_y in the basis |00&gt;, |01&gt;, |10&gt;, |11&gt;.</summary>
    private static Matrix<ComplexRational> SpinFlip => Pauli.Y.Kron(Pauli.Y);
}
