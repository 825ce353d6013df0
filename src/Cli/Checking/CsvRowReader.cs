using System.Text;

namespace QTherm.Cli.Checking;

/// <summary>
/// Streams the rows of a CSV file (RFC 4180 quoting, one record per line), reporting each with its 1-based line number.
/// </summary>
public static class CsvRowReader
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.All(char.IsWhiteSpace)) continue;
            yield return (lineNumber, Split(line, lineNumber));
        }
    }

    private static string[] Split(string line, int lineNumber)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"' && current.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        if (quoted) throw new CheckInputException(lineNumber, "a quoted field is not closed.");
        fields.Add(current.ToString());
        return fields.Select(f => f.Trim()).ToArray();
    }
}
