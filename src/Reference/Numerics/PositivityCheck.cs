namespace QTherm.Reference.Numerics;

/// <summary>
/// The verdict of an exact positive-semidefiniteness test. When <see cref="IsPsd"/> is false,
/// <see cref="Witness"/> is a column vector v with v^dagger H v = <see cref="WitnessValue"/> &lt; 0, exactly.
/// <see cref="Reason"/> says which pivot decided it.
/// </summary>
public sealed record PositivityCheck(
    bool IsPsd,
    Matrix<ComplexRational>? Witness,
    Rational? WitnessValue,
    string Reason);
