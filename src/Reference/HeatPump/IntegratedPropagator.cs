using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// The pair (e^{L h}, integral_0^h e^{L s} ds) for a generator L: Taylor series at h/2^s with ||L h/2^s|| &lt;= 1/2 and
/// remainder below 10^-(digits+guard), then s doublings E &lt;- E E, F &lt;- F + E F. The integral turns heat currents
/// Tr(H D_k[rho(s)]) into exact time integrals (heat) without quadrature. Seed 001_8d968b41aa3feca2.txt, Eq. C2 (heat).
/// </summary>
public sealed record IntegratedPropagator(Matrix<BigComplex> Step, Matrix<BigComplex> Integral)
{
    public static IntegratedPropagator Of(Matrix<BigComplex> generator, Rational h, int digits)
    {
        int n = generator.Rows;
        double norm = HighPrecision.MaxAbs(generator).ToDouble() * n * Math.Abs(h.ToDouble());
        int s = norm <= 0.5 ? 0 : (int)Math.Ceiling(Math.Log2(norm / 0.5));
        int w = digits + 10 + (int)Math.Ceiling(s * Math.Log10(2)) + 2;
        var hs = BigReal.FromRational(h / new Rational(System.Numerics.BigInteger.Pow(2, s)), w);
        var x = generator.Map(z => z.WithDigits(w) * hs);
        int order = MatrixExponential.TaylorOrder(0.5, w);
        // E = sum X^k/k!, F = hs sum X^k/(k+1)! by Horner.
        var id = Matrix<BigComplex>.Identity(n);
        Matrix<BigComplex> e = id, f = id;
        for (int k = order; k >= 1; k--)
        {
            var ck = new BigComplex(BigReal.FromRational(new Rational(1, k), w), BigReal.Zero);
            var ck1 = new BigComplex(BigReal.FromRational(new Rational(1, k + 1), w), BigReal.Zero);
            e = id + (x * e).Map(z => z * ck);
            f = id + (x * f).Map(z => z * ck1);
        }
        f = f.Map(z => z * hs);
        for (int k = 0; k < s; k++)
        {
            f = f + e * f;
            e = e * e;
        }
        return new(e.Map(z => z.WithDigits(digits)), f.Map(z => z.WithDigits(digits)));
    }
}
