using QTherm.Reference.Quantities;

namespace QTherm.Reference.HeatPump;

/// <summary>
/// Numerical settings of a HEOM run: hierarchy depth L, number K of Matsubara terms per bath (beyond the Drude term),
/// whether the Ishizaki-Tanimura terminator replaces the terms beyond K, and the RK4 step.
/// Seed 001_8d968b41aa3feca2.txt, Sec. IV (refs. 32-34).
/// </summary>
public sealed record HeomSettings
{
    public int Depth { get; }
    public int MatsubaraTerms { get; }
    public bool Terminator { get; }
    public double TimeStep { get; }

    public HeomSettings(int depth, int matsubaraTerms, double timeStep, bool terminator = true)
    {
        if (depth < 1 || depth > 12) throw new ParameterOutOfRangeException("L", depth, "[1, 12]", "hierarchy depth");
        if (matsubaraTerms < 0 || matsubaraTerms > 20) throw new ParameterOutOfRangeException("K", matsubaraTerms, "[0, 20]", "Matsubara terms per bath");
        if (!(timeStep > 0) || timeStep > 1) throw new ParameterOutOfRangeException("dt", timeStep, "(0, 1]", "RK4 step in 1/omega");
        Depth = depth;
        MatsubaraTerms = matsubaraTerms;
        TimeStep = timeStep;
        Terminator = terminator;
    }

    public override string ToString() => $"L = {Depth}, K = {MatsubaraTerms}{(Terminator ? " + terminator" : "")}, RK4 dt = {TimeStep}";
}
