using QTherm.Reference.Numerics;

namespace QTherm.Reference.Information;

/// <summary>The quantum relative entropy S(rho||sigma) = tr rho ln rho - tr rho ln sigma.</summary>
public static class RelativeEntropy
{
    /// <summary>
    /// S(rho||sigma) in nats (Seed 001_8d968b41aa3feca2.txt, Sec. II, S(rho||sigma) = Tr rho ln rho - Tr rho ln sigma): +infinity when some eigenvector |k&gt; of
    /// sigma with eigenvalue 0 carries weight &lt;k|rho|k&gt; above the zero threshold of rho (supp rho not within
    /// supp sigma); otherwise sum_j lambda_j ln lambda_j - sum_k &lt;k|rho|k&gt; ln mu_k over mu_k &gt; 0, with the
    /// zero thresholds of <see cref="StateSpectrum"/> for both states.
    /// </summary>
    public static EntropyValue Of(Matrix<BigComplex> rho, Matrix<BigComplex> sigma, int digits)
    {
        ArgumentNullException.ThrowIfNull(rho);
        ArgumentNullException.ThrowIfNull(sigma);
        if (rho.Rows != sigma.Rows || rho.Cols != sigma.Cols)
            throw new ArgumentException($"rho ({rho.Rows}x{rho.Cols}) and sigma ({sigma.Rows}x{sigma.Cols}) must act on the same space.", nameof(sigma));
        var rhoSpectrum = StateSpectrum.Of(rho, digits);
        var sigmaSpectrum = StateSpectrum.Of(sigma, digits);
        // Stryker disable once all : rho and sigma are both n x n at the same digits, so their working precisions are equal and Min == Max
        int w = Math.Min(rhoSpectrum.WorkingDigits, sigmaSpectrum.WorkingDigits);
        int n = rho.Rows;
        var rhoW = rho.Map(z => z.WithDigits(w));
        var v = sigmaSpectrum.Vectors;
        var crossTerm = BigReal.Zero.WithDigits(w);
        for (int k = 0; k < n; k++)
        {
            // weight = <k|rho|k> for the k-th eigenvector of sigma.
            var weight = BigComplex.Zero;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    weight += v[i, k].Conjugate() * rhoW[i, j] * v[j, k];
            var p = weight.Re;
            var mu = sigmaSpectrum.Values[k];
            if (mu.IsZero)
            {
                // Stryker disable once Equality : p == tau exactly is a tie at the rounding level of the input (tau is the resolution), where either verdict is within the stated precision
                if (p > rhoSpectrum.ZeroThreshold) return EntropyValue.PositiveInfinity;
                continue;
            }
            crossTerm += p * mu.Log();
        }
        var value = -rhoSpectrum.EntropyNats() - crossTerm;
        return EntropyValue.Finite(value.WithDigits(digits));
    }
}
