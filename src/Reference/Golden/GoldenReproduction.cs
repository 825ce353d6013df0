using QTherm.Reference.Numerics;
using QTherm.Reference.Quantities;

namespace QTherm.Reference.Golden;

/// <summary>
/// Recomputes the oracle's side of golden records and decides their status. The published side is never touched.
/// Status rule: <c>reproduced</c> when |oracle - published| / |published| is within the published tolerance (given,
/// or half a unit in the last printed digit; for a closed form, the digits both sides trust) plus the oracle's own
/// uncertainty (one unit in its last trusted digit); <c>discrepancy</c> otherwise; <c>not-reproducible</c> when the
/// oracle cannot compute the quantity.
/// </summary>
public static class GoldenReproduction
{
    private const int ComparisonDigits = 60;

    /// <summary>Reproduces every record against the <see cref="QuantityCatalog"/>, or another catalogue (tests).</summary>
    public static GoldenFile Reproduce(GoldenFile file, Func<string, QuantityDefinition?>? catalog = null)
    {
        catalog ??= id => QuantityCatalog.TryFind(id, out var q) ? q : null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in file.Records)
            if (!ids.Add(record.Id)) throw new GoldenDataException($"Record id '{record.Id}' appears twice in the {file.Model} file.");
        return file with { Records = file.Records.Select(r => Reproduce(r, file.Model, catalog)).ToList() };
    }

    private static GoldenRecord Reproduce(GoldenRecord record, string model, Func<string, QuantityDefinition?> catalog)
    {
        var quantity = Lookup(catalog, record.Quantity, record.Id);
        if (quantity.Model != model)
            throw new GoldenDataException($"Record '{record.Id}': quantity '{quantity.Id}' belongs to model '{quantity.Model}', not '{model}'.");
        if (quantity.Unit != record.Published.Unit)
            throw new GoldenDataException($"Record '{record.Id}': the paper's value is in '{record.Published.Unit}' but quantity '{quantity.Id}' is in '{quantity.Unit}'.");
        if ((record.Published.Value is null) == (record.Published.ClosedForm is null))
            throw new GoldenDataException($"Record '{record.Id}': published needs exactly one of value (a printed number) or closed_form (a quantity id).");

        var oracle = Evaluate(quantity, record);
        if (!oracle.HasValue)
            return record with
            {
                Oracle = new OracleEntry(null, quantity.Unit, null, null, oracle.Method, null, oracle.NotReproducibleReason),
                Status = GoldenStatus.NotReproducible,
                RelativeDifference = null,
            };

        BigReal published;
        Rational tolerance;
        string? closedFormValue = null;
        if (record.Published.Value is { } printed)
        {
            if (!Rational.TryParse(printed, out var exact))
                throw new GoldenDataException($"Record '{record.Id}': published.value '{printed}' is not a decimal number.");
            published = BigReal.FromRational(exact, ComparisonDigits);
            tolerance = record.Published.RelativeTolerance is { } given
                ? ParseTolerance(given, record.Id)
                : PrintedPrecision.RelativeHalfUnit(printed);
        }
        else
        {
            var closedForm = Lookup(catalog, record.Published.ClosedForm!, record.Id);
            if (closedForm.Unit != quantity.Unit)
                throw new GoldenDataException($"Record '{record.Id}': closed form '{closedForm.Id}' is in '{closedForm.Unit}', the oracle's quantity in '{quantity.Unit}'.");
            var formula = Evaluate(closedForm, record);
            if (!formula.HasValue)
                throw new GoldenDataException($"Record '{record.Id}': the closed form '{closedForm.Id}' could not be evaluated: {formula.NotReproducibleReason}");
            closedFormValue = formula.Value;
            published = formula.ToBigReal(ComparisonDigits);
            tolerance = UnitInLastDigit(formula.TrustedDigits);
        }

        var value = oracle.ToBigReal(ComparisonDigits);
        tolerance += UnitInLastDigit(oracle.TrustedDigits);
        var difference = value - published;
        var relative = published.IsZero ? difference : difference / published.Abs();
        var status = relative.Abs() <= BigReal.FromRational(tolerance, ComparisonDigits)
            ? GoldenStatus.Reproduced
            : GoldenStatus.Discrepancy;

        return record with
        {
            Oracle = new OracleEntry(
                oracle.Value, quantity.Unit,
                oracle.ExactForm is null ? oracle.TrustedDigits : null,
                oracle.ExactForm, oracle.Method, closedFormValue, null),
            Status = status,
            RelativeDifference = relative.IsZero ? "0" : relative.ToString(3),
        };
    }

    private static QuantityDefinition Lookup(Func<string, QuantityDefinition?> catalog, string id, string recordId) =>
        catalog(id) ?? throw new GoldenDataException($"Record '{recordId}': unknown quantity '{id}' (see 'qtherm quantities').");

    private static QuantityResult Evaluate(QuantityDefinition quantity, GoldenRecord record)
    {
        try
        {
            return quantity.EvaluateWith(record.Parameters);
        }
        catch (ParameterOutOfRangeException e)
        {
            throw new GoldenDataException($"Record '{record.Id}': {e.Message}", e);
        }
    }

    private static Rational ParseTolerance(string text, string recordId) =>
        Rational.TryParse(text, out var t) && t.Sign > 0 ? t
            : throw new GoldenDataException($"Record '{recordId}': published.relative_tolerance '{text}' must be a positive number.");

    /// <summary>One unit in the last of <paramref name="digits"/> significant digits, relative: 10^(1 - digits).</summary>
    private static Rational UnitInLastDigit(int digits) =>
        digits == QuantityResult.ExactDigits ? Rational.Zero
            : new Rational(1, System.Numerics.BigInteger.Pow(10, Math.Max(0, digits - 1)));
}
