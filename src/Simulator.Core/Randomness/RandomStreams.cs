namespace Simulator.Core.Randomness;

/// <summary>What a stream of random numbers is used for; each gets its own generator.</summary>
public enum StreamPurpose : ulong
{
    Arrivals = 1,
    HandleTime = 2,
    WrapUp = 3,
    Patience = 4,

    /// <summary>Resolution, repeat delay, redial choice and delay of a contact.</summary>
    Outcome = 5,

    /// <summary>Bot outcome, bot time and redial after giving up in the bot.</summary>
    Bot = 6,

    ReturnHandleTime = 12,
    ReturnWrapUp = 13,
    ReturnPatience = 14,
    ReturnOutcome = 15,
    ReturnBot = 16,

    /// <summary>Where in the next open day a return that fell due while the centre was closed gets through.</summary>
    ReturnReopening = 17,

    /// <summary>A look-ahead's draws of what is left of the work, patience and outcomes of contacts in progress when it forks the centre.</summary>
    ForkResiduals = 18,
}

/// <summary>
/// Seeds for independent random streams keyed by (scenario seed, replication, purpose, contact type id),
/// so that common random numbers hold: the k-th contact of a type in a replication gets the same
/// arrival time, handle time, wrap-up and patience in every variant of a scenario, whatever the
/// staffing. Nothing else draws from these streams.
/// </summary>
public static class RandomStreams
{
    /// <remarks>Keyed by the contact type's id, not its position, so adding a contact type to a variant leaves the others' customers as they were.</remarks>
    public static ulong Seed(long scenarioSeed, int replication, StreamPurpose purpose, string contactTypeId) =>
        SplitMix64.Mix((ulong)scenarioSeed, (ulong)replication, (ulong)purpose, StableHash(contactTypeId));

    public static Xoshiro256StarStar Create(long scenarioSeed, int replication, StreamPurpose purpose, string contactTypeId) =>
        new(Seed(scenarioSeed, replication, purpose, contactTypeId));

    /// <summary>FNV-1a over UTF-16 code units: the same on every host and runtime (unlike string.GetHashCode).</summary>
    private static ulong StableHash(string text)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }
        return hash;
    }
}
