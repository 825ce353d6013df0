using QTherm.Reference.Golden;
using QTherm.Reference.Quantities;

namespace QTherm.Cli.Commands;

/// <summary><c>qtherm eval QUANTITY key=value ...</c>: one oracle value with its trusted digits.</summary>
public static class EvalCommand
{
    public static int Run(Arguments args, TextWriter stdout)
    {
        bool json = args.Flag("json");
        args.RejectUnknown(maxPositionals: int.MaxValue);
        if (args.Positionals.Count == 0) throw new UsageException("eval needs a quantity id (see 'qtherm quantities').");
        var quantity = QuantityCatalog.Find(args.Positionals[0]);
        var given = ParseAssignments(args.Positionals.Skip(1));
        var result = quantity.EvaluateWith(given);
        if (json)
        {
            stdout.Write(GoldenJson.Serialize(new
            {
                Quantity = quantity.Id, quantity.Unit, Parameters = given, result.Value,
                Digits = result.ExactForm is null && result.HasValue ? result.TrustedDigits : (int?)null,
                Exact = result.ExactForm, result.Method, Reason = result.NotReproducibleReason,
            }));
            return Program.Success;
        }
        if (!result.HasValue)
        {
            stdout.WriteLine($"{quantity.Id}: not reproducible by this oracle: {result.NotReproducibleReason}");
            return Program.Success;
        }
        var digits = result.ExactForm is not null ? $"exact ({result.ExactForm})" : $"{result.TrustedDigits} digits trusted";
        stdout.WriteLine($"{quantity.Id} = {result.Value} {quantity.Unit}   [{digits}; {result.Method}]");
        return Program.Success;
    }

    /// <summary>Parses <c>key=value</c> words; a malformed one or a repeated key is a usage error.</summary>
    public static Dictionary<string, string> ParseAssignments(IEnumerable<string> words)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            int eq = word.IndexOf('=');
            if (eq <= 0 || eq == word.Length - 1) throw new UsageException($"'{word}' is not of the form key=value.");
            if (!given.TryAdd(word[..eq].Trim(), word[(eq + 1)..].Trim()))
                throw new UsageException($"parameter '{word[..eq]}' is given twice.");
        }
        return given;
    }
}
