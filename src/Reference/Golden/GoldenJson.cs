using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QTherm.Reference.Golden;

/// <summary>Reads and writes golden files in one canonical form (snake_case, indented, nulls kept, LF endings).</summary>
public static class GoldenJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Serialize(GoldenFile file) => JsonSerializer.Serialize(file, Options) + "\n";

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    /// <summary>Parses a golden file; a malformed one raises <see cref="GoldenDataException"/> naming the file and the place.</summary>
    public static GoldenFile Parse(string json, string sourceName)
    {
        try
        {
            return JsonSerializer.Deserialize<GoldenFile>(json, Options)
                   ?? throw new GoldenDataException($"{sourceName}: the file is empty (expected an object with model, seed, records).");
        }
        catch (JsonException e)
        {
            // Stryker disable once String : JsonSerializer sets LineNumber on every JsonException it lets escape (syntax, missing, unmapped and null-for-non-nullable errors alike), so this default is always overwritten
            var where = "";
            if (e.LineNumber is { } line) where = $" at line {line + 1}";
            throw new GoldenDataException($"{sourceName}{where}: {e.Message}", e);
        }
    }
}
