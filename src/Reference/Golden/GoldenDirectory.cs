namespace QTherm.Reference.Golden;

/// <summary>The folder <c>golden-data/</c> holding one <c>&lt;model&gt;.json</c> per seed.</summary>
public sealed class GoldenDirectory
{
    public const string FolderName = "golden-data";

    public string Path { get; }

    public GoldenDirectory(string path)
    {
        if (!Directory.Exists(path))
            throw new GoldenDataException($"Golden-data folder '{path}' does not exist.");
        Path = System.IO.Path.GetFullPath(path);
    }

    /// <summary>Finds <c>golden-data/</c> in the given folder or its ancestors (then beside the executable's ancestors).</summary>
    public static GoldenDirectory Locate(string startFolder) => Locate(startFolder, AppContext.BaseDirectory);

    /// <summary>Finds <c>golden-data/</c> in <paramref name="startFolder"/> or its ancestors, then in <paramref name="executableFolder"/> or its ancestors.</summary>
    internal static GoldenDirectory Locate(string startFolder, string executableFolder)
    {
        foreach (var start in new[] { startFolder, executableFolder })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(candidate)) return new GoldenDirectory(candidate);
            }
        }
        throw new GoldenDataException($"No '{FolderName}/' folder found in '{startFolder}' or its parents; pass --golden-dir.");
    }

    /// <summary>The model files, sorted by name (schema and received files excluded).</summary>
    public IReadOnlyList<string> ModelFiles() =>
        Directory.GetFiles(Path, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && !f.EndsWith(".received.json", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    public static GoldenFile Load(string file) => GoldenJson.Parse(File.ReadAllText(file), System.IO.Path.GetFileName(file));

    /// <summary>Writes all files or none: each goes to a temporary file first, then all are moved into place.</summary>
    public static void WriteAll(IReadOnlyList<(string File, GoldenFile Content)> files)
    {
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (file, content) in files)
            {
                var temp = file + ".tmp";
                File.WriteAllText(temp, GoldenJson.Serialize(content));
                staged.Add((temp, file));
            }
            foreach (var (temp, target) in staged) File.Move(temp, target, overwrite: true);
        }
        finally
        {
            foreach (var (temp, _) in staged)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
