namespace QTherm.Reference.Quantities;

/// <summary>Every quantity the oracle computes, over all four models.</summary>
public static class QuantityCatalog
{
    // One line per model: the model's own list of quantities.
    private static readonly Func<IEnumerable<QuantityDefinition>>[] Sources =
    [
        HeatPump.HeatPumpQuantities.All,
        Qet.QetQuantities.All,
        Quieg.QuiegQuantities.All,
        Spintronic.SpintronicQuantities.All,
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, QuantityDefinition>> ById =
        new(() => IndexById(Sources.SelectMany(source => source())));

    /// <summary>The quantities by id; a second quantity with an id already taken is refused.</summary>
    internal static IReadOnlyDictionary<string, QuantityDefinition> IndexById(IEnumerable<QuantityDefinition> quantities)
    {
        var all = new Dictionary<string, QuantityDefinition>(StringComparer.Ordinal);
        foreach (var q in quantities)
            if (!all.TryAdd(q.Id, q))
                throw new InvalidOperationException($"Quantity id '{q.Id}' is defined twice.");
        return all;
    }

    public static IEnumerable<QuantityDefinition> All => ById.Value.Values.OrderBy(q => q.Id, StringComparer.Ordinal);

    public static bool TryFind(string id, out QuantityDefinition definition) => ById.Value.TryGetValue(id, out definition!);

    public static QuantityDefinition Find(string id) => TryFind(id, out var q) ? q
        : throw new KeyNotFoundException($"Unknown quantity '{id}'. Run 'qtherm quantities' for the list.");
}
