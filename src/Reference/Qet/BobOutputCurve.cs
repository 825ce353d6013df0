using QTherm.Reference.Numerics;

namespace QTherm.Reference.Qet;

/// <summary>
/// Bob's output under Hotta's y-rotation feedback as a function of theta for a given state and measurement:
/// E_B(theta) = G sin 2theta - B (1 - cos 2theta) (exact, since U_mu is linear in cos theta, sin theta and the energy is
/// quadratic in U). G and B are obtained from two simulated runs at the exact rational angles tan(theta/2) = 1/2, 1/3;
/// the maximum is sqrt(G^2 + B^2) - B at 2 theta = atan2(G, B). For Hotta's ground state G = eta/s, B = xi/s.
/// Seed 002_3d1265a9cee6337c.txt, Sec. 3 (feedback U_k); Hotta arXiv:1002.0200 (E_B(theta)).
/// </summary>
public sealed record BobOutputCurve(BigReal SineCoefficient, BigReal CosineCoefficient)
{
    public static BobOutputCurve Of<T>(QetHamiltonian<T> hamiltonian, Matrix<T> rho, KrausMeasurement<T> measurement, IScalarContext<T> scalars)
        where T : struct, IField<T> =>
        Fit(hamiltonian, rho, measurement, scalars, t => FeedbackControl<T>.HottaRotationAtHalfAngleTangent(t, scalars));

    /// <summary>
    /// The same curve when Bob ignores Alice's outcome (one rotation by +theta for every outcome): what he could extract
    /// without the teleported information. QET's gain is the difference of the two maxima.
    /// </summary>
    public static BobOutputCurve WithoutOutcome<T>(QetHamiltonian<T> hamiltonian, Matrix<T> rho, KrausMeasurement<T> measurement, IScalarContext<T> scalars)
        where T : struct, IField<T> =>
        Fit(hamiltonian, rho, measurement, scalars, t =>
        {
            var d = 1 + t * t;
            T c = scalars.FromRational((1 - t * t) / d), s = scalars.FromRational(2 * t / d);
            var u = Matrix<T>.FromRows([c, -s], [s, c]);
            return new FeedbackControl<T>(Enumerable.Repeat(u, measurement.Operators.Count).ToList(), scalars);
        });

    private static BobOutputCurve Fit<T>(QetHamiltonian<T> hamiltonian, Matrix<T> rho, KrausMeasurement<T> measurement, IScalarContext<T> scalars,
        Func<Rational, FeedbackControl<T>> feedbackAtHalfAngleTangent) where T : struct, IField<T>
    {
        if (measurement.Operators.Count != 2) throw new ArgumentException("Hotta's feedback needs a two-outcome measurement.", nameof(measurement));
        // tan(theta/2) = 1/2: cos 2theta = -7/25, sin 2theta = 24/25; tan(theta/2) = 1/3: cos 2theta = 7/25, sin 2theta = 24/25.
        var e1 = QetProtocol.Run(hamiltonian, rho, measurement, feedbackAtHalfAngleTangent(new Rational(1, 2))).BobOutput;
        var e2 = QetProtocol.Run(hamiltonian, rho, measurement, feedbackAtHalfAngleTangent(new Rational(1, 3))).BobOutput;
        var b = (e2 - e1) * scalars.FromRational(new Rational(25, 14));
        var g = (e2 * scalars.FromRational(25) + b * scalars.FromRational(18)) * scalars.FromRational(new Rational(1, 24));
        return new(scalars.RealPart(g), scalars.RealPart(b));
    }

    /// <summary>E_B at angle theta.</summary>
    public BigReal At(BigReal theta)
    {
        var twoTheta = theta + theta;
        return SineCoefficient * twoTheta.Sin() - CosineCoefficient * (BigReal.One - twoTheta.Cos());
    }

    /// <summary>max_theta E_B = sqrt(G^2 + B^2) - B.</summary>
    public BigReal Maximum => (SineCoefficient * SineCoefficient + CosineCoefficient * CosineCoefficient).Sqrt() - CosineCoefficient;

    /// <summary>theta* = (1/2) atan2(G, B) in (-pi/2, pi/2].</summary>
    public BigReal OptimalAngle => BigReal.Atan2(SineCoefficient, CosineCoefficient) * BigReal.FromRational(Rational.Half, SineCoefficient.Digits);
}
