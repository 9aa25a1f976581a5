using System.Collections.Immutable;
using Simulator.Core.Intraday;
using Simulator.Core.Randomness;

namespace Simulator.Core.Simulation;

/// <summary>
/// First contacts taken from a real day (<see cref="ReplayDay"/>) instead of drawn: per contact type, the day's contacts in order of arrival
/// and the place reached in them. <see cref="Arrivals"/> asks it for the next arrival of a type, and the kernel for what is known of the
/// contact arriving now.
/// </summary>
internal sealed class ReplayedArrivals
{
    private readonly ImmutableArray<ReplayedContact>[] _contacts;
    private readonly int[] _next;

    public ReplayedArrivals(ReplayDay day, int contactTypes)
    {
        _contacts = [.. Enumerable.Range(0, contactTypes).Select(day.OfType)];
        _next = new int[contactTypes];
    }

    /// <summary>The arrival time of the type's next contact, and moves past it; +∞ when the day has no more.</summary>
    public double Next(int type)
    {
        var contacts = _contacts[type];
        int next = _next[type]++;
        return next < contacts.Length ? contacts[next].ArrivalSeconds : double.PositiveInfinity;
    }

    /// <summary>The type's contact whose arrival <see cref="Next"/> returned last: the one arriving now.</summary>
    public ReplayedContact Current(int type) => _contacts[type][_next[type] - 1];

    /// <summary>Patience drawn above a known wait gives up after this many tries and adds a fresh draw to the wait (exact for exponential patience).</summary>
    private const int PatienceTries = 64;

    /// <summary>
    /// Puts what the log knows of a replayed contact in place of the draws: a recorded handle time (with no separate wrap-up, which the log
    /// counts in it), a recorded patience (an abandoned contact's wait), or patience drawn from the model above the wait the contact is known
    /// to have sat out. True when the handle time is the recorded one.
    /// </summary>
    public static bool Apply(in ReplayedContact known, ref double handle, ref double wrapUp, ref double patience, DurationSampler? model,
        Xoshiro256StarStar random)
    {
        if (!double.IsNaN(known.PatienceSeconds)) patience = known.PatienceSeconds;
        else if (known.WaitedAtLeastSeconds > 0 && patience <= known.WaitedAtLeastSeconds && model is not null)
        {
            for (int i = 0; i < PatienceTries && patience <= known.WaitedAtLeastSeconds; i++) patience = model.Sample(random);
            if (patience <= known.WaitedAtLeastSeconds) patience = known.WaitedAtLeastSeconds + model.Sample(random);
        }
        if (double.IsNaN(known.HandleSeconds)) return false;
        handle = known.HandleSeconds;
        wrapUp = 0;
        return true;
    }
}
