using QTherm.Cli;
using Xunit;

namespace QTherm.Tests.Golden.Cli;

/// <summary>Bad input to 'qtherm check': a message naming the line, exit code 2, no report file written.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("qtherm-check").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Code, string Out, string Err) Check(string csv, params string[] extra)
    {
        var file = Path.Combine(folder, "theirs.csv");
        File.WriteAllText(file, csv);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(["check", file, .. extra], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("", "line 1: the file is empty")]
    [InlineData("q,p,v\n", "line 1: the header is 'q,p,v'")]
    [InlineData("quantity,params,value,extra\n", "line 1: the header")]
    [InlineData("quantity,params,value\n", "no rows")]
    [InlineData("quantity,params,value\nno.such,,1\n", "line 2: unknown quantity 'no.such'")]
    [InlineData("quantity,params,value\n\n\"open,,1\n", "line 3: a quoted field is not closed")]
    [InlineData("quantity,params,value\na,b\n", "line 2: 2 fields where the header has 3")]
    public void Malformed_files_exit_2_naming_the_line(string csv, string expected)
    {
        var report = Path.Combine(folder, "report.xml");
        var (code, output, error) = Check(csv, "--junit", report);
        Assert.Equal(Program.BadInput, code);
        Assert.Contains(expected, error);
        Assert.Equal("", output);
        Assert.False(File.Exists(report), "no half-written report");
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var stderr = new StringWriter();
        Assert.Equal(Program.BadInput, Program.Run(["check", Path.Combine(folder, "absent.csv")], new StringWriter(), stderr));
        Assert.Contains("no such file", stderr.ToString());
    }
}
