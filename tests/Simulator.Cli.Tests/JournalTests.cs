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
        Assert.Equal(1 + 3 + 5, after.Length); // the cut line is dropped; the five missing ones were run and added
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
        File.WriteAllText(journal,
            "{\"journal\":\"ccsim-experiment-journal/2\",\"scenario\":\"x\",\"fingerprint\":\"0123456789abcdef\",\"seed\":42,\"replications\":2}\n");

        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--resume", journal);

        CliRunner.AssertBadInput(result, $"--resume: '{journal}' is a journal of format 2");
    }

    private static (string Journal, string[] Lines, CliResult Full) FullJournal(TemporaryDirectory directory, int replications = 4)
    {
        string journal = directory.File("run.jsonl");
        var full = CliRunner.Run("run", CliRunner.BankScenario, "--replications", $"{replications}", "--format", "json", "--journal", journal);
        Assert.Equal(0, full.ExitCode);
        return (journal, File.ReadAllLines(journal), full);
    }

    private static CliResult Resume(string journal, int replications = 4) =>
        CliRunner.Run("run", CliRunner.BankScenario, "--replications", $"{replications}", "--format", "json", "--resume", journal);

    [Fact]
    public void A_changed_digit_in_a_replication_line_is_refused_with_its_line_number()
    {
        using var directory = new TemporaryDirectory();
        var (journal, lines, _) = FullJournal(directory);
        int digit = lines[2].IndexOfAny("123456789".ToCharArray(), lines[2].IndexOf("\"offered\"", StringComparison.Ordinal));
        lines[2] = lines[2][..digit] + (lines[2][digit] == '9' ? '8' : (char)(lines[2][digit] + 1)) + lines[2][(digit + 1)..];
        File.WriteAllLines(journal, lines);

        CliRunner.AssertBadInput(Resume(journal), "line 3: the line is damaged");
    }

    [Fact]
    public void A_replication_index_outside_the_experiment_is_refused_with_its_line_number()
    {
        using var directory = new TemporaryDirectory();
        var (journal, lines, _) = FullJournal(directory);
        string json = System.Text.RegularExpressions.Regex.Replace(lines[2][17..], "^\\{\"replication\":\\d+,", "{\"replication\":-3,");
        Assert.Contains("\"replication\":-3,", json);
        lines[2] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)))[..16] + " " + json;
        File.WriteAllLines(journal, lines);

        CliRunner.AssertBadInput(Resume(journal), "line 3: replication -3 is outside this experiment's 0 to 3");
    }

    [Fact]
    public void A_journal_held_by_another_run_is_refused_and_left_as_it_was()
    {
        using var directory = new TemporaryDirectory();
        var (journal, lines, _) = FullJournal(directory);
        File.WriteAllLines(journal, lines.Take(3));

        CliResult result;
        using (new FileStream(journal, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) result = Resume(journal);

        Assert.True(result.Error.Contains("is in use by another ccsim run", StringComparison.Ordinal), result.Error);
        CliRunner.AssertBadInput(result, "is in use by another ccsim run");
        Assert.Equal(3, File.ReadAllLines(journal).Length);
    }

    [Fact]
    public void A_run_killed_twice_midway_still_resumes_to_the_same_numbers()
    {
        using var directory = new TemporaryDirectory();
        var (journal, lines, full) = FullJournal(directory, replications: 6);
        File.WriteAllText(journal, string.Join("\n", lines.Take(3)) + "\n" + lines[3][..20]);
        Assert.Equal(0, Resume(journal, 6).ExitCode);
        var again = File.ReadAllLines(journal);
        File.WriteAllText(journal, string.Join("\n", again.Take(5)) + "\n" + again[5][..30]);

        var resumed = Resume(journal, 6);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(full.Output, resumed.Output);
    }

    [Fact]
    public void A_journal_of_the_format_without_checksums_is_refused_with_the_reason()
    {
        using var directory = new TemporaryDirectory();
        var (journal, lines, _) = FullJournal(directory);
        File.WriteAllLines(journal, [lines[0].Replace("ccsim-experiment-journal/4", "ccsim-experiment-journal/3", StringComparison.Ordinal), .. lines.Skip(1)
            .Select(l => l[17..])]);

        CliRunner.AssertBadInput(Resume(journal), "is a journal of format 3");
    }
}
