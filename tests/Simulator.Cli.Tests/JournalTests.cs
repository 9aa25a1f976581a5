namespace Simulator.Cli.Tests;

public class JournalTests
{
    [Fact]
    public void A_run_killed_midway_resumes_from_its_journal_to_the_same_numbers()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("run.jsonl");
        var full = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "8", "--format", "json", "--journal", journal);
        Assert.Equal(0, full.ExitCode);
        var lines = File.ReadAllLines(journal);
        Assert.Equal(1 + 8, lines.Length);

        // What a kill leaves: the header, three finished replications and half of a fourth line.
        File.WriteAllText(journal, string.Join("\n", lines.Take(4)) + "\n" + lines[4][..(lines[4].Length / 2)]);
        var resumed = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "8", "--format", "json", "--resume", journal);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(full.Output, resumed.Output);
        var after = File.ReadAllLines(journal).Where(l => l.Length > 0).ToArray();
        Assert.Equal(1 + 3 + 1 + 5, after.Length); // the cut line stays, ignored; the five missing ones were run and added
    }

    [Fact]
    public void A_journal_of_another_experiment_is_refused()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("run.jsonl");
        Assert.Equal(0, CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--journal", journal, "--format", "json").ExitCode);

        var otherSeed = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--seed", "9", "--resume", journal);

        CliRunner.AssertBadInput(otherSeed, "was written for another experiment");
    }

    [Fact]
    public void An_existing_journal_is_not_overwritten()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("run.jsonl");
        File.WriteAllText(journal, "precious");

        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--journal", journal), "already exists; resume from it with --resume");
        Assert.Equal("precious", File.ReadAllText(journal));
    }

    [Fact]
    public void A_file_that_is_not_a_journal_cannot_be_resumed()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("notes.txt");
        File.WriteAllText(journal, "hello\n");

        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--resume", journal), "is not a ccsim journal");
        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--resume", directory.File("missing.jsonl")), "no such file");
    }

    [Fact]
    public void A_journal_of_an_earlier_format_is_refused_under_the_option_that_named_it()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("old.jsonl");
        File.WriteAllText(journal, "{\"journal\":\"ccsim-experiment-journal/2\",\"scenario\":\"x\",\"fingerprint\":\"0123456789abcdef\",\"seed\":42,\"replications\":2}\n");

        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--resume", journal);

        CliRunner.AssertBadInput(result, $"--resume: '{journal}' is a journal of format 2");
    }
}
