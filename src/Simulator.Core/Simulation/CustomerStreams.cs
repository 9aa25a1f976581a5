using System.Runtime.CompilerServices;
using Simulator.Core.Randomness;

namespace Simulator.Core.Simulation;

/// <summary>
/// The random streams a replication's customers draw from, per contact type: one set for first
/// contacts and one for returns, kept apart so returns, which staffing changes, never shift what
/// first contacts draw (common random numbers between variants).
/// </summary>
internal sealed class CustomerStreams
{
    private readonly ContactDraws[] _first;
    private readonly ContactDraws[] _returning;
    private readonly Xoshiro256StarStar[] _reopening;

    public CustomerStreams(CentreModel model, int replication)
        : this(model, model.Scenario.Seed, replication)
    {
    }

    /// <summary>Streams keyed by another seed than the scenario's: a look-ahead's fresh streams.</summary>
    public CustomerStreams(CentreModel model, long seed, int replication)
    {
        _first = [.. model.ContactTypes.Select(t => new ContactDraws(seed, replication, t.Id, returning: false))];
        _returning = [.. model.ContactTypes.Select(t => new ContactDraws(seed, replication, t.Id, returning: true))];
        _reopening = [.. model.ContactTypes.Select(t => RandomStreams.Create(seed, replication, StreamPurpose.ReturnReopening, t.Id))];
    }

    /// <summary>The stream that places a type's returns that fell due while the centre was closed in the next open day.</summary>
    public Xoshiro256StarStar Reopening(int contactType) => _reopening[contactType];

    /// <summary>The streams for a customer's contact of a type: <paramref name="attempt"/> 0 is its first, any other a return.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ContactDraws For(int contactType, int attempt) => attempt == 0 ? _first[contactType] : _returning[contactType];
}

/// <summary>One contact type's streams for first contacts or for returns: one per thing drawn.</summary>
internal sealed class ContactDraws(long seed, int replication, string typeId, bool returning)
{
    public readonly Xoshiro256StarStar Handle = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnHandleTime : StreamPurpose.HandleTime,
        typeId);
    public readonly Xoshiro256StarStar WrapUp = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnWrapUp : StreamPurpose.WrapUp, typeId);
    public readonly Xoshiro256StarStar Patience = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnPatience : StreamPurpose.Patience,
        typeId);
    public readonly Xoshiro256StarStar Outcome = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnOutcome : StreamPurpose.Outcome,
        typeId);
    public readonly Xoshiro256StarStar Bot = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnBot : StreamPurpose.Bot, typeId);
}
