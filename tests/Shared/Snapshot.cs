using System.Text;
using Xunit.Sdk;

namespace QTherm.Tests;

/// <summary>
/// Approval testing with Verify's conventions (Verify itself is not on this registry): the committed file is the
/// verified snapshot; on a mismatch the actual text is written beside it as <c>NAME.received.json</c> and the test
/// fails with a readable line diff. Accept a change by reviewing the received file and moving it over the verified one
/// (for golden data: <c>qtherm reproduce --write</c>). Compiled into both test projects.
/// </summary>
public static class Snapshot
{
    public static void Matches(string verifiedPath, string actual)
    {
        var received = ReceivedPathOf(verifiedPath);
        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(received, actual);
            throw new XunitException($"No verified snapshot at {verifiedPath}. The actual text was written to {received}; review it and rename it.");
        }
        var expected = File.ReadAllText(verifiedPath).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        throw new XunitException($"Snapshot {Path.GetFileName(verifiedPath)} differs from what the code computes now.\n" +
                                 $"Received: {received}\n{LineDiff(expected, actual)}");
    }

    public static string ReceivedPathOf(string verifiedPath)
    {
        var name = Path.GetFileNameWithoutExtension(verifiedPath);
        if (name.EndsWith(".verified", StringComparison.Ordinal)) name = name[..^".verified".Length];
        return Path.Combine(Path.GetDirectoryName(verifiedPath)!, name + ".received" + Path.GetExtension(verifiedPath));
    }

    /// <summary>The differing lines with two lines of context (at most 40 hunks of output lines).</summary>
    public static string LineDiff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var sb = new StringBuilder();
        int shown = 0, n = Math.Max(a.Length, b.Length);
        for (int i = 0; i < n && shown < 40; i++)
        {
            var left = i < a.Length ? a[i] : null;
            var right = i < b.Length ? b[i] : null;
            if (left == right) continue;
            for (int c = Math.Max(0, i - 2); c < i; c++) sb.AppendLine($"  {c + 1,5}   {a[c]}");
            if (left is not null) sb.AppendLine($"- {i + 1,5}   {left}");
            if (right is not null) sb.AppendLine($"+ {i + 1,5}   {right}");
            shown++;
        }
        if (shown == 40) sb.AppendLine("  ... (more differences)");
        return sb.ToString();
    }
}
