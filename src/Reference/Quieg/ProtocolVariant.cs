using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Quieg;

/// <summary>
/// Named members of the simulated protocol family used to probe the second law (Eq. 24 bound): the reversible cycle
/// at the oracle p_a; sudden level jumps in every contact step; a mis-set p_a (reversible, p_a 20 % below the
/// zero-work value); a mis-fit (the controller assumes a bias 1/10 off m when fitting, Eqs. 5, 8); a mis-levelled
/// cycle (E_2, E'_2 chosen for occupations 1/10 off p_a, p_b, Eqs. 7, 10). Seed 000_49a452cf4824afd6.txt, Sec. 4.
/// </summary>
public static class ProtocolVariant
{
    public static DirectProtocol Of(QuiegParameters q, string name, int jumps)
    {
        var pa = ZeroWorkOccupation.Solve(q, ContactSchedule.QuasiStatic).Pa;
        var ideal = DirectProtocol.Reversible(q, pa);
        var tenth = BigReal.FromRational(new Rational(1, 10), q.WorkingDigits);
        switch (name)
        {
            case "reversible": return ideal;
            case "jumps": return ideal.WithSchedule(ContactSchedule.SuddenJumps(jumps));
            case "misset_pa":
                var mis = pa * BigReal.FromRational(new Rational(4, 5), q.WorkingDigits);
                return DirectProtocol.Reversible(q, mis);
            case "misfit":
                var fit = q.M == Rational.Half ? new Rational(3, 5) : q.M - (q.M - Rational.Half) / 10;
                return ideal with { FitBias = fit };
            case "mislevel":
                return ideal with { LevelingPa = pa * (BigReal.One - tenth), LevelingPb = ideal.Pb * (BigReal.One - tenth) };
            default:
                throw new ParameterOutOfRangeException("variant", name, "reversible | jumps | misset_pa | misfit | mislevel");
        }
    }
}
