using QTherm.Tests.Property.Catalogue;
using Xunit;

namespace QTherm.Tests.Property.Quieg;

/// <summary>The quieg catalogue as `qtherm quantities` lists it and as `qtherm eval` answers at its defaults.</summary>
public class QuiegCatalogueTests
{
    [Fact]
    public void Listing_matches_the_committed_snapshot() => CatalogueSnapshot.MetadataMatches("quieg");

    [Fact]
    public void Values_at_the_defaults_match_the_committed_snapshot() => CatalogueSnapshot.ValuesAtDefaultsMatch("quieg", new Dictionary<string, string>());
}
