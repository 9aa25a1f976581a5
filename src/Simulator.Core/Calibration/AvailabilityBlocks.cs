namespace Simulator.Core.Calibration;

/// <summary>Which intervals share an availability factor.</summary>
public static class AvailabilityBlocks
{
    /// <summary>
    /// A block of contacts this size gives an abandonment share to within a few points (at 10 %
    /// abandoned, a standard error of 3 points from 100 contacts); fewer and a factor chases noise.
    /// </summary>
    public const double DefaultMinimumOffered = 100;

    public static IReadOnlyList<int> PerInterval(int count) => Enumerable.Range(0, count).ToList();

    /// <summary>
    /// Consecutive intervals grouped left to right until a block has been offered at least
    /// <paramref name="minimumOffered"/> contacts ("parts of the day" when the data are thin); a short
    /// block at the end of a day joins the one before it. Blocks never span two days when
    /// <paramref name="intervalsPerDay"/> is given: availability at 8 pm says nothing of 8 am.
    /// </summary>
    public static IReadOnlyList<int> Consecutive(IReadOnlyList<AvailabilityTarget> targets, double minimumOffered = DefaultMinimumOffered,
        int? intervalsPerDay = null)
    {
        if (intervalsPerDay is <= 0) throw new ArgumentOutOfRangeException(nameof(intervalsPerDay), intervalsPerDay, "A day has at least one interval.");
        var blocks = new int[targets.Count];
        int block = -1;
        double offered = 0;
        int blockStart = 0;
        for (int i = 0; i < targets.Count; i++)
        {
            bool newDay = intervalsPerDay is int perDay && i % perDay == 0;
            if (i == 0 || newDay || offered >= minimumOffered)
            {
                if (newDay && i > 0 && offered < minimumOffered) MergeIntoPrevious(blocks, blockStart, i, ref block, intervalsPerDay);
                block++;
                blockStart = i;
                offered = 0;
            }
            blocks[i] = block;
            offered += targets[i].Offered;
        }
        if (targets.Count > 0 && offered < minimumOffered) MergeIntoPrevious(blocks, blockStart, targets.Count, ref block, intervalsPerDay);
        return blocks;
    }

    /// <summary>Moves the short block [start, end) into the block before it when that block is on the same day.</summary>
    private static void MergeIntoPrevious(int[] blocks, int start, int end, ref int block, int? intervalsPerDay)
    {
        bool sameDay = intervalsPerDay is not int perDay || start % perDay != 0;
        if (start == 0 || !sameDay) return;
        for (int i = start; i < end; i++) blocks[i] = blocks[start - 1];
        block--;
    }
}
