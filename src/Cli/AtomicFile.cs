namespace QTherm.Cli;

/// <summary>Writes a whole file or nothing: a temporary file beside the target, then a rename.</summary>
public static class AtomicFile
{
    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new UsageException($"cannot write '{path}': folder '{folder}' does not exist.");
        var temp = full + ".tmp";
        try
        {
            File.WriteAllText(temp, content);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
