namespace QTherm.Reference.Quieg;

/// <summary>
/// How the level is moved while F touches a reservoir: quasi-static (reversible, Sec. 4), or in <see cref="Jumps"/>
/// sudden level jumps (each jump at fixed occupation, then relaxation to equilibrium at the new level), the
/// non-quasi-static variant on which the second law (Eq. 24 bound) bites. The intermediate levels are those whose
/// equilibrium occupations are equally spaced between the start and end occupations.
/// </summary>
public sealed record ContactSchedule(int? Jumps)
{
    public static ContactSchedule QuasiStatic { get; } = new((int?)null);

    public static ContactSchedule SuddenJumps(int jumps) => jumps >= 1 ? new ContactSchedule(jumps)
        : throw new Quantities.ParameterOutOfRangeException("jumps", jumps, "an integer >= 1");

    public bool IsQuasiStatic => Jumps is null;
}
