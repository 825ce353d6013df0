using QTherm.Reference.Numerics;

namespace QTherm.Reference.Information;

/// <summary>The quantum mutual information I(A:B) = S(rho_A) + S(rho_B) - S(rho_AB) of a bipartite state.</summary>
public static class MutualInformation
{
    /// <summary>
    /// I(A:B) in nats (Seed 001_8d968b41aa3feca2.txt, Sec. II, I_AB = S_A + S_B - S_AB); <paramref name="dims"/> = [d_A, d_B]
    /// with A the most significant tensor factor. The three entropies are summed at working precision, rounded once.
    /// </summary>
    public static BigReal Of(Matrix<BigComplex> rho, IReadOnlyList<int> dims, int digits)
    {
        ArgumentNullException.ThrowIfNull(rho);
        ArgumentNullException.ThrowIfNull(dims);
        if (dims.Count != 2)
            throw new ArgumentException($"Mutual information needs a bipartite state (two dimensions), got [{string.Join(", ", dims)}].", nameof(dims));
        Precision.RequireValid(digits, nameof(digits));
        var rhoA = rho.ReducedTo(dims, 0);
        var rhoB = rho.ReducedTo(dims, 1);
        var sum = StateSpectrum.Of(rhoA, digits).EntropyNats() + StateSpectrum.Of(rhoB, digits).EntropyNats()
                  - StateSpectrum.Of(rho, digits).EntropyNats();
        return sum.WithDigits(digits);
    }
}
