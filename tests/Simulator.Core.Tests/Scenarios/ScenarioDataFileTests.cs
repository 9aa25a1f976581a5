using System.Diagnostics;
using Simulator.Core.Scenarios;
using Simulator.Tests.Shared;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>
/// A data file a scenario names (an empirical <c>file:</c>) is read only from the scenario's folder, only when it is a
/// regular file within the size limit, and its content never appears in a message. Each case builds its own folder.
/// </summary>
public class ScenarioDataFileTests
{
    private const string Exponential = "handleTime: { distribution: exponential, mean: 180s }";

    private static ScenarioDiagnostic ProblemWithFile(TemporaryDirectory directory, string named)
    {
        string path = directory.File("scenario.yaml");
        File.WriteAllText(path, ScenarioText.Valid.Replace(Exponential, $"handleTime: {{ distribution: empirical, file: '{named}' }}"));
        return Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Diagnostics);
    }

    [Fact]
    public void A_file_above_the_scenarios_folder_is_refused_unread()
    {
        using var outer = new TemporaryDirectory();
        File.WriteAllText(outer.File("secret.csv"), "seconds\n100\ntop-secret-line\n");
        using var directory = new TemporaryDirectory();
        string relative = Path.GetRelativePath(directory.Path, outer.File("secret.csv"));

        var problem = ProblemWithFile(directory, relative);

        Assert.Equal("contactTypes[0].handleTime.file", problem.Path);
        Assert.Contains("outside the scenario's folder", problem.Message);
    }

    [Fact]
    public void An_absolute_path_outside_the_scenarios_folder_is_refused()
    {
        using var directory = new TemporaryDirectory();

        var problem = ProblemWithFile(directory, "/etc/passwd");

        Assert.Contains("outside the scenario's folder", problem.Message);
        Assert.DoesNotContain("root", problem.Message);
    }

    [Fact]
    public void A_file_in_a_subfolder_of_the_scenario_is_read()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("data"));
        File.WriteAllText(directory.File(Path.Combine("data", "aht.csv")), "120\n240\n");
        string path = directory.File("scenario.yaml");
        File.WriteAllText(path, ScenarioText.Valid.Replace(Exponential, "handleTime: { distribution: empirical, file: data/aht.csv }"));

        Assert.Equal(TimeSpan.FromSeconds(180), ScenarioLoader.Load(path).ContactTypes[0].HandleTime.Mean);
    }

    [Fact]
    public void A_line_that_is_not_a_duration_is_reported_by_number_without_its_content()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("aht.csv"), "seconds\n100\nroot:x:0:0:root:/root:/bin/bash\n");

        var problem = ProblemWithFile(directory, "aht.csv");

        Assert.Contains("aht.csv, line 3", problem.Message);
        Assert.DoesNotContain("root", problem.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        using var directory = new TemporaryDirectory();
        using (var mkfifo = Process.Start("mkfifo", directory.File("aht.csv"))) await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);

        var problem = await Task.Run(() => ProblemWithFile(directory, "aht.csv"), TestContext.Current.CancellationToken);

        Assert.Contains("not a regular file", problem.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_link_to_an_endless_device_is_refused_without_reading_it()
    {
        Assert.SkipWhen(!File.Exists("/dev/zero"), "needs /dev/zero to link to");
        using var directory = new TemporaryDirectory();
        File.CreateSymbolicLink(directory.File("aht.csv"), "/dev/zero");

        var problem = await Task.Run(() => ProblemWithFile(directory, "aht.csv"), TestContext.Current.CancellationToken);

        Assert.Contains("not a regular file", problem.Message);
    }

    [Fact]
    public void A_data_file_over_the_size_limit_is_refused_naming_the_limit()
    {
        using var directory = new TemporaryDirectory();
        using (var file = File.Create(directory.File("aht.csv"))) file.SetLength(InputFile.MaxDataFileBytes + 1);

        var problem = ProblemWithFile(directory, "aht.csv");

        Assert.Contains($"more than the limit of {InputFile.MaxDataFileBytes:N0}", problem.Message);
    }

    [Fact]
    public void A_scenario_file_over_the_size_limit_is_refused_before_parsing()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("huge.yaml");
        File.WriteAllText(path, ScenarioText.Valid + "\n" + new string('#', (int)InputFile.MaxScenarioBytes));

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Contains($"larger than the limit of {InputFile.MaxScenarioBytes:N0} bytes", exception.Message);
    }
}

public class ScenarioTextSafetyTests
{
    [Theory]
    [InlineData("name: Test centre", "name: \"Bank\\e]0;pwned\\a\\e[2J\"", "name")]
    [InlineData("id: team", "id: \"te\\u202Eam\"", "agentGroups[0].id")]
    [InlineData("name: Test centre", "name: \"two\\nlines\"", "name")]
    public void Names_and_ids_with_control_characters_are_refused_without_quoting_them(string key, string hostile, string path)
    {
        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(ScenarioText.Valid.Replace(key, hostile), "test.yaml"))
            .Diagnostics);

        Assert.Equal(path, problem.Path);
        Assert.Contains("without control characters", problem.Message);
        Assert.DoesNotContain(problem.Message, c => char.IsControl(c));
    }
}
