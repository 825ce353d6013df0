using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// The two-qubit QET model with Alice's qubit coupled through sx_A to reservoir A and Bob's through sx_B to reservoir B
/// (bosonic at T_A, T_B or fermionic with mu_A, mu_B). Gives the generator in each <see cref="MasterEquationForm"/>, its
/// steady state, and the QET output of that steady state (Alice's sx_A measurement, Bob's best y-rotation).
/// Seed 002_3d1265a9cee6337c.txt, Sec. 2.2 (NESS), Sec. 2.3 (gamma dependence), Sec. 3 (master equation, Delta E_B).
/// </summary>
public sealed record OpenQetSystem(TwoQubitModel Model, Reservoir ReservoirA, Reservoir ReservoirB)
{
    /// <summary>The generator at working precision.</summary>
    public Matrix<BigComplex> Generator(MasterEquationForm form, HighPrecisionScalars scalars)
    {
        int digits = scalars.Digits;
        var h = ExactToHighPrecision.Of(Model.Hamiltonian, scalars).Total;
        if (form == MasterEquationForm.LocalLindblad)
        {
            var omegaA = BigReal.FromRational(2 * Model.EpsA, digits);
            var omegaB = BigReal.FromRational(2 * Model.EpsB, digits);
            var a = LocalRates.Of(ReservoirA, omegaA, digits);
            var b = LocalRates.Of(ReservoirB, omegaB, digits);
            return LocalLindbladGenerator.Of(h, (scalars.FromReal(a.Down), scalars.FromReal(a.Up)), (scalars.FromReal(b.Down), scalars.FromReal(b.Up)), scalars);
        }
        var levels = Model.Eigenbasis.Levels(digits);
        var couplings = new List<ReservoirCoupling>
        {
            new(QetOperators.ToBig(QetOperators.OnAlice(Pauli.X), digits), ReservoirA),
            new(QetOperators.ToBig(QetOperators.OnBob(Pauli.X), digits), ReservoirB),
        };
        return form == MasterEquationForm.GlobalLindblad
            ? GlobalLindbladGenerator.Of(h, levels, couplings, scalars)
            : BlochRedfieldGenerator.Of(h, levels, couplings, scalars);
    }

    public SteadyState<BigComplex> SteadyState(MasterEquationForm form, HighPrecisionScalars scalars) =>
        SteadyState<BigComplex>.Of(Generator(form, scalars), scalars);

    /// <summary>The steady state, refused with <see cref="InvalidSteadyStateException"/> unless it is a unique valid state.</summary>
    public SteadyState<BigComplex> ValidSteadyState(MasterEquationForm form, HighPrecisionScalars scalars)
    {
        var ss = SteadyState(form, scalars);
        return ss.IsUniqueValidState ? ss : throw new InvalidSteadyStateException(form, ss.NullSpaceDimension, ss.Validity.MostNegativeMinor);
    }

    /// <summary>Bob's output curve E_B(theta) for the (valid) steady state (Alice measures sx_A).</summary>
    public BobOutputCurve SteadyStateOutput(MasterEquationForm form, HighPrecisionScalars scalars) =>
        BobOutputCurve.Of(ExactToHighPrecision.Of(Model.Hamiltonian, scalars), ValidSteadyState(form, scalars).Density,
            AliceMeasurements.ProjectiveSx(scalars), scalars);

    /// <summary>
    /// The exact local-Lindblad steady state for rational rates (Boltzmann factors given as rationals), from
    /// <see cref="ExactLinearAlgebra.NullSpace"/>; the validity is decided exactly (principal minors and
    /// <see cref="ExactPositivity"/> must agree).
    /// </summary>
    public static SteadyState<ComplexRational> ExactLocalSteadyState(TwoQubitModel model, LocalRates ratesA, LocalRates ratesB, ExactScalars scalars)
    {
        var generator = LocalLindbladGenerator.Of(model.Hamiltonian.Total, (ratesA.Down, ratesA.Up), (ratesB.Down, ratesB.Up), scalars);
        var nullSpace = ExactLinearAlgebra.NullSpace(generator);
        if (nullSpace.Count == 0) throw new InvalidOperationException("The generator has no steady state (full rank).");
        var rho = Matrix<ComplexRational>.UnvecColumns(nullSpace[0], 4, 4);
        rho = rho.Scale(ComplexRational.One / rho.Trace());
        var validity = DensityMatrixValidity.Of(rho, scalars);
        if (validity.IsPositiveSemidefinite != ExactPositivity.IsPositiveSemidefinite(rho))
            throw new InvalidOperationException("Principal-minor and exact-positivity checks disagree on the steady state.");
        return new(rho, nullSpace.Count, validity);
    }
}
