namespace Simulator.Core.Analytics;

public enum QueueModelKind
{
    /// <summary>M/M/N: callers wait as long as it takes.</summary>
    ErlangC,

    /// <summary>M/M/N+M: callers abandon after an exponential patience.</summary>
    ErlangA,
}
