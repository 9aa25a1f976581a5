namespace Simulator.Core.Scenarios;

/// <summary>"Did you mean …?" for misspelt keys and ids, by edit distance.</summary>
internal static class KeySuggestions
{
    /// <summary>The candidate closest to <paramref name="text"/>, if it is close enough to be a likely typo.</summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int distance = Distance(text.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A third of the word (at least 2 edits) catches typos without suggesting unrelated keys.
        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    public static string DidYouMean(string text, IEnumerable<string> candidates) =>
        Closest(text, candidates) is string suggestion ? $"; did you mean '{suggestion}'?" : "";

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
