using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>
/// The von Neumann entropy -Tr rho ln rho (nats) of a state of the block form stated after Eq. 14: the eigenvalues are
/// rho_00, rho_22, rho_55, rho_77 and those of the 2x2 blocks {1,4} and {3,6}, (a+b)/2 +- sqrt(((a-b)/2)^2 + |c|^2).
/// Seed 004_a075f79c977e5cdb.txt, Eq. 17 (Delta S) and the block form after Eq. 14.
/// </summary>
public static class BlockStateEntropy
{
    /// <summary>The 8 eigenvalues of a block-form state given by its 12 coordinates.</summary>
    public static BigReal[] Eigenvalues(IReadOnlyList<BigComplex> x, int digits)
    {
        var values = new List<BigReal> { x[0].Re, x[2].Re, x[5].Re, x[7].Re };
        foreach (var (a, b, c) in new[] { (x[1].Re, x[4].Re, x[8]), (x[3].Re, x[6].Re, x[10]) })
        {
            var half = BigReal.FromRational(Rational.Half, digits);
            var mean = (a + b) * half;
            var radius = (((a - b) * half) * ((a - b) * half) + c.NormSquared).WithDigits(digits).Sqrt();
            values.Add(mean + radius);
            values.Add(mean - radius);
        }
        return values.Select(v => v.WithDigits(digits)).ToArray();
    }

    /// <summary>S(rho) = -sum lambda ln lambda over the eigenvalues (0 ln 0 = 0); negative eigenvalues throw.</summary>
    public static BigReal Of(IReadOnlyList<BigComplex> x, int digits)
    {
        var s = BigReal.Zero;
        var tiny = BigReal.Parse($"1e-{digits - 5}", digits);
        foreach (var lambda in Eigenvalues(x, digits))
        {
            if (lambda.Sign < 0 && lambda.Abs() > tiny)
                throw new InvalidOperationException($"Not a density matrix: eigenvalue {lambda.ToString(6)}.");
            if (lambda.Sign <= 0 || lambda.Abs() <= tiny) continue;
            s -= lambda * lambda.Log();
        }
        return s.WithDigits(digits);
    }
}
