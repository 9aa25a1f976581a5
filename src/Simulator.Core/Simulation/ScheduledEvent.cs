using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>
/// One scheduled event, made by a named constructor per <see cref="EventKind"/> and read by accessors
/// named for what they carry. Two plain slots hold the payload, so the struct stays 24 bytes and the
/// calendar allocation-free; an accessor asked of the wrong kind fails in debug builds.
/// </summary>
[DebuggerDisplay("{Kind} at {Time}")]
internal readonly struct ScheduledEvent
{
    private const long Opens = 0;
    private const long Closes = 1;

    // Widest first, so the struct packs into 24 bytes.
    private readonly double _time;
    private readonly long _detail;
    private readonly int _subject;
    private readonly EventKind _kind;

    private ScheduledEvent(double time, EventKind kind, int subject, long detail)
    {
        _time = time;
        _kind = kind;
        _subject = subject;
        _detail = detail;
    }

    public double Time => _time;

    public EventKind Kind => _kind;

    /// <summary>Planning interval <paramref name="interval"/> opens.</summary>
    public static ScheduledEvent Opening(double time, int interval) => new(time, EventKind.IntervalBoundary, interval, Opens);

    /// <summary>The centre closes after planning interval <paramref name="interval"/> (a day's or the horizon's end).</summary>
    public static ScheduledEvent Closing(double time, int interval) => new(time, EventKind.IntervalBoundary, interval, Closes);

    /// <summary>Staffing change number <paramref name="change"/> of the schedule takes effect.</summary>
    public static ScheduledEvent StaffingChange(double time, int change) => new(time, EventKind.StaffingChange, change, 0);

    /// <summary>
    /// An agent finishes a contact; <paramref name="isChat"/>: one of the chats it may hold at once. The contact's type and the instant it was answered
    /// ride along (to the millisecond) so that a look-ahead can draw the work left conditionally on the work done, as a real feed would.
    /// </summary>
    public static ScheduledEvent AgentFree(double time, int agent, bool isChat, int contactType = 0, double answeredAt = 0)
    {
        Debug.Assert(contactType is >= 0 and < 1 << ContactTypeBits && answeredAt >= 0);
        long answeredMs = (long)Math.Round(answeredAt * 1_000);
        return new(time, EventKind.AgentFree, agent, (answeredMs << (ContactTypeBits + 1)) | ((long)contactType << 1) | (isChat ? 1L : 0));
    }

    private const int ContactTypeBits = 16;

    /// <summary>The contact at <paramref name="position"/> in its type's queue runs out of patience.</summary>
    public static ScheduledEvent Abandonment(double time, int contactType, long position) => new(time, EventKind.Abandonment, contactType, position);

    /// <summary>The contact at <paramref name="position"/> in its type's queue may go to the backup groups.</summary>
    public static ScheduledEvent Overflow(double time, int contactType, long position) => new(time, EventKind.Overflow, contactType, position);

    /// <summary>The bot hands on the customer kept in <see cref="PendingCustomers"/> slot <paramref name="customer"/>.</summary>
    public static ScheduledEvent BotTransfer(double time, int contactType, long customer) => new(time, EventKind.BotTransfer, contactType, customer);

    /// <summary>The customer kept in <see cref="PendingCustomers"/> slot <paramref name="customer"/> makes contact again.</summary>
    public static ScheduledEvent Return(double time, int contactType, long customer) => new(time, EventKind.Return, contactType, customer);

    /// <summary>The planning interval of an <see cref="Opening"/> or <see cref="Closing"/>.</summary>
    public int Interval
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(Kind == EventKind.IntervalBoundary);
            return _subject;
        }
    }

    /// <summary>The boundary closes the centre (else it opens an interval).</summary>
    public bool IsClosing
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(Kind == EventKind.IntervalBoundary);
            return _detail == Closes;
        }
    }

    /// <summary>The index of a <see cref="StaffingChange"/> in the schedule.</summary>
    public int Change
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(Kind == EventKind.StaffingChange);
            return _subject;
        }
    }

    /// <summary>The agent an <see cref="AgentFree"/> frees.</summary>
    public int Agent
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(Kind == EventKind.AgentFree);
            return _subject;
        }
    }

    /// <summary>The contact an <see cref="AgentFree"/> ends was a chat held alongside others.</summary>
    public bool IsChat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(Kind == EventKind.AgentFree);
            return (_detail & 1) != 0;
        }
    }

    /// <summary>The contact type an <see cref="AgentFree"/>'s contact is of.</summary>
    public int ServedType
    {
        get
        {
            Debug.Assert(Kind == EventKind.AgentFree);
            return (int)((_detail >> 1) & ((1 << ContactTypeBits) - 1));
        }
    }

    /// <summary>When an <see cref="AgentFree"/>'s contact was answered, to the millisecond.</summary>
    public double AnsweredAt
    {
        get
        {
            Debug.Assert(Kind == EventKind.AgentFree);
            return (_detail >> (ContactTypeBits + 1)) / 1_000.0;
        }
    }

    /// <summary>The contact type of an abandonment, overflow, bot transfer or return.</summary>
    public int ContactType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(Kind is EventKind.Abandonment or EventKind.Overflow or EventKind.BotTransfer or EventKind.Return);
            return _subject;
        }
    }

    /// <summary>The waiting contact's position in its type's queue (abandonment, overflow).</summary>
    public long QueuePosition
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(Kind is EventKind.Abandonment or EventKind.Overflow);
            return _detail;
        }
    }

    /// <summary>The <see cref="PendingCustomers"/> slot of the customer a bot transfer or return brings.</summary>
    public long PendingCustomer
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            Debug.Assert(Kind is EventKind.BotTransfer or EventKind.Return);
            return _detail;
        }
    }
}
