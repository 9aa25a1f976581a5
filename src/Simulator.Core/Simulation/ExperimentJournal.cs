using System.Buffers;
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
    private readonly string _path;

    /// <summary>Where each journalled replication's line starts, by replication, or null when none was journalled.</summary>
    private readonly Dictionary<int, LineSpan> _finished;

    private ExperimentJournal(string path, FileStream stream, Dictionary<int, LineSpan> finished)
    {
        _path = path;
        _writer = new StreamWriter(stream);
        _finished = finished;
    }

    /// <summary>How many replications the journal already held when opened.</summary>
    public int FinishedCount => _finished.Count;

    /// <summary>Whether the journal held this replication when opened.</summary>
    public bool HasFinished(int replication) => _finished.ContainsKey(replication);

    /// <summary>
    /// The journalled result of a replication, read back from the file when asked for (a resumed journal of a million replications
    /// is not held in memory), or null when the journal did not hold it when opened.
    /// </summary>
    public ReplicationResult? ReadFinished(int replication)
    {
        if (!_finished.TryGetValue(replication, out var span)) return null;
        var bytes = new byte[span.Length];
        int read = 0;
        lock (_gate)
        {
            _writer.Flush();
            var handle = ((FileStream)_writer.BaseStream).SafeFileHandle;
            while (read < bytes.Length)
            {
                int n = RandomAccess.Read(handle, bytes.AsSpan(read), span.Offset + read);
                if (n == 0) break;
                read += n;
            }
        }
        // Checked when opened, and the file is ours alone since: a change now means the disk or another program changed it.
        return read == bytes.Length && Verified(Decode(bytes)) is string json && ReplicationResultCodec.FromJson(json) is { } result
            ? result
            : throw new InputException($"'{_path}', line {span.Line}: the line changed on disk after the journal was opened; the journal cannot be trusted.");
    }

    /// <summary>Starts a new journal; refuses to overwrite one (resume it instead).</summary>
    public static ExperimentJournal Create(string path, Scenario scenario)
    {
        if (File.Exists(path))
        {
            throw new InputException($"'{path}' already exists; resume from it, or choose another file.");
        }
        var stream = OpenExclusive(path, FileMode.CreateNew);
        var journal = new ExperimentJournal(path, stream, []);
        journal._writer.WriteLine(JsonSerializer.Serialize(Header.Of(scenario), Options));
        journal._writer.Flush();
        return journal;
    }

    /// <summary>Reopens a journal of the same scenario and carries on appending to it.</summary>
    public static ExperimentJournal Resume(string path, Scenario scenario)
    {
        if (!File.Exists(path)) throw new InputException($"cannot read '{path}': no such file");
        var stream = OpenExclusive(path, FileMode.Open);
        try
        {
            var finished = Read(path, stream, scenario);
            return new ExperimentJournal(path, stream, finished);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks the journal line by line, as it streams past (one line in memory at a time), and notes where each replication's line is;
    /// leaves <paramref name="stream"/> at its end, a line cut short by a kill removed.
    /// </summary>
    private static Dictionary<int, LineSpan> Read(string path, FileStream stream, Scenario scenario)
    {
        var finished = new Dictionary<int, LineSpan>();
        long whole = 0; // bytes up to and including the last line end: the text after it is a line a kill cut short
        foreach (var (bytes, offset, number) in Lines(stream))
        {
            whole = offset + bytes.Length + 1;
            string line = Decode(bytes);
            if (number == 1)
            {
                CheckHeader(path, line, scenario);
                continue;
            }
            if (line.Length == 0) continue;
            if (Verified(line) is not string json || ReplicationResultCodec.FromJson(json) is not { } result)
            {
                throw new InputException(
                    $"'{path}', line {number}: the line is damaged (its checksum does not match its content); the journal cannot be trusted. " +
                    "Run the experiment again without resuming.");
            }
            if (result.Replication < 0 || result.Replication >= scenario.Replications)
            {
                throw new InputException(
                    $"'{path}', line {number}: replication {result.Replication} is outside this experiment's 0 to {scenario.Replications - 1}.");
            }
            finished[result.Replication] = new LineSpan(offset, bytes.Length, number);
        }
        if (whole == 0) CheckHeader(path, "", scenario);
        stream.SetLength(whole);
        stream.Seek(0, SeekOrigin.End);
        return finished;
    }

    private static void CheckHeader(string path, string line, Scenario scenario)
    {
        var header = TryRead<Header>(line);
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
    }

    /// <summary>
    /// The whole lines of the file from its start (without their line end), each with the offset of its first byte and its number from 1;
    /// the text after the last line end is not one. Reads in blocks, so a journal of any length streams through a bounded buffer.
    /// </summary>
    private static IEnumerable<(byte[] Bytes, long Offset, int Number)> Lines(FileStream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        var block = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>();
        long blockStart = 0, lineStart = 0;
        int number = 0, read;
        while ((read = stream.Read(block)) > 0)
        {
            int position = 0, end;
            while ((end = block.AsSpan(position, read - position).IndexOf((byte)'\n')) >= 0)
            {
                line.Write(block.AsSpan(position, end));
                yield return (line.WrittenSpan.ToArray(), lineStart, ++number);
                line.ResetWrittenCount();
                position += end + 1;
                lineStart = blockStart + position;
            }
            line.Write(block.AsSpan(position, read - position));
            blockStart += read;
        }
    }

    /// <summary>A line's text, a Windows line end dropped.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes).TrimEnd('\r');

    /// <summary>Where a journalled replication's line lies in the file (its line end not counted) and its line number, for messages.</summary>
    private readonly record struct LineSpan(long Offset, int Length, int Line);

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
