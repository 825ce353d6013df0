using System.Numerics;
using QTherm.Reference.Information;
using QTherm.Reference.Numerics;

namespace QTherm.Invariants;

/// <summary>
/// Inequalities every state obeys: Klein's inequality S(rho||sigma) &gt;= 0, subadditivity I(A:B) &gt;= 0, and
/// 0 &lt;= C &lt;= 1 for Wootters' concurrence. They fail on inputs that are not states (e.g. trace 2), which makes
/// them a consistency test of another code's entropies and states.
/// <para>
/// These need logarithms and square roots, so exact input is rounded to <see cref="Precision.DefaultDigits"/> digits
/// first. Tolerances come from continuity bounds: the input lies within delta (trace norm) of the state it stands for
/// (delta documented on the input kinds), and the Fannes-Audenaert inequality
/// |S(rho) - S(sigma)| &lt;= T ln(d - 1) + h(T), T = ||rho - sigma||_1 / 2 &lt;= delta, h the binary entropy
/// (Audenaert, J. Phys. A 40, 8127 (2007), Eq. 3) bounds the change of each entropy.
/// </para>
/// </summary>
public static class EntropicInequalities
{
    /// <summary>
    /// S(rho||sigma) &gt;= 0 (Klein's inequality, Seed 001_8d968b41aa3feca2.txt, Sec. II). Tolerance:
    /// FA(delta, n) + delta (|ln mu| + 1/mu), mu the least non-zero eigenvalue of sigma (change of tr rho ln sigma).
    /// </summary>
    public static Verdict RelativeEntropyNonNegative(Matrix<ComplexRational> rho, Matrix<ComplexRational> sigma)
    {
        ArgumentNullException.ThrowIfNull(rho);
        ArgumentNullException.ThrowIfNull(sigma);
        return RelativeEntropyNonNegative(ExactInput.Instance.Rounded, ExactInput.Instance.ToBig(rho), ExactInput.Instance.ToBig(sigma));
    }
    public static Verdict RelativeEntropyNonNegative(Matrix<BigComplex> rho, Matrix<BigComplex> sigma, int digits) =>
        RelativeEntropyNonNegative(ApproximateInput.ForDigits(digits), rho, sigma);
    public static Verdict RelativeEntropyNonNegative(Complex[,] rho, Complex[,] sigma, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(rho);
        ArgumentNullException.ThrowIfNull(sigma);
        var input = ApproximateInput.ForDoubles(tolerance);
        return RelativeEntropyNonNegative(input, input.FromDoubles(rho), input.FromDoubles(sigma));
    }

    /// <summary>
    /// I(A:B) = S_A + S_B - S_AB &gt;= 0 (subadditivity; Seed 001_8d968b41aa3feca2.txt, Sec. II). Tolerance:
    /// FA(delta, d_A) + FA(delta, d_B) + FA(delta, d_A d_B) (the partial trace does not increase the trace norm).
    /// </summary>
    public static Verdict Subadditivity(Matrix<ComplexRational> rho, IReadOnlyList<int> dims)
    {
        ArgumentNullException.ThrowIfNull(rho);
        return Subadditivity(ExactInput.Instance.Rounded, ExactInput.Instance.ToBig(rho), dims);
    }
    public static Verdict Subadditivity(Matrix<BigComplex> rho, IReadOnlyList<int> dims, int digits) =>
        Subadditivity(ApproximateInput.ForDigits(digits), rho, dims);
    public static Verdict Subadditivity(Complex[,] rho, IReadOnlyList<int> dims, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(rho);
        var input = ApproximateInput.ForDoubles(tolerance);
        return Subadditivity(input, input.FromDoubles(rho), dims);
    }

    /// <summary>
    /// 0 &lt;= C(rho) &lt;= 1 for two qubits (Wootters, PRL 80, 2245 (1998)). Tolerance: delta + 10^(1-digits); C
    /// &lt;= lambda_max(rho) (the s_i are singular values of sqrt(rho) sqrt(rho~)), which moves by at most delta.
    /// </summary>
    public static Verdict ConcurrenceInRange(Matrix<ComplexRational> rho)
    {
        ArgumentNullException.ThrowIfNull(rho);
        return ConcurrenceInRange(ExactInput.Instance.Rounded, ExactInput.Instance.ToBig(rho));
    }
    public static Verdict ConcurrenceInRange(Matrix<BigComplex> rho, int digits) =>
        ConcurrenceInRange(ApproximateInput.ForDigits(digits), rho);
    public static Verdict ConcurrenceInRange(Complex[,] rho, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(rho);
        var input = ApproximateInput.ForDoubles(tolerance);
        return ConcurrenceInRange(input, input.FromDoubles(rho));
    }

