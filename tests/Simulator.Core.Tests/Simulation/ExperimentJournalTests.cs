using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Core.Tests.Scenarios;

namespace Simulator.Core.Tests.Simulation;

public class ExperimentJournalTests
{
    private static Scenario Small() => ScenarioLoader.Parse(ScenarioText.Valid, "test.yaml") with { Replications = 2 };

    [Fact]
    public void A_journal_resumes_with_the_replications_it_holds()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("run.jsonl");
        var scenario = Small();
        using (var journal = ExperimentJournal.Create(path, scenario)) journal.Record(new Replication(scenario, 0).Run());

        using var resumed = ExperimentJournal.Resume(path, scenario);

        Assert.Equal(1, resumed.FinishedCount);
        Assert.Equal(0, resumed.ReadFinished(0)?.Replication);
        Assert.Null(resumed.ReadFinished(1));
    }

    /// <summary>
    /// A journal of thousands of replications, lines crossing the reader's blocks: each replication reads back as written, without the
    /// journal's results held in memory, and new lines append after the old ones.
    /// </summary>
    [Fact]
    public void A_large_journal_resumes_line_by_line_without_holding_its_results()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("large.jsonl");
        var (scenario, lines) = LargeJournal(path, replications: 6_000);
        long size = new FileInfo(path).Length;
        Assert.True(size > 8_000_000, $"the journal is {size} bytes: too small to show what is held");

        long before = GC.GetTotalMemory(forceFullCollection: true);
        using var resumed = ExperimentJournal.Resume(path, scenario);
        long held = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.True(held < size / 10, $"resuming a {size / 1e6:F1} MB journal held {held / 1e6:F1} MB");
        Assert.Equal(lines.Count - 1, resumed.FinishedCount);
        foreach (int replication in new[] { 0, 1, 2_345, 5_998 })
        {
            Assert.Equal(Json(lines[replication + 1]), ReplicationResultCodec.ToJson(resumed.ReadFinished(replication)!));
        }
        Assert.Null(resumed.ReadFinished(5_999));
        resumed.Record(new Replication(scenario, 5_999).Run());
        Assert.Equal(Json(lines[1]), ReplicationResultCodec.ToJson(resumed.ReadFinished(0)!)); // still read right after a write at the end
        resumed.Dispose();

        using var again = ExperimentJournal.Resume(path, scenario);
        Assert.Equal(6_000, again.FinishedCount);
        Assert.Equal(5_999, again.ReadFinished(5_999)?.Replication);
    }

    [Fact]
    public void A_damaged_line_deep_in_a_large_journal_is_refused_with_its_line_number()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("large.jsonl");
        var (scenario, lines) = LargeJournal(path, replications: 6_000);
        int damaged = 4_321; // a line number, counted from 1 as editors do
        lines[damaged - 1] = lines[damaged - 1].Replace("\"replication\":", "\"replication\": ", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<InputException>(() => ExperimentJournal.Resume(path, scenario));

        Assert.StartsWith($"'{path}', line {damaged}: the line is damaged", error.Message);
    }

    /// <summary>
    /// A journal of <paramref name="replications"/> less one lines: one replication run, its line copied under every other index
    /// (checksums made anew), as a long run would have left it. Returns the scenario and the file's lines.
    /// </summary>
    private static (Scenario Scenario, List<string> Lines) LargeJournal(string path, int replications)
    {
        var scenario = Small() with { Replications = replications };
        using (var journal = ExperimentJournal.Create(path, scenario)) journal.Record(new Replication(scenario, 0).Run());
        var lines = File.ReadAllLines(path).ToList();
        string json = Json(lines[1]);
        Assert.StartsWith("{\"replication\":0,", json);
        for (int replication = 1; replication < replications - 1; replication++)
        {
            string copy = "{\"replication\":" + replication + "," + json["{\"replication\":0,".Length..];
            lines.Add(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(copy)))[..16] + " " + copy);
        }
        File.WriteAllLines(path, lines);
        return (scenario, lines);
    }

    /// <summary>A journal line's JSON, its checksum taken off.</summary>
    private static string Json(string line) => line[17..];

    [Fact]
    public void A_journal_of_an_earlier_format_is_refused_with_what_to_do_instead()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("old.jsonl");
        File.WriteAllText(path, "{\"journal\":\"ccsim-experiment-journal/2\",\"scenario\":\"Test " +
            "centre\",\"fingerprint\":\"31f4eb6abf66e3da5b9c2df0b4b5\",\"seed\":7,\"replications\":2}\n");

        var error = Assert.Throws<InputException>(() => ExperimentJournal.Resume(path, Small()));

        Assert.Equal(
            $"'{path}' is a journal of format 2, written by another version of ccsim; this version writes format 4, whose lines carry checksums, " +
            "and cannot trust or match the old one's replications to this scenario. Run the experiment again without resuming, " +
            "or finish it with the ccsim that started it.", error.Message);
    }

    [Fact]
    public void A_journal_of_another_scenario_is_refused()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("run.jsonl");
        ExperimentJournal.Create(path, Small()).Dispose();

        var other = Small() with { ServiceLevel = Small().ServiceLevel with { Target = 0.9 } };

        var error = Assert.Throws<InputException>(() => ExperimentJournal.Resume(path, other));

        Assert.StartsWith($"'{path}' was written for another experiment", error.Message);
    }

    [Fact]
    public void Its_messages_name_the_file_and_leave_the_option_to_the_command()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("taken.jsonl");
        File.WriteAllText(path, "precious");

        var exists = Assert.Throws<InputException>(() => ExperimentJournal.Create(path, Small()));
        var notJournal = Assert.Throws<InputException>(() => ExperimentJournal.Resume(path, Small()));

        Assert.Equal($"'{path}' already exists; resume from it, or choose another file.", exists.Message);
        Assert.DoesNotContain("--", notJournal.Message);
    }
}
