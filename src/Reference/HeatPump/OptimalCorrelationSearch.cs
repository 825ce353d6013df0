namespace QTherm.Reference.HeatPump;

/// <summary>
/// Appendix A done by the oracle itself: maximise the Wootters concurrence of rho_A^0 (x) rho_B^0 + chi over
/// (chi_11, |chi_23|) subject to rho &gt;= 0 (decided by eigenvalues, not by Eqs. A1-A2) and the local-Gibbs
/// structure of chi. A grid locates the feasible region; nested golden-section searches then maximise over the
/// largest feasible |chi_23| for each chi_11 (found by bisection on the smallest eigenvalue). Double precision.
/// Seed 001_8d968b41aa3feca2.txt, Appendix A and Eq. 11.
/// </summary>
public static class OptimalCorrelationSearch
{
    public sealed record Optimum(double Chi11, double Chi23, double Concurrence, int FeasibleGridPoints);

    public static Optimum Find(double[] lambda, int grid = 60)
    {
        double scale = lambda.Max();
        bool Feasible(double x, double y) => DoubleTwoQubitState.MinEigenvalue(DoubleTwoQubitState.Of(lambda, x, y)) >= -1e-13;
        double C(double x, double y) => DoubleTwoQubitState.Concurrence(DoubleTwoQubitState.Of(lambda, x, y));

        // Grid over the box |chi_11| <= max lambda, 0 <= |chi_23| <= max lambda.
        double bestC = -1, bestX = 0;
        double xLo = double.PositiveInfinity, xHi = double.NegativeInfinity;
        int feasible = 0;
        for (int i = 0; i <= grid; i++)
            for (int j = 0; j <= grid; j++)
            {
                double x = -scale + 2 * scale * i / grid, y = scale * j / grid;
                if (!Feasible(x, y)) continue;
                feasible++;
                xLo = Math.Min(xLo, x); xHi = Math.Max(xHi, x);
                double c = C(x, y);
                if (c > bestC) { bestC = c; bestX = x; }
            }
        if (feasible == 0) throw new InvalidOperationException("No feasible correlation matrix on the grid.");
        double step = 2 * scale / grid;
        // The feasible chi_11 interval, refined by bisection on positivity at chi_23 = 0.
        double lo = Bisect(x => Feasible(x, 0), xLo, Math.Max(-scale, xLo - step));
        double hi = Bisect(x => Feasible(x, 0), xHi, Math.Min(scale, xHi + step));
        double YMax(double x) => Bisect(y => Feasible(x, y), 0, 2 * scale);
        double BestOverY(double x, out double yArg)
        {
            double ym = YMax(x);
            yArg = GoldenMax(y => C(x, y), 0, ym);
            return C(x, yArg);
        }
        double xStar = GoldenMax(x => BestOverY(x, out _), lo, hi);
        double cStar = BestOverY(xStar, out double yStar);
        if (bestC > cStar) throw new InvalidOperationException($"Refinement lost the grid optimum ({bestC} at chi_11 = {bestX} > {cStar}).");
        return new Optimum(xStar, yStar, cStar, feasible);
    }

    // Boundary between a true point and a false point, to double resolution.
    private static double Bisect(Func<double, bool> inside, double inPoint, double outPoint)
    {
        if (inside(outPoint)) return outPoint;
        for (int k = 0; k < 200 && Math.Abs(inPoint - outPoint) > 1e-15 * (1 + Math.Abs(inPoint)); k++)
        {
            double mid = 0.5 * (inPoint + outPoint);
            if (inside(mid)) inPoint = mid; else outPoint = mid;
        }
        return inPoint;
    }

    private static double GoldenMax(Func<double, double> f, double a, double b)
    {
        double g = (Math.Sqrt(5) - 1) / 2;
        double c = b - g * (b - a), d = a + g * (b - a);
        double fc = f(c), fd = f(d);
        for (int k = 0; k < 120 && Math.Abs(b - a) > 1e-14; k++)
        {
            if (fc >= fd) { b = d; d = c; fd = fc; c = b - g * (b - a); fc = f(c); }
            else { a = c; c = d; fc = fd; d = a + g * (b - a); fd = f(d); }
        }
        // Endpoints: the optimum of Appendix A sits on the boundary of the feasible region.
        double mid = 0.5 * (a + b);
        double best = mid, fBest = f(mid);
        foreach (var e in new[] { a, b })
        {
            double fe = f(e);
            if (fe > fBest) { best = e; fBest = fe; }
        }
        return best;
    }
}
