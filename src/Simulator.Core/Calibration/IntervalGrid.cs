namespace Simulator.Core.Calibration;

/// <summary>Consecutive intervals of equal length from an origin, on the same clock as the data (seconds).</summary>
public readonly record struct IntervalGrid(double OriginSeconds, double LengthSeconds, int Count)
{
    public double Start(int index) => OriginSeconds + index * LengthSeconds;

    internal void Check()
    {
        if (!(LengthSeconds > 0)
            || !double.IsFinite(LengthSeconds)) throw new ArgumentException($"An interval grid needs a positive length; got {LengthSeconds} s.");
        if (Count < 0) throw new ArgumentException($"An interval grid needs zero or more intervals; got {Count}.");
        if (!double.IsFinite(OriginSeconds)) throw new ArgumentException($"An interval grid needs a finite origin; got {OriginSeconds}.");
    }

    /// <summary>Adds weight × the overlap of [from, to) with each interval to <paramref name="seconds"/>; time off the grid is ignored.</summary>
    internal void Spread(double from, double to, double[] seconds, double weight = 1)
    {
        if (to <= from) return;
        int first = Math.Max(0, (int)Math.Floor((from - OriginSeconds) / LengthSeconds));
        int last = Math.Min(Count - 1, (int)Math.Floor((to - OriginSeconds) / LengthSeconds));
        for (int i = first; i <= last; i++)
        {
            double overlap = Math.Min(to, Start(i + 1)) - Math.Max(from, Start(i));
            if (overlap > 0) seconds[i] += weight * overlap;
        }
    }
}
