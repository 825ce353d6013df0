using QTherm.Reference.Numerics;

namespace QTherm.Reference.Spintronic;

/// <summary>The energy the measurement stroke puts into the dots.</summary>
public static class MeasurementEnergy
{
    /// <summary>Delta E = Tr[H_S rho(tau^+)] - Tr[H_S rho(tau^-)], rho(tau^+) from the channel. Seed 004_a075f79c977e5cdb.txt, Eq. 15.</summary>
    public static ComplexRational DirectDifference(SpintronicParameters p, Matrix<ComplexRational> rhoBefore,
        MeasuredObservable observable = MeasuredObservable.RightOccupation)
    {
        var h = DotHamiltonian.Of(p);
        return (h * MeasurementChannel.Apply(rhoBefore, observable)).Trace() - (h * rhoBefore).Trace();
    }

    /// <summary>Delta E = -Tr[C rho]. Seed 004_a075f79c977e5cdb.txt, Eq. 16.</summary>
    public static ComplexRational FromCoherence(SpintronicParameters p, Matrix<ComplexRational> rhoBefore) =>
        -(DotHamiltonian.TunnelOperator(p.Gamma) * rhoBefore).Trace();

    /// <summary>Delta E = -2 Re[gamma (rho_14 + rho_36)]. Seed 004_a075f79c977e5cdb.txt, Eq. 16 (first form).</summary>
    public static Rational FromMatrixElements(SpintronicParameters p, Matrix<ComplexRational> rhoBefore) =>
        -2 * (p.Gamma * (rhoBefore[1, 4] + rhoBefore[3, 6])).Re;
}
