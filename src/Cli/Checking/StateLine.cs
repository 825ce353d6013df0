using System.Numerics;
using System.Text.Json;

namespace QTherm.Cli.Checking;

/// <summary>
/// One line of a state file from another code (JSON Lines):
/// <c>{"t": 0.5, "rho": [[[re, im], ...], ...], "H": [[[re, im], ...], ...]}</c>; <c>t</c> and <c>H</c> are optional,
/// an entry may also be a plain real number.
/// </summary>
public sealed record StateLine(int Line, double? Time, Complex[,] Rho, Complex[,]? Hamiltonian)
{
    public static StateLine Parse(string text, int line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new CheckInputException(line, $"not valid JSON ({e.Message.Split('.')[0]}).");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new CheckInputException(line, "expected an object with \"rho\" (and optionally \"t\", \"H\").");
            foreach (var property in root.EnumerateObject())
                if (property.Name is not ("t" or "rho" or "H"))
                    throw new CheckInputException(line, $"unknown field \"{property.Name}\" (expected t, rho, H).");
            double? time = null;
            if (root.TryGetProperty("t", out var t))
            {
                if (t.ValueKind != JsonValueKind.Number || !double.IsFinite(t.GetDouble()))
                    throw new CheckInputException(line, "\"t\" must be a finite number.");
                time = t.GetDouble();
            }
            if (!root.TryGetProperty("rho", out var rho))
                throw new CheckInputException(line, "the density matrix \"rho\" is missing.");
            var h = root.TryGetProperty("H", out var hElement) ? Matrix(hElement, "H", line) : null;
            var state = Matrix(rho, "rho", line);
            if (h is not null && h.GetLength(0) != state.GetLength(0))
                throw new CheckInputException(line, $"\"H\" is {h.GetLength(0)}x{h.GetLength(0)} but \"rho\" is {state.GetLength(0)}x{state.GetLength(0)}.");
            return new StateLine(line, time, state, h);
        }
    }

    private static Complex[,] Matrix(JsonElement element, string name, int line)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
            throw new CheckInputException(line, $"\"{name}\" must be a non-empty array of rows.");
        int n = element.GetArrayLength();
        var m = new Complex[n, n];
        int i = 0;
        foreach (var row in element.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != n)
                throw new CheckInputException(line, $"\"{name}\" row {i} must have {n} entries (a square matrix).");
            int j = 0;
            foreach (var entry in row.EnumerateArray()) m[i, j++] = Entry(entry, name, i, j - 1, line);
            i++;
        }
        return m;
    }

    private static Complex Entry(JsonElement entry, string name, int i, int j, int line)
    {
        double Finite(JsonElement x) => x.ValueKind == JsonValueKind.Number && double.IsFinite(x.GetDouble()) ? x.GetDouble()
            : throw new CheckInputException(line, $"\"{name}\"[{i}][{j}] is not a finite number (NaN and infinities are refused).");
        if (entry.ValueKind == JsonValueKind.Number) return new Complex(Finite(entry), 0);
        if (entry.ValueKind == JsonValueKind.Array && entry.GetArrayLength() == 2)
            return new Complex(Finite(entry[0]), Finite(entry[1]));
        throw new CheckInputException(line, $"\"{name}\"[{i}][{j}] must be [re, im] or a real number.");
    }
}
