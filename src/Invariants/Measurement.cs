namespace QTherm.Invariants;

/// <summary>A measured deviation, the tolerance it was compared with, and whether it is within it.</summary>
internal readonly record struct Measurement(bool Within, double Size, double Tolerance)
{
    public string Comparison(string quantity = "deviation") => Verdict.Comparison(Size, Tolerance, Within, quantity);
}
