using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;

namespace QTherm.Tests.Property.Generators;

/// <summary>
/// The one FsCheck configuration every property test uses: a fixed replay seed (so a run is reproducible and CI
/// sees the same cases as a developer), a chosen number of cases, and a failure message that carries the seed.
/// Usage: <c>PropertyConfig.Check(Prop.ForAll(ExactGenerators.Rationals, x =&gt; ...), maxTest: 50);</c>.
/// </summary>
public static class PropertyConfig
{
    /// <summary>The fixed seed of FsCheck's random generator (SplitMix64 state).</summary>
    public const ulong Seed = 0x5154_6865_726D_2025UL;

    /// <summary>The SplitMix64 stream increment ("gamma"); it must be odd.</summary>
    public const ulong Gamma = 0x9E37_79B9_7F4A_7C15UL;

    /// <summary>The default number of cases; keep high-precision properties at 20-50.</summary>
    public const int DefaultMaxTest = 100;

    /// <summary>FsCheck's configuration: throw on failure, fixed replay seed, <paramref name="maxTest"/> cases.</summary>
    public static Config Create(int maxTest = DefaultMaxTest, int endSize = 100) =>
        Config.QuickThrowOnFailure
            .WithReplay(Seed, Gamma)
            .WithMaxTest(maxTest)
            .WithEndSize(endSize)
            .WithQuietOnSuccess(true);

    /// <summary>
    /// Runs <paramref name="property"/> with the fixed seed. On failure throws <see cref="PropertyFailedException"/>
    /// whose message names the property, the seed and gamma, and includes FsCheck's counterexample report.
    /// </summary>
    public static void Check(FsCheck.Property property, int maxTest = DefaultMaxTest, int endSize = 100,
        [CallerMemberName] string name = "")
    {
        ArgumentNullException.ThrowIfNull(property);
        try
        {
            property.Check(Create(maxTest, endSize).WithName(name));
        }
        catch (Exception e) when (e is not PropertyFailedException)
        {
            throw new PropertyFailedException(
                $"Property '{name}' failed with FsCheck seed 0x{Seed:X16}, gamma 0x{Gamma:X16} ({maxTest} cases). " +
                $"Replay: PropertyConfig.Create().WithReplay(0x{Seed:X16}UL, 0x{Gamma:X16}UL).{Environment.NewLine}{e.Message}", e);
        }
    }

    /// <summary>
    /// Runs <c>ForAll(arbitrary, property)</c> with a test's own fixed <paramref name="seed"/> (and the shared gamma);
    /// a failure names the seed so that the case can be replayed.
    /// </summary>
    public static void Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest, ulong seed,
        [CallerMemberName] string name = "")
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(seed, Gamma).WithQuietOnSuccess(true).WithName(name);
        try
        {
            Prop.ForAll(arbitrary, property).Check(config);
        }
        catch (Exception e) when (e is not PropertyFailedException and not OutOfMemoryException)
        {
            throw new PropertyFailedException(
                $"Property '{name}' failed with FsCheck seed {seed} (0x{seed:X16}), gamma 0x{Gamma:X16} ({maxTest} cases).{Environment.NewLine}{e.Message}", e);
        }
    }

    /// <summary><see cref="Check{T}(Arbitrary{T}, Func{T, bool}, int, ulong, string)"/> for a generator.</summary>
    public static void Check<T>(Gen<T> generator, Func<T, bool> property, int maxTest, ulong seed,
        [CallerMemberName] string name = "") =>
        Check(generator.ToArbitrary(), property, maxTest, seed, name);
}
