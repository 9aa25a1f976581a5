using System.Text.Json;
using System.Text.Json.Serialization;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// A file of finished replications, written as they arrive (one JSON line each, flushed), so a client
/// killed mid-experiment can resume without rerunning them. The first line names the scenario by its
/// fingerprint; a journal of another scenario, seed or replication count is refused. A last line cut
/// short by the kill is ignored.
/// </summary>
public sealed class ExperimentJournal : IDisposable
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    private ExperimentJournal(StreamWriter writer, IReadOnlyList<ReplicationResult> finished)
    {
        _writer = writer;
        Finished = finished;
    }

    /// <summary>Replications the journal already held when opened.</summary>
    public IReadOnlyList<ReplicationResult> Finished { get; }

    /// <summary>Starts a new journal; refuses to overwrite one (resume it instead).</summary>
    public static ExperimentJournal Create(string path, Scenario scenario)
    {
        if (File.Exists(path))
        {
            throw new InputException($"--journal: '{path}' already exists; resume from it with --resume {path}, or choose another file.");
        }
        var writer = Open(path, FileMode.CreateNew);
        writer.WriteLine(JsonSerializer.Serialize(Header.Of(scenario), Options));
        writer.Flush();
        return new ExperimentJournal(writer, []);
    }

    /// <summary>Reopens a journal of the same scenario and carries on appending to it.</summary>
    public static ExperimentJournal Resume(string path, Scenario scenario)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--resume: cannot read '{path}': {(e is FileNotFoundException ? "no such file" : e.Message)}");
        }
        var header = lines.Length > 0 ? TryRead<Header>(lines[0]) : null;
        if (header is null)
        {
            throw new InputException($"--resume: '{path}' is not a ccsim journal (its first line is not a journal header).");
        }
        var expected = Header.Of(scenario);
        if (header != expected)
        {
            throw new InputException(
                $"--resume: '{path}' was written for another experiment (scenario \"{header.Scenario}\", seed {header.Seed}, {header.Replications} replications, fingerprint {header.Fingerprint[..12]}); " +
                $"this one is \"{expected.Scenario}\", seed {expected.Seed}, {expected.Replications} replications, fingerprint {expected.Fingerprint[..12]}.");
        }
        var finished = new SortedDictionary<int, ReplicationResult>();
        foreach (string line in lines.Skip(1))
        {
            if (ReplicationResultCodec.FromJson(line) is { } result && result.Replication < scenario.Replications)
            {
                finished[result.Replication] = result;
            }
        }
        return new ExperimentJournal(Open(path, FileMode.Append), [.. finished.Values]);
    }

    public void Record(ReplicationResult result)
    {
        string line = ReplicationResultCodec.ToJson(result);
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose() => _writer.Dispose();

    private static StreamWriter Open(string path, FileMode mode)
    {
        try
        {
            // A line cut short by a kill must end before the next one starts.
            var stream = new FileStream(path, mode, FileAccess.Write, FileShare.Read);
            if (mode == FileMode.Append && stream.Length > 0)
            {
                using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                reader.Seek(-1, SeekOrigin.End);
                if (reader.ReadByte() != '\n') stream.WriteByte((byte)'\n');
            }
            return new StreamWriter(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--journal: cannot write '{path}': {e.Message}");
        }
    }

    private static T? TryRead<T>(string line) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Header(string Journal, string Scenario, string Fingerprint, long Seed, int Replications)
    {
        public static Header Of(Scenario scenario) =>
            new("ccsim-experiment-journal/2", scenario.Name, ScenarioWriter.Fingerprint(scenario), scenario.Seed, scenario.Replications);
    }
}
