using QTherm.Reference.Numerics;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Two Quiegs sharing one qubit stream at rate B (Secs. 6-7): Q2 runs the reverse cycle at its temperature and turns
/// maximally mixed qubits into rho_M^init (its exact reset output), drawing power from its terminals; Q1 consumes those
/// qubits in the direct cycle and delivers power to its terminals. Each runs at its own zero-work p_a (oracle root).
/// With T1 != T2 this is the informational Carnot engine; P1/P2 is an outcome of the two simulations.
/// Seed 000_49a452cf4824afd6.txt, Eqs. 33-39.
/// </summary>
public sealed record InformationalTransformer(
    ReverseCycleResult Supplier,
    DirectCycleResult Consumer,
    Rational QubitBiasHandedOver,
    BigReal BitRate,
    BigReal PowerDrawnFromQ2,
    BigReal PowerDeliveredByQ1)
{
    /// <summary>Seed 000_49a452cf4824afd6.txt, Eq. 39: P1/P2, here from the simulated electron flows.</summary>
    public BigReal PowerRatio => PowerDeliveredByQ1 / PowerDrawnFromQ2;

    /// <summary>Runs Q2 (reverse) then Q1 (direct) on the qubits Q2 hands over.</summary>
    public static InformationalTransformer Run(QuiegParameters q1, QuiegParameters q2, BigReal bitRate)
    {
        var pa2 = ZeroWorkOccupation.SolveReverse(q2).Pa;
        var supplier = ReverseCycle.Run(q2, pa2);
        // The qubit handed over is M's exact marginal after Q2's reset CNOT.
        var m = supplier.Reset.ReducedM[0, 0].Re;
        if (m != q1.M)
            throw new InvalidOperationException($"Q1 is set for m = {q1.M} but Q2 hands over qubits with m = {m}.");
        var pa1 = ZeroWorkOccupation.Solve(q1, ContactSchedule.QuasiStatic).Pa;
        var consumer = DirectCycle.Run(q1, DirectProtocol.Reversible(q1, pa1));
        var p2 = bitRate * supplier.ElectronsTPlusToTMinus * (q2.VPlusReal - q2.VMinusReal);
        var p1 = bitRate * consumer.ElectronsTMinusToTPlus * (q1.VPlusReal - q1.VMinusReal);
        return new InformationalTransformer(supplier, consumer, m, bitRate, p2, p1);
    }
}
