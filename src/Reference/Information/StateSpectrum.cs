using QTherm.Reference.Numerics;

namespace QTherm.Reference.Information;

/// <summary>
/// The eigenvalues (ascending) and eigenvectors of a density matrix, with eigenvalues at the rounding level of the
/// input set to exactly zero, so that the convention 0 log 0 = 0 applies to them.
/// <para>
/// Zero threshold: tau = n 10^-digits max(1, ||rho||_F). A d-digit input differs from the matrix it stands for by at
/// most 10^-digits max|rho_ij| per entry, which by Weyl's inequality moves each eigenvalue by at most
/// n 10^-digits max|rho_ij| &lt;= tau. Eigenvalues with |lambda| &lt;= tau are therefore indistinguishable from 0 and
/// are set to 0; an eigenvalue below -tau means the input is not positive semidefinite (ArgumentException). Dropping
/// eigenvalues in (0, tau] changes -sum lambda ln lambda by at most n tau ln(1/tau) (about 5e-47 for n = 4 at
/// 50 digits), which bounds the absolute error of the entropies built on this spectrum.
/// </para>
/// <para>The eigensystem is computed with 10 + log10(n) guard digits, far below tau.</para>
/// </summary>
public sealed class StateSpectrum
{
    /// <summary>Eigenvalues in ascending order, each &gt;= 0 (exact zeros below the threshold).</summary>
    public BigReal[] Values { get; }

    /// <summary>Orthonormal eigenvectors as columns, in the order of <see cref="Values"/>.</summary>
    public Matrix<BigComplex> Vectors { get; }

    /// <summary>The threshold tau below which an eigenvalue counts as zero.</summary>
    public BigReal ZeroThreshold { get; }

    /// <summary>The working precision (digits) of <see cref="Values"/> and <see cref="Vectors"/>.</summary>
    public int WorkingDigits { get; }

    private StateSpectrum(BigReal[] values, Matrix<BigComplex> vectors, BigReal zeroThreshold, int workingDigits)
    {
        Values = values;
        Vectors = vectors;
        ZeroThreshold = zeroThreshold;
        WorkingDigits = workingDigits;
    }

    /// <summary>Spectral decomposition of the (positive semidefinite, Hermitian) <paramref name="rho"/> at <paramref name="digits"/>.</summary>
    public static StateSpectrum Of(Matrix<BigComplex> rho, int digits)
    {
        ArgumentNullException.ThrowIfNull(rho);
        Precision.RequireValid(digits, nameof(digits));
        if (!rho.IsSquare)
            throw new ArgumentException($"A density matrix must be square, got {rho.Rows}x{rho.Cols}.", nameof(rho));
        int n = rho.Rows;
        int w = WorkingDigitsFor(digits, n);
        var threshold = ZeroThresholdFor(rho, digits, w);
        var eig = HermitianEigensystem.Of(rho, w);
        var values = new BigReal[n];
        for (int k = 0; k < n; k++)
        {
            var lambda = eig.Values[k];
            // Stryker disable once Equality : lambda == -tau exactly is a tie at the input's rounding level, where either verdict is within the stated resolution
            if (lambda < -threshold)
                throw new ArgumentException(
                    $"rho is not positive semidefinite: eigenvalue {lambda.ToString(6)} < -{threshold.ToString(2)} (the rounding level of a {digits}-digit input).",
                    nameof(rho));
            // Stryker disable once Equality : |lambda| == tau exactly is a tie at the input's rounding level; dropping it changes the entropy by at most tau ln(1/tau), inside the stated error
            values[k] = lambda.Abs() <= threshold ? BigReal.Zero.WithDigits(w) : lambda;
        }
        return new StateSpectrum(values, eig.Vectors, threshold, w);
    }

    internal static int WorkingDigitsFor(int digits, int n) =>
        Math.Min(digits + 10 + (int)Math.Ceiling(Math.Log10(n)), Precision.MaxDigits);

    /// <summary>tau = n 10^-digits max(1, ||rho||_F), at working precision <paramref name="w"/>.</summary>
    internal static BigReal ZeroThresholdFor(Matrix<BigComplex> rho, int digits, int w)
    {
        // Stryker disable once all : tau is a bound needed to a few digits; ||rho||_F at 20 instead of `digits` digits moves tau only beyond its 20th digit, where a verdict changes only at an exact tie
        int normDigits = Math.Min(digits, 20);
        var norm = BigReal.Max(BigReal.One, HighPrecision.Frobenius(rho.Map(z => z.WithDigits(normDigits))));
        var unit = BigReal.FromRational(new Rational(rho.Rows, System.Numerics.BigInteger.Pow(10, digits)), w);
        return unit * norm.WithDigits(w);
    }

    /// <summary>-sum_k lambda_k ln lambda_k over the non-zero eigenvalues (0 ln 0 = 0), at the working precision.</summary>
    internal BigReal EntropyNats()
    {
        var sum = BigReal.Zero.WithDigits(WorkingDigits);
        foreach (var lambda in Values)
            if (lambda.Sign > 0) sum -= lambda * lambda.Log();
        return sum;
    }
}
