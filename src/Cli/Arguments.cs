namespace QTherm.Cli;

/// <summary>
/// The words after the command: positionals, <c>--flag</c>s, and <c>--option value</c> (or <c>--option=value</c>) for
/// the options named as taking a value. Every option given must be read by the command (<see cref="RejectUnknown"/>),
/// so a misspelt one is an error rather than silently ignored.
/// </summary>
public sealed class Arguments
{
    /// <summary>Options that take a value, over all commands.</summary>
    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal) { "golden-dir", "model", "junit" };

    private readonly List<string> positionals = [];
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2) { positionals.Add(word); continue; }
            var name = word[2..];
            string? value = null;
            int eq = name.IndexOf('=');
            if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
            else if (ValueOptions.Contains(name))
            {
                if (i + 1 >= words.Count || words[i + 1].StartsWith("--", StringComparison.Ordinal))
                    throw new UsageException($"--{name} needs a value.");
                value = words[++i];
            }
            if (!options.TryAdd(name, value)) throw new UsageException($"option --{name} is given twice.");
        }
    }

    public IReadOnlyList<string> Positionals => positionals;

    public bool Flag(string name)
    {
        read.Add(name);
        if (!options.TryGetValue(name, out var value)) return false;
        if (value is not null) throw new UsageException($"--{name} takes no value (got '{value}').");
        return true;
    }

    public string? Option(string name)
    {
        read.Add(name);
        return options.TryGetValue(name, out var value) ? value : null;
    }

    public void RejectUnknown(int maxPositionals)
    {
        var unknown = options.Keys.FirstOrDefault(k => !read.Contains(k));
        if (unknown is not null) throw new UsageException($"unknown option --{unknown}. Run 'qtherm <command> --help'.");
        if (positionals.Count > maxPositionals)
            throw new UsageException($"unexpected argument '{positionals[maxPositionals]}'.");
    }
}
