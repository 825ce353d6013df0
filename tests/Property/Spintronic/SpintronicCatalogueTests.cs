using QTherm.Tests.Property.Catalogue;
using Xunit;

namespace QTherm.Tests.Property.Spintronic;

/// <summary>The spintronic catalogue as `qtherm quantities` lists it and as `qtherm eval` answers at its defaults.</summary>
public class SpintronicCatalogueTests
{
    [Fact]
    public void Listing_matches_the_committed_snapshot() => CatalogueSnapshot.MetadataMatches("spintronic");

    [Fact]
    public void Values_at_the_defaults_match_the_committed_snapshot() =>
        CatalogueSnapshot.ValuesAtDefaultsMatch("spintronic", new[] { "efficiency", "electrical_work", "power" }
            .ToDictionary(name => "spintronic." + name, _ => "seconds each (long-run engine cycle); ElectricalWorkQuantityTests and the golden records evaluate them"));
}
