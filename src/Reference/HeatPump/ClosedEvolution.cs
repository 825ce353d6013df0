using QTherm.Reference.Information;
using QTherm.Reference.Numerics;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Unitary evolution rho(t) = U rho_AB^0 U^dagger, U = exp(-i (H_A + H_B + V_AB) t), by the high-precision matrix
/// exponential; the independent computation that the closed forms of Sec. III and Appendix B are checked against.
/// Seed 001_8d968b41aa3feca2.txt, Appendix B (Liouville-von Neumann equation).
/// </summary>
public sealed class ClosedEvolution
{
    public HeatPumpParameters Parameters { get; }
    public int Digits { get; }
    public ProductGibbsState Product { get; }
    public CorrelationMatrix Chi { get; }
    public Matrix<BigComplex> InitialState { get; }
    public Matrix<BigComplex> Hamiltonian { get; }

    private readonly int work;

    /// <summary>Starts from the optimal state of Eqs. 5 and 10.</summary>
    public ClosedEvolution(HeatPumpParameters parameters, int digits)
        : this(parameters, digits, null) { }

    /// <summary>Starts from rho_A^0 (x) rho_B^0 + chi with the given chi (null: Eq. 10).</summary>
    public ClosedEvolution(HeatPumpParameters parameters, int digits, CorrelationMatrix? chi)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Precision.RequireValid(digits, nameof(digits));
        Parameters = parameters;
        Digits = digits;
        work = digits + 10;
        Product = parameters.Product(work);
        Chi = chi ?? CorrelationMatrix.Optimal(Product, parameters.PhiChi(work));
        InitialState = Chi.InitialState(Product);
        Hamiltonian = TwoQubitHamiltonian.Total(parameters.Omega, parameters.PhiV(work));
    }

    /// <summary>exp(-i H t).</summary>
    public Matrix<BigComplex> Propagator(Rational t)
    {
        var minusIt = new BigComplex(BigReal.Zero, -BigReal.FromRational(t, work));
        return MatrixExponential.Of(Hamiltonian.Map(h => h * minusIt), work);
    }

    /// <summary>rho(t), entries good to about <see cref="Digits"/> + 5 digits.</summary>
    public Matrix<BigComplex> StateAt(Rational t)
    {
        var u = Propagator(t);
        return Hermitised(u * InitialState * u.Adjoint());
    }

    /// <summary>(rho + rho^dagger)/2: removes the rounding-level anti-Hermitian part.</summary>
    public static Matrix<BigComplex> Hermitised(Matrix<BigComplex> rho) =>
        Matrix<BigComplex>.Create(rho.Rows, rho.Cols, (i, j) =>
        {
            var z = rho[i, j] + rho[j, i].Conjugate();
            return new BigComplex(z.Re.ScaleByPowerOfTwo(-1), z.Im.ScaleByPowerOfTwo(-1));
        });

    /// <summary>E_A - E_B, the subspace energy difference of Sec. II.</summary>
    public static BigReal Sed(Matrix<BigComplex> rho) =>
        TwoQubitHamiltonian.Expectation(TwoQubitHamiltonian.HA() - TwoQubitHamiltonian.HB(), rho);

    /// <summary>d/dt Tr(O rho(t)) = Tr(O (-i)[H, rho]) at the evolved state (Liouville-von Neumann equation).</summary>
    public BigReal RateOf(Matrix<BigComplex> observable, Matrix<BigComplex> rho)
    {
        var c = Matrix<BigComplex>.Commutator(Hamiltonian, rho);
        return (observable * c).Trace().Im;
    }

    /// <summary>d^2/dt^2 Tr(O rho(t)) = -Tr(O [H, [H, rho]]).</summary>
    public BigReal SecondRateOf(Matrix<BigComplex> observable, Matrix<BigComplex> rho)
    {
        var c = Matrix<BigComplex>.Commutator(Hamiltonian, Matrix<BigComplex>.Commutator(Hamiltonian, rho));
        return -(observable * c).Trace().Re;
    }

    /// <summary>Concurrence (Wootters) of rho(t). Seed 001_8d968b41aa3feca2.txt, Fig. 1(b).</summary>
    public BigReal ConcurrenceAt(Rational t) => Concurrence.Of(StateAt(t), Digits);

    /// <summary>I_AB = S_A + S_B - S_AB of rho(t). Seed 001_8d968b41aa3feca2.txt, Fig. 1(c).</summary>
    public BigReal MutualInformationAt(Rational t) => MutualInformation.Of(StateAt(t), [2, 2], Digits);

    /// <summary>
    /// The first local maximum of the SED for t &gt; 0 found on the evolution itself: a scan for the first sign change
    /// of dDelta/dt from + to -, then Newton on dDelta/dt with d^2Delta/dt^2, both from the Liouville equation at the
    /// evolved state. Seed 001_8d968b41aa3feca2.txt, Sec. III (tau = |theta|/(2 Omega)).
    /// </summary>
    public BigReal FirstSedMaximumTime()
    {
        if (Parameters.Omega.IsZero) throw new InvalidOperationException("Without coupling the SED is constant.");
        var d = TwoQubitHamiltonian.HA() - TwoQubitHamiltonian.HB();
        // One period of the SED is pi/Omega; scan it in 64 steps.
        var period = new Rational(314159, 100000) / Parameters.Omega;
        Rational step = period / 64, lo = Rational.Zero;
        var rate0 = RateOf(d, InitialState);
        Rational? hi = null;
        var previous = rate0;
        for (int k = 1; k <= 80; k++)
        {
            var t = step * k;
            var r = RateOf(d, StateAt(t));
            if (previous.Sign > 0 && r.Sign <= 0) { hi = t; lo = step * (k - 1); break; }
            previous = r;
        }
        if (hi is null) throw new InvalidOperationException("No SED maximum found within one period.");
        var tNow = BigReal.FromRational((lo + hi.Value) / 2, work);
        var tolerance = BigReal.FromRational(new Rational(1, System.Numerics.BigInteger.Pow(10, Digits + 2)), work);
        for (int iteration = 0; iteration < 60; iteration++)
        {
            var rho = StateAt(tNow.ToRational());
            var newton = RateOf(d, rho) / SecondRateOf(d, rho);
            tNow -= newton;
            if (newton.Abs() < tolerance) break;
        }
        return tNow.WithDigits(Digits);
    }
}
