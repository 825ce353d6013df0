using QTherm.Reference.Quantities;
using Xunit;

namespace QTherm.Tests.Golden.Format;

/// <summary>The catalogue lists every quantity once, ordered by id.</summary>
public sealed class QuantityCatalogTests
{
    private static QuantityDefinition Constant(string id) =>
        new(id, "test", "a constant", "1", [], _ => QuantityResult.Exact(1, "constant"));

    [Fact]
    public void Ids_are_listed_in_ordinal_order()
    {
        var ids = QuantityCatalog.All.Select(q => q.Id).ToList();
        Assert.True(ids.Count > 1);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_listed_id_is_found()
    {
        foreach (var q in QuantityCatalog.All)
            Assert.Same(q, QuantityCatalog.Find(q.Id));
        Assert.False(QuantityCatalog.TryFind("no.such", out _));
        Assert.Contains("'no.such'", Assert.Throws<KeyNotFoundException>(() => QuantityCatalog.Find("no.such")).Message);
    }

    [Fact]
    public void An_id_defined_twice_is_refused_naming_it()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            QuantityCatalog.IndexById([Constant("test.a"), Constant("test.b"), Constant("test.a")]));
        Assert.Contains("'test.a' is defined twice", e.Message);
        Assert.Equal(2, QuantityCatalog.IndexById([Constant("test.a"), Constant("test.b")]).Count);
    }
}
