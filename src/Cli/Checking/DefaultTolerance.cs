using QTherm.Reference.Quantities;

namespace QTherm.Cli.Checking;

/// <summary>
/// The tolerance for a number another code computed in double precision: the quantity's conditioning times the unit
/// roundoff of a double (2^-53), times 8 for the few roundings of a typical pipeline, plus one unit in the oracle's last
/// trusted digit. A code that integrates an ODE to a looser tolerance states its own in the rel_tol column.
/// </summary>
public static class DefaultTolerance
{
    public const double UnitRoundoff = 1.1102230246251565e-16;
    public const double PipelineFactor = 8;

    public static double For(QuantityDefinition quantity, QuantityResult oracle) =>
        quantity.Conditioning * UnitRoundoff * PipelineFactor + OracleUncertainty(oracle);

    public static double OracleUncertainty(QuantityResult oracle) =>
        oracle.TrustedDigits == QuantityResult.ExactDigits ? 0 : Math.Pow(10, 1 - Math.Min(oracle.TrustedDigits, 300));

    public static string Describe(QuantityDefinition quantity) =>
        $"default: conditioning {quantity.Conditioning:G3} x 8 x 2^-53";
}
