using QTherm.Cli;
using Xunit;

namespace QTherm.Tests.Golden.Cli;

/// <summary>The command line's contract: exit codes and one clear line for unusable input.</summary>
public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void An_unknown_command_exits_2_with_one_line_naming_it()
    {
        var (code, output, error) = Run("bogus");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal("", output);
        Assert.Contains("unknown command 'bogus'", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("reproduce", "--help")]
    [InlineData("quantities", "--help")]
    [InlineData("eval", "--help")]
    public void Help_exits_0_and_names_the_usage(params string[] args)
    {
        var (code, output, _) = Run(args);
        Assert.Equal(Program.Success, code);
        Assert.Contains("Usage: qtherm", output);
    }

    [Theory]
    [InlineData("unknown option --frobnicate", "reproduce", "--frobnicate")]
    [InlineData("--golden-dir needs a value", "reproduce", "--golden-dir")]
    [InlineData("unexpected argument 'extra'", "quantities", "extra")]
    [InlineData("needs a quantity id", "eval")]
    [InlineData("Unknown quantity 'no.such'", "eval", "no.such")]
    [InlineData("does not exist", "reproduce", "--golden-dir", "/nonexistent/qtherm")]
    [InlineData("Parameter 'digits' = 29 is outside its valid range an integer in [30, 1000]", "eval", "qet.ea", "digits=29")]
    [InlineData("Parameter 'digits' = 1001 is outside its valid range an integer in [30, 1000]", "eval", "quieg.entropy_bits", "digits=1001")]
    public void A_bad_command_line_exits_2_with_a_message(string expected, params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(Program.BadInput, code);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("   at ", error); // no stack trace
    }

    [Fact]
    public void A_malformed_golden_file_exits_2_and_writes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("qtherm-cli").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "quieg.json"), "{ \"model\": \"quieg\", ");
            var (code, _, error) = Run("reproduce", "--write", "--golden-dir", folder);
            Assert.Equal(Program.BadInput, code);
            Assert.Contains("quieg.json", error);
            Assert.Equal(["quieg.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
            Assert.Equal("{ \"model\": \"quieg\", ", File.ReadAllText(Path.Combine(folder, "quieg.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
