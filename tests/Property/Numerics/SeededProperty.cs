using FsCheck;
using FsCheck.Fluent;

namespace QTherm.Tests.Property.Numerics;

/// <summary>Runs an FsCheck property with a fixed seed and names the seed in the failure message.</summary>
internal static class SeededProperty
{
    public static void Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest, ulong seed)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(seed, 0x9E3779B97F4A7C15UL).WithQuietOnSuccess(true);
        try
        {
            Prop.ForAll(arbitrary, property).Check(config);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"Property failed with FsCheck seed {seed} (gamma 0x9E3779B97F4A7C15): {e.Message}");
        }
    }
}
