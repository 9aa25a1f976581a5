using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>Which contact types' bots are on: those the scenario gives one, until a live centre switches one off (or on again).</summary>
internal sealed class BotSwitches
{
    private readonly CentreModel _model;
    private readonly BotModel?[] _active;

    public BotSwitches(CentreModel model)
    {
        _model = model;
        _active = [.. model.ContactTypes.Select(t => t.Bot)];
    }

    /// <summary>The bot a new contact of the type enters, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BotModel? Active(int contactType) => _active[contactType];

    public bool IsOn(int contactType) => _active[contactType] is not null;

    /// <summary>Switches a type's bot; an error if the scenario gives the type none.</summary>
    public void Switch(int contactType, bool on)
    {
        var type = _model.ContactTypes[contactType];
        if (type.Bot is null)
        {
            throw new ArgumentException($"contact type '{type.Id}' has no bot in the scenario; give it an 'automation' block to switch one on");
        }
        _active[contactType] = on ? type.Bot : null;
    }
}
