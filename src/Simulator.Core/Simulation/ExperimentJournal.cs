using System.Text.Json;
using System.Text.Json.Serialization;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// A file of finished replications, written as they arrive (one JSON line each, flushed), so a client
/// killed mid-experiment can resume without rerunning them. The first line names the scenario by its
/// fingerprint; a journal of another scenario, seed or replication count is refused, and so is one of
/// an earlier format, whose fingerprints cannot be compared. Each replication line starts with a checksum of
/// its JSON, so a changed digit or flipped byte is refused with its line number instead of resuming to other
/// numbers; a last line cut short by a kill (no line end) is dropped. The file is held exclusively while open,
/// so two runs cannot interleave their lines in one journal.
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
    /// Format 4 puts a checksum before each replication's JSON; format 3 had none, so its lines cannot be trusted;
    /// format 2 named scenarios by a fingerprint of their YAML text, which cannot be matched to a scenario any more.
    /// </summary>
    private const int Format = 4;

    /// <summary>Hex digits of the SHA-256 of a line's JSON that precede it: 64 bits, far beyond any accidental match.</summary>
    private const int ChecksumDigits = 16;

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
        var stream = OpenExclusive(path, FileMode.CreateNew);
        var writer = new StreamWriter(stream);
        writer.WriteLine(JsonSerializer.Serialize(Header.Of(scenario), Options));
        writer.Flush();
        return new ExperimentJournal(writer, []);
    }

    /// <summary>Reopens a journal of the same scenario and carries on appending to it.</summary>
    public static ExperimentJournal Resume(string path, Scenario scenario)
    {
        if (!File.Exists(path)) throw new InputException($"cannot read '{path}': no such file");
        var stream = OpenExclusive(path, FileMode.Open);
        try
        {
            var finished = Read(path, stream, scenario);
            return new ExperimentJournal(new StreamWriter(stream), finished);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The replications in the journal; leaves <paramref name="stream"/> at its end, a line cut short by a kill removed.</summary>
    private static IReadOnlyList<ReplicationResult> Read(string path, FileStream stream, Scenario scenario)
    {
        string text;
        using (var reader = new StreamReader(stream, leaveOpen: true)) text = reader.ReadToEnd();
        var lines = text.Split('\n');
        var header = lines.Length > 0 ? TryRead<Header>(lines[0]) : null;
        if (header?.Journal is null || !header.Journal.StartsWith(FormatPrefix, StringComparison.Ordinal))
        {
            throw new InputException($"'{path}' is not a ccsim journal (its first line is not a journal header).");
        }
        if (header.Journal != FormatPrefix + Format)
        {
            string format = header.Journal[FormatPrefix.Length..];
            throw new InputException(
                $"'{path}' is a journal of format {format}, written by another version of ccsim; this version writes format {Format}, whose lines carry " +
                "checksums, and cannot trust or match the old one's replications to this scenario. Run the experiment again without resuming, " +
                "or finish it with the ccsim that started it.");
        }
        var expected = Header.Of(scenario);
        if (header != expected)
        {
            throw new InputException(
                $"'{path}' was written for another experiment (scenario \"{header.Scenario}\", seed {header.Seed}, {header.Replications} replications, " +
                    $"fingerprint {header.Fingerprint[..12]}); " +
                $"this one is \"{expected.Scenario}\", seed {expected.Seed}, {expected.Replications} replications, fingerprint {expected.Fingerprint[..12]}.");
        }
        var finished = new SortedDictionary<int, ReplicationResult>();
        // The text after the last line end is a line a kill cut short: it is dropped, and the file cut back to whole lines.
        for (int i = 1; i < lines.Length - 1; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            if (Verified(line) is not string json || ReplicationResultCodec.FromJson(json) is not { } result)
            {
                throw new InputException(
                    $"'{path}', line {i + 1}: the line is damaged (its checksum does not match its content); the journal cannot be trusted. " +
                    "Run the experiment again without resuming.");
            }
            if (result.Replication < 0 || result.Replication >= scenario.Replications)
            {
                throw new InputException(
                    $"'{path}', line {i + 1}: replication {result.Replication} is outside this experiment's 0 to {scenario.Replications - 1}.");
            }
            finished[result.Replication] = result;
        }
        long whole = System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, text.LastIndexOf('\n') + 1));
        stream.SetLength(whole);
        stream.Seek(0, SeekOrigin.End);
        return [.. finished.Values];
    }

    public void Record(ReplicationResult result)
    {
        string json = ReplicationResultCodec.ToJson(result);
        string line = Checksum(json) + " " + json;
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>
    /// Opens the journal for this process alone: on Unix .NET takes an advisory lock for <see cref="FileShare.None"/>,
    /// which a second ccsim run on the same journal meets and is refused by.
    /// </summary>
    private static FileStream OpenExclusive(string path, FileMode mode)
    {
        try
        {
            return new FileStream(path, mode, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (File.Exists(path) && mode == FileMode.Open && IsSharingViolation(e))
        {
            throw new InputException($"'{path}' is in use by another ccsim run; wait for it to finish, or give another journal.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>
    /// The lock is held elsewhere: Windows reports ERROR_SHARING_VIOLATION (32); on Unix .NET gives the raw errno of the
    /// refused lock, EWOULDBLOCK (11 on Linux, 35 on macOS and the BSDs).
    /// </summary>
    private static bool IsSharingViolation(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) == 32 : e.HResult == (OperatingSystem.IsLinux() ? 11 : 35);

    /// <summary>The JSON of a replication line whose checksum matches it, else null.</summary>
    private static string? Verified(string line)
    {
        if (line.Length <= ChecksumDigits + 1 || line[ChecksumDigits] != ' ') return null;
        string json = line[(ChecksumDigits + 1)..];
        return string.Equals(line[..ChecksumDigits], Checksum(json), StringComparison.Ordinal) ? json : null;
    }

    private static string Checksum(string json) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)))[..ChecksumDigits];

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
