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

        Assert.Equal([0], resumed.Finished.Select(r => r.Replication));
    }

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
