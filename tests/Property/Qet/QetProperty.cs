using FsCheck;
using FsCheck.Fluent;

namespace QTherm.Tests.Property.Qet;

/// <summary>
/// Runs an FsCheck property with a fixed seed and names the seed on failure (local to the QET tests, written before
/// the shared generators under tests/Property/Generators were merged).
/// </summary>
internal static class QetProperty
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    public static void Check<T>(Gen<T> generator, Func<T, bool> property, int maxTest, ulong seed)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(seed, Gamma).WithQuietOnSuccess(true);
        try
        {
            Prop.ForAll(generator.ToArbitrary(), property).Check(config);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"QET property failed with FsCheck seed {seed} (gamma 0x{Gamma:X}): {e.Message}");
        }
    }
}