    internal static Verdict RelativeEntropyNonNegative(ApproximateInput input, Matrix<BigComplex> rho, Matrix<BigComplex> sigma)
    {
        const string name = "relative entropy non-negative";
        if (NotStates(input, name, (rho, nameof(rho)), (sigma, nameof(sigma))) is { } notStates) return notStates;
        int n = rho.Rows;
        int digits = input.EntropyDigits;
        double delta = Math.Max(input.TraceNormPerturbation(n, input.Norm(rho)), input.TraceNormPerturbation(n, input.Norm(sigma)));
        var value = RelativeEntropy.Of(rho, sigma, digits);
        if (value.IsInfinite)
            return new Verdict(name, true, 0, 0, $"S(rho||sigma) = +infinity (supp rho not within supp sigma) >= 0 ({input.Description})");
        var sigmaSpectrum = StateSpectrum.Of(sigma, digits);
        double mu = sigmaSpectrum.Values.Where(v => v.Sign > 0).Select(v => v.ToDouble()).DefaultIfEmpty(1).Min();
        double tolerance = FannesAudenaert(delta, n) + delta * (Math.Abs(Math.Log(mu)) + 1 / mu);
        return Lower(name, "S(rho||sigma)", value.Value, tolerance, input);
    }

    internal static Verdict Subadditivity(ApproximateInput input, Matrix<BigComplex> rho, IReadOnlyList<int> dims)
    {
        const string name = "subadditivity (mutual information non-negative)";
        ArgumentNullException.ThrowIfNull(dims);
        if (NotStates(input, name, (rho, nameof(rho))) is { } notState) return notState;
        int n = rho.Rows;
        double delta = input.TraceNormPerturbation(n, input.Norm(rho));
        var value = MutualInformation.Of(rho, dims, input.EntropyDigits);
        double tolerance = FannesAudenaert(delta, dims[0]) + FannesAudenaert(delta, dims[1]) + FannesAudenaert(delta, n);
        return Lower(name, "I(A:B)", value, tolerance, input);
    }

    internal static Verdict ConcurrenceInRange(ApproximateInput input, Matrix<BigComplex> rho)
    {
        const string name = "concurrence in [0, 1]";
        if (NotStates(input, name, (rho, nameof(rho))) is { } notState) return notState;
        double delta = input.TraceNormPerturbation(rho.Rows, input.Norm(rho));
        double tolerance = delta + 10 * Math.Pow(10, -input.EntropyDigits);
        var c = Concurrence.Of(rho, input.EntropyDigits);
        double cd = c.ToDouble();
        double excess = Math.Max(cd - 1, -cd);
        bool holds = excess <= tolerance;
        string message = holds
            ? $"C = {Verdict.Value(cd)} lies in [0, 1] ({input.Description}, tolerance {Verdict.Format(tolerance)})"
            : $"C = {Verdict.Value(cd)} lies outside [0, 1] by {Verdict.Format(excess)} ({Verdict.Comparison(excess, tolerance, false, "excess")}, {input.Description}); is rho normalised?";
        return new Verdict(name, holds, Math.Max(0, excess), tolerance, message);
    }

    /// <summary>A failing verdict when an input is not positive semidefinite (entropies are then undefined), else null.</summary>
    private static Verdict? NotStates(ApproximateInput input, string name, params (Matrix<BigComplex> State, string Parameter)[] states)
    {
        foreach (var (state, parameter) in states) ArgumentNullException.ThrowIfNull(state, parameter);
        foreach (var (state, _) in states)
        {
            var positivity = StateValidity.Positivity(input, state);
            if (!positivity.Holds)
                return Verdict.AllOf(name, positivity with { Message = positivity.Message + "; the entropic quantity is undefined" });
        }
        return null;
    }

    private static Verdict Lower(string name, string quantity, BigReal value, double tolerance, ApproximateInput input)
    {
        double v = value.ToDouble();
        double below = Math.Max(0, -v);
        bool holds = below <= tolerance;
        string message = holds
            ? $"{quantity} = {Verdict.Value(v)} >= 0 ({input.Description}, tolerance {Verdict.Format(tolerance)})"
            : $"{quantity} = {Verdict.Value(v)} < 0 ({Verdict.Comparison(below, tolerance, false, "shortfall")}, {input.Description}); are the states normalised?";
        return new Verdict(name, holds, below, tolerance, message);
    }

    /// <summary>T ln(d - 1) + h(T) for T &lt; 1 - 1/d, else ln d (Audenaert, J. Phys. A 40, 8127 (2007), Eq. 3).</summary>
    internal static double FannesAudenaert(double t, int d)
    {
        if (t <= 0) return 0;
        // Stryker disable once Equality : for d == 1 the next line returns ln 1 = 0 as well (t > 0 >= 1 - 1/d)
        if (d <= 1) return 0;
        if (t >= 1 - 1.0 / d) return Math.Log(d);
        double h = -t * Math.Log(t) - (1 - t) * Math.Log(1 - t);
        return t * Math.Log(d - 1) + h;
    }
}
