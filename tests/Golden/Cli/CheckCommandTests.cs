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
    public void The_oracles_own_value_passes_and_a_value_off_by_1e_minus_6_fails_with_a_junit_failure()
    {
        var c0 = QTherm.Reference.Quantities.QuantityCatalog.Find("heatpump.c0")
            .EvaluateWith(new Dictionary<string, string> { ["T_A"] = "2", ["T_B"] = "1" });
        double value = double.Parse(c0.Value!, System.Globalization.CultureInfo.InvariantCulture);
        string Row(double v) => FormattableString.Invariant($"heatpump.c0,T_A=2;T_B=1,{v:R}");

        var report = Path.Combine(folder, "junit.xml");
        var (pass, passOutput, _) = Check($"quantity,params,value\n{Row(value)}\n", "--junit", report);
        Assert.Equal(Program.Success, pass);
        Assert.Contains("1 passed, 0 failed", passOutput);
        Assert.Contains("failures=\"0\"", File.ReadAllText(report));

        var (fail, failOutput, _) = Check($"quantity,params,value\n{Row(value)}\n{Row(value * (1 + 1e-6))}\n", "--junit", report);
        Assert.Equal(Program.CheckFailed, fail);
        Assert.Contains("1 passed, 1 failed", failOutput);
        Assert.Contains("<failure", File.ReadAllText(report));
    }

    [Fact]
    public void An_explicit_rel_tol_is_used_and_reported()
    {
        var (code, output, _) = Check("quantity,params,value,rel_tol\nheatpump.c0,T_A=2;T_B=1,0.6373,1e-3\n");
        Assert.Equal(Program.Success, code);
        Assert.Contains("rel_tol column", output);
    }

    [Theory]
    [InlineData("heatpump.c0,T_A=-1;T_B=1,0.5", "line 2: Parameter 'T_A' = -1 is outside its valid range")]
    [InlineData("heatpump.c0,T_A=2;T_B=1;bogus=3,0.5", "line 2: Parameter 'bogus'")]
    [InlineData("heatpump.c0,T_A=2;T_B=1,NaN", "line 2: value 'NaN' is not a finite number")]
    [InlineData("heatpump.c0,T_A,0.5", "line 2: params: 'T_A' is not of the form key=value")]
    public void Bad_parameters_and_values_exit_2_naming_the_line(string row, string expected)
    {
        var (code, _, error) = Check($"quantity,params,value\n{row}\n");
        Assert.Equal(Program.BadInput, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var stderr = new StringWriter();
        Assert.Equal(Program.BadInput, Program.Run(["check", Path.Combine(folder, "absent.csv")], new StringWriter(), stderr));
        Assert.Contains("no such file", stderr.ToString());
    }
}
