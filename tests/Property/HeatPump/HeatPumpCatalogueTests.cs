using QTherm.Tests.Property.Catalogue;
using Xunit;

namespace QTherm.Tests.Property.HeatPump;

/// <summary>The heatpump catalogue as `qtherm quantities` lists it and as `qtherm eval` answers at its defaults.</summary>
public class HeatPumpCatalogueTests
{
    [Fact]
    public void Listing_matches_the_committed_snapshot() => CatalogueSnapshot.MetadataMatches("heatpump");

    [Fact]
    public void Values_at_the_defaults_match_the_committed_snapshot() =>
        CatalogueSnapshot.ValuesAtDefaultsMatch("heatpump", new[] { "eq18_ratio_heom", "first_max_time_heom", "heom_heat_a", "heom_heat_b" }
            .ToDictionary(name => "heatpump." + name, _ => "a HEOM solve takes seconds to minutes; run qtherm eval"));
}
