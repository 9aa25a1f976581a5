using System.Text;
using System.Threading.Channels;
using Simulator.Core.Intraday;
using Simulator.Grains.Live;

namespace Simulator.Cli.Live;

/// <summary>
/// Sends a feed's lines to a centre following it, in batches of what has come in, and reports each refused line on the error writer with its line
/// number. A line longer than <see cref="FeedReader.MaxLineLength"/> is cut there (and refused), so no line fills memory.
/// </summary>
internal static class LiveFeed
{
    private const int MostPerBatch = 1_024;

    /// <summary>Follows <paramref name="input"/> to its end; returns the refused lines' count. <paramref name="refused"/> hears of each.</summary>
    public static async Task<long> RunAsync(ICentreGrain centre, TextReader input, Action<FeedProblem> refused, CancellationToken cancellationToken)
    {
        var lines = Channel.CreateBounded<string>(new BoundedChannelOptions(MostPerBatch * 8) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(async () =>
        {
            try
            {
                while (ReadBounded(input) is { } line) await lines.Writer.WriteAsync(line, cancellationToken);
            }
            finally
            {
                lines.Writer.TryComplete();
            }
        }, cancellationToken);

        long next = 1, problems = 0;
        var batch = new List<string>(MostPerBatch);
        while (await lines.Reader.WaitToReadAsync(cancellationToken))
        {
            while (batch.Count < MostPerBatch && lines.Reader.TryRead(out string? line)) batch.Add(line);
            problems += await SendAsync(centre, next, batch, last: false, refused);
            next += batch.Count;
            batch.Clear();
        }
        await reading;
        problems += await SendAsync(centre, next, [], last: true, refused);
        return problems;
    }

    private static async Task<int> SendAsync(ICentreGrain centre, long first, List<string> batch, bool last, Action<FeedProblem> refused)
    {
        var receipt = await centre.FeedAsync(first, [.. batch], last);
        foreach (var problem in receipt.Problems) refused(problem);
        return receipt.Problems.Count;
    }

    /// <summary>The next line, at most one character past the limit (the rest of a longer line is skipped unread into memory); null at the end.</summary>
    private static string? ReadBounded(TextReader input)
    {
        var line = new StringBuilder();
        int c;
        while ((c = input.Read()) >= 0)
        {
            if (c == '\n') return line.ToString().TrimEnd('\r');
            if (line.Length <= FeedReader.MaxLineLength) line.Append((char)c);
        }
        return line.Length > 0 ? line.ToString().TrimEnd('\r') : null;
    }
}
