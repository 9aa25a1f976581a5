using System.Text.Json;
using System.Text.Json.Serialization;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// A file of finished replications, written as they arrive (one JSON line each, flushed), so a client
/// killed mid-experiment can resume without rerunning them. The first line names the scenario by its
/// fingerprint; a journal of another scenario, seed or replication count is refused, and so is one of
/// an earlier format, whose fingerprints cannot be compared. A last line cut short by the kill is ignored.
/// </summary>
/// <remarks>Messages name the file, not the command-line option that gave it: the command adds that.</remarks>
public sealed class ExperimentJournal : IDisposable
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>
    /// Format 3 names scenarios by <see cref="ScenarioJson.Fingerprint"/> (of the model), format 2 by a
    /// fingerprint of their YAML text: a journal of format 2 cannot be matched to a scenario any more.
    /// </summary>
    private const int Format = 3;

    private const string FormatPrefix = "ccsim-experiment-journal/";

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
            throw new InputException($"'{path}' already exists; resume from it, or choose another file.");
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
            throw new InputException($"cannot read '{path}': {(e is FileNotFoundException ? "no such file" : e.Message)}");
        }
        var header = lines.Length > 0 ? TryRead<Header>(lines[0]) : null;
        if (header?.Journal is null || !header.Journal.StartsWith(FormatPrefix, StringComparison.Ordinal))
        {
            throw new InputException($"'{path}' is not a ccsim journal (its first line is not a journal header).");
        }
        if (header.Journal != FormatPrefix + Format)
        {
            string format = header.Journal[FormatPrefix.Length..];
            throw new InputException(
                $"'{path}' is a journal of format {format}, written by another version of ccsim; this version writes format {Format} and cannot tell " +
                "whether its replications belong to this scenario. Run the experiment again without resuming, or finish it with the ccsim that started it.");
        }
        var expected = Header.Of(scenario);
        if (header != expected)
        {
            throw new InputException(
                $"'{path}' was written for another experiment (scenario \"{header.Scenario}\", seed {header.Seed}, {header.Replications} replications, fingerprint {header.Fingerprint[..12]}); " +
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
            throw new InputException($"cannot write '{path}': {e.Message}");
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
            new(FormatPrefix + Format, scenario.Name, ScenarioJson.Fingerprint(scenario), scenario.Seed, scenario.Replications);
    }
}
