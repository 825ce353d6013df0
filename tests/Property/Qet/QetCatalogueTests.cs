using QTherm.Tests.Property.Catalogue;
using Xunit;

namespace QTherm.Tests.Property.Qet;

/// <summary>The qet catalogue as `qtherm quantities` lists it and as `qtherm eval` answers at its defaults.</summary>
public class QetCatalogueTests
{
    [Fact]
    public void Listing_matches_the_committed_snapshot() => CatalogueSnapshot.MetadataMatches("qet");

    [Fact]
    public void Values_at_the_defaults_match_the_committed_snapshot() => CatalogueSnapshot.ValuesAtDefaultsMatch("qet", new Dictionary<string, string>());
}
