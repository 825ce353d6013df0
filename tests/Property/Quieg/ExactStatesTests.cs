using QTherm.Reference.Numerics;
using QTherm.Reference.Quieg;
using Xunit;

namespace QTherm.Tests.Property.Quieg;

/// <summary>
/// Exact rational density matrices of the CNOT measurement (Eqs. 1-4), the reset CNOT (Sec. 5 stage 6) and the
/// security protocol (Eqs. 40-44): every state is Hermitian, of unit trace and positive semidefinite (exact test), and
/// equals the printed forms. Biases m = 1/2 + k/128, k = 0..64 (both edges included).
/// </summary>
public class ExactStatesTests
{
    private static IEnumerable<Rational> Biases() => Enumerable.Range(0, 65).Select(k => Rational.Half + new Rational(k, 128));

    private static void AssertState(Matrix<ComplexRational> rho, string what)
    {
        Assert.True(rho.IsHermitian(), what + " is not Hermitian");
        Assert.Equal(ComplexRational.One, rho.Trace());
        Assert.True(ExactPositivity.IsPositiveSemidefinite(rho), what + " is not positive semidefinite");
    }

    private static ComplexRational Q(Rational x) => x;

    [Fact]
    public void CnotMeasurementGivesEq3AndEq4()
    {
        foreach (var m in Biases())
        {
            var c = CnotMeasurement.Of(m);
            AssertState(c.InitialJoint, $"initial M F at m={m}");
            AssertState(c.JointAfterCnot, $"Eq. 3 at m={m}");
            var h = Rational.Half;
            Assert.Equal(Matrix<ComplexRational>.Diagonal(Q(h * m), Q(h * (1 - m)), Q(h * (1 - m)), Q(h * m)), c.JointAfterCnot);
            Assert.Equal(Rational.Half, c.ProbabilityM0);
            Assert.Equal(Rational.Half, c.ProbabilityM1);
            Assert.Equal(QubitGates.DiagonalQubit(1 - m), c.FGivenM0); // m|0><0| + (1-m)|1><1|
            Assert.Equal(QubitGates.DiagonalQubit(m), c.FGivenM1);     // m|1><1| + (1-m)|0><0|
            AssertState(c.FGivenM0, "rho_F0");
            AssertState(c.FGivenM1, "rho_F1");
            // the measurement leaves F's average occupation (hence U at E = mu) unchanged (Sec. 4, before Eq. 15)
            Assert.Equal(Rational.Half, Rational.Half * (c.FGivenM0[1, 1].Re + c.FGivenM1[1, 1].Re));
        }
    }

    [Fact]
    public void ResetCnotRestoresRhoInitAndLeavesFMaximallyMixed()
    {
        foreach (var m in Biases())
        {
            var r = ResetCnot.Of(1 - m, m);
            AssertState(r.Before, $"rho_5 at m={m}");
            AssertState(r.After, $"rho_6 at m={m}");
            Assert.True(r.Factorises, $"rho_6 does not factorise at m={m}");
            Assert.Equal(QubitGates.DiagonalQubit(1 - m), r.ReducedM);
            Assert.Equal(QubitGates.DiagonalQubit(Rational.Half), r.ReducedF);
            // the paper's rho_5 as printed
            var h = Rational.Half;
            Assert.Equal(Matrix<ComplexRational>.Diagonal(Q(h * m), Q(h * (1 - m)), Q(h * (1 - m)), Q(h * m)), r.Before);
        }
    }

    [Fact]
    public void SecurityProtocolHidesTheQubitsAndRecoversThemExactly()
    {
        foreach (var m in Biases())
        {
            var s = SecurityProtocol.Of(m);
            AssertState(s.MbAfterHadamard, "Eq. 40");
            AssertState(s.Joint2, "Eq. 41");
            AssertState(s.Joint3, "Eq. 42");
            AssertState(s.Recovered, "Eq. 44");
            Assert.Equal(SecurityProtocol.Eq40AsPrinted(m), s.MbAfterHadamard);
            Assert.Equal(SecurityProtocol.Eq42AsPrinted(m), s.Joint3);
            var mixed = QubitGates.DiagonalQubit(Rational.Half);
            Assert.Equal(mixed, s.ReducedMa);
            Assert.Equal(mixed, s.ReducedMb);
            var rho = QubitGates.DiagonalQubit(1 - m);
            Assert.Equal(rho.Kron(rho), s.Recovered);
        }
    }

    [Fact]
    public void UnnormalisedHadamardConjugationEqualsTheUnitaryOne()
    {
        // H' H'^dagger = 2 1, so (1/2) H' rho H'^dagger is the unitary conjugation; H'^2 = 2 1 makes two Hadamards the identity.
        var h = QubitGates.HadamardUnnormalised;
        Assert.Equal(Q(2) * Matrix<ComplexRational>.Identity(2), h * h.Adjoint());
        var rho = Matrix<ComplexRational>.FromRows([Q(new Rational(1, 3)), new ComplexRational(new Rational(1, 5), new Rational(1, 7))],
            [new ComplexRational(new Rational(1, 5), new Rational(-1, 7)), Q(new Rational(2, 3))]);
        Assert.Equal(rho, QubitGates.ApplyHadamard(QubitGates.ApplyHadamard(rho)));
        Assert.Equal(QubitGates.CnotTargetFirst * QubitGates.CnotTargetFirst, Matrix<ComplexRational>.Identity(4));
    }
}
