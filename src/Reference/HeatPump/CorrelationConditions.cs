using QTherm.Reference.Information;
using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// The physical conditions on chi: (9a) rho_AB^0 positive with unit trace, (9b) Tr_A chi = Tr_B chi = 0, (9c)
/// C(rho_AB^0) &gt; 0. Checked by generic linear algebra (eigenvalues, partial traces, Wootters concurrence), not by
/// the X-state formulas of Appendix A. Seed 001_8d968b41aa3feca2.txt, Eqs. 9a-9c.
/// </summary>
public sealed record CorrelationConditions(BigReal MinEigenvalue, BigReal TraceDeviation, BigReal PartialTraceDeviation, BigReal Concurrence)
{
    public static CorrelationConditions Of(ProductGibbsState product, CorrelationMatrix chi, int digits)
    {
        var rho = chi.InitialState(product);
        var chiM = chi.Matrix();
        var eig = HermitianEigensystem.Of(rho, digits);
        var trA = chiM.PartialTrace([2, 2], 0);
        var trB = chiM.PartialTrace([2, 2], 1);
        var partial = BigReal.Max(HighPrecision.MaxAbs(trA), HighPrecision.MaxAbs(trB));
        return new(eig.Values[0], (rho.Trace() - BigComplex.One).Abs(), partial, Information.Concurrence.Of(rho, digits));
    }

    /// <summary>True when 9a-9c hold with eigenvalues and traces exact up to <paramref name="tolerance"/>.</summary>
    public bool HoldWithin(BigReal tolerance) =>
        MinEigenvalue >= -tolerance && TraceDeviation <= tolerance && PartialTraceDeviation <= tolerance && Concurrence > tolerance;

    /// <summary>
    /// 9a-9c decided exactly for rational Boltzmann ratios of A and B, with chi_11 = x and |chi_23|^2 = y2 rational:
    /// positivity of an X state is decided by its diagonal and the 2x2 minor (rho_22 rho_33 &gt;= |rho_23|^2,
    /// rho_11 rho_44 &gt;= 0), entanglement by the sign of the partial-transpose minor |chi_23|^2 - rho_11 rho_44 (Peres).
    /// </summary>
    public static (bool Positive, bool LocallyGibbs, bool Entangled) Exact(Rational ratioA, Rational ratioB, Rational x, Rational y2)
    {
        var (a0, a1) = QubitGibbsState.ExactFromBoltzmannRatio(ratioA);
        var (b0, b1) = QubitGibbsState.ExactFromBoltzmannRatio(ratioB);
        Rational r11 = a0 * b0 + x, r22 = a0 * b1 - x, r33 = a1 * b0 - x, r44 = a1 * b1 + x;
        bool positive = r11.Sign >= 0 && r22.Sign >= 0 && r33.Sign >= 0 && r44.Sign >= 0 && r22 * r33 >= y2 && y2.Sign >= 0;
        bool gibbs = (r11 + r22 == a0) && (r33 + r44 == a1) && (r11 + r33 == b0) && (r22 + r44 == b1);
        bool entangled = y2 > r11 * r44;
        return (positive, gibbs, entangled);
    }
}
