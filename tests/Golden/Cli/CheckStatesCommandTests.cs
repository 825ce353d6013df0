using QTherm.Cli;
using Xunit;

namespace QTherm.Tests.Golden.Cli;

/// <summary>'qtherm check-states' on valid and broken trajectories from "another code".</summary>
public sealed class CheckStatesCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("qtherm-states").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int Code, string Out, string Err) CheckStates(string jsonl, params string[] extra)
    {
        var file = Path.Combine(folder, "states.jsonl");
        File.WriteAllText(file, jsonl);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(["check-states", file, .. extra], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // A qubit precessing about z under H = sigma_z / 2: populations and energy constant, coherence rotating.
    private static string Precession(int steps, double energyDrift = 0)
    {
        var lines = new List<string>();
        for (int k = 0; k < steps; k++)
        {
            double t = 0.1 * k, c = 0.3 * Math.Cos(t), s = 0.3 * Math.Sin(t), p = 0.7 - energyDrift * k;
            lines.Add(FormattableString.Invariant(
                $"{{\"t\": {t}, \"rho\": [[[{p}, 0], [{c}, {-s}]], [[{c}, {s}], [{1 - p}, 0]]], \"H\": [[0.5, 0], [0, -0.5]]}}"));
        }
        return string.Join("\n", lines) + "\n";
    }

    [Fact]
    public void A_valid_closed_trajectory_passes()
    {
        var (code, output, _) = CheckStates(Precession(20), "--closed");
        Assert.Equal(Program.Success, code);
        Assert.Contains("20 passed, 0 failed", output);
    }

    [Fact]
    public void Energy_drift_fails_only_when_the_evolution_is_declared_closed()
    {
        var drifting = Precession(5, energyDrift: 1e-3);
        Assert.Equal(Program.Success, CheckStates(drifting).Code);
        var (code, output, _) = CheckStates(drifting, "--closed");
        Assert.Equal(Program.CheckFailed, code);
        Assert.Contains("4 failed", output);
    }

    [Fact]
    public void A_state_that_is_not_positive_fails_with_a_junit_report()
    {
        // Off-diagonal 0.6 with populations 0.7/0.3: determinant 0.21 - 0.36 < 0.
        var report = Path.Combine(folder, "junit.xml");
        var (code, output, _) = CheckStates("{\"rho\": [[0.7, 0.6], [0.6, 0.3]]}\n", "--junit", report);
        Assert.Equal(Program.CheckFailed, code);
        Assert.Contains("FAIL", output);
        var xml = File.ReadAllText(report);
        Assert.Contains("failures=\"1\"", xml);
        Assert.Contains("<failure", xml);
    }

    [Theory]
    [InlineData("{\"rho\": [[1, 0], [0, NaN]]}\n", "line 1: not valid JSON")]
    [InlineData("{\"rho\": [[1, 0], [0]]}\n", "line 1: \"rho\" row 1 must have 2 entries")]
    [InlineData("{\"t\": 0}\n", "line 1: the density matrix \"rho\" is missing")]
    [InlineData("{\"rho\": [[1]]}\n\n{\"rho\": [[1, 0], [0, 0]]}\n", "line 3: rho is 2x2; earlier lines are 1x1")]
    [InlineData("{\"rho\": [[1]], \"psi\": 1}\n", "line 1: unknown field \"psi\"")]
    [InlineData("{\"rho\": [[[1, 0, 0]]]}\n", "line 1: \"rho\"[0][0] must be [re, im]")]
    public void Malformed_lines_exit_2_naming_the_line(string jsonl, string expected)
    {
        var report = Path.Combine(folder, "junit.xml");
        var (code, output, error) = CheckStates(jsonl, "--junit", report);
        Assert.Equal(Program.BadInput, code);
        Assert.Contains(expected, error);
        Assert.Equal("", output);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void Closed_evolution_needs_a_hamiltonian() =>
        Assert.Contains("--closed needs the Hamiltonian", CheckStates("{\"rho\": [[1]]}\n", "--closed").Err);
}
