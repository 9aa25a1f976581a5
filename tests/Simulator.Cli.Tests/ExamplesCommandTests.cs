namespace Simulator.Cli.Tests;

/// <summary>An installed ccsim has no repository beside it: it writes the examples and docs it carries.</summary>
public class ExamplesCommandTests
{
    [Fact]
    public void Examples_writes_every_example_scenario_and_doc_the_repository_has_and_they_validate()
    {
        using var directory = new TemporaryDirectory();
        string root = directory.File("ccsim-examples");

        var result = CliRunner.Run("examples", root);

        Assert.Equal(0, result.ExitCode);
        string repository = Path.GetDirectoryName(RepositoryPaths.Scenario("retail-bank-weekday.yaml"))!;
        var expected = Directory.GetFiles(repository, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(repository, f)).Order();
        var written = Directory.GetFiles(Path.Combine(root, "scenarios"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(root, "scenarios"), f)).Order();
        Assert.Equal(expected, written);
        Assert.True(File.Exists(Path.Combine(root, "docs", "scenario-reference.md")));
        Assert.True(File.Exists(Path.Combine(root, "README.md")));
        Assert.Equal(File.ReadAllText(RepositoryPaths.Scenario("bank-hiring-wave.yaml")),
            File.ReadAllText(Path.Combine(root, "scenarios", "bank-hiring-wave.yaml")));
        Assert.Equal(0, CliRunner.Run("validate", Path.Combine(root, "scenarios", "bank-training.yaml")).ExitCode);
    }

    [Fact]
    public void Examples_refuses_to_write_over_files_and_writes_nothing()
    {
        using var directory = new TemporaryDirectory();
        string root = directory.File("ccsim-examples");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "README.md"), "mine");

        var result = CliRunner.Run("examples", root);

        CliRunner.AssertBadInput(result, "README.md already exists");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.False(Directory.Exists(Path.Combine(root, "scenarios")));
    }

    [Fact]
    public void Help_for_a_scenario_file_points_to_the_examples_command_not_a_repository_folder()
    {
        var result = CliRunner.Run("run", "--help");

        Assert.Contains("ccsim examples DIR", result.Output);
        Assert.DoesNotContain("see scenarios/", result.Output);
    }
}
