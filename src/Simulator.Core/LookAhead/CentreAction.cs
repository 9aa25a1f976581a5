using System.Globalization;
using Simulator.Core.Units;

namespace Simulator.Core.LookAhead;

/// <summary>What an action does to the centre.</summary>
public enum ActionKind
{
    /// <summary>Adds (negative: removes) <see cref="CentreAction.Agents"/> agents of a group from <see cref="CentreAction.At"/> on.</summary>
    AddAgents,

    /// <summary>Switches a contact type's bot on or off (<see cref="CentreAction.On"/>) from <see cref="CentreAction.At"/> on.</summary>
    SwitchBot,

    /// <summary>From <see cref="CentreAction.At"/> on, a contact type arrives at <see cref="CentreAction.Factor"/> × its planned rate.</summary>
    Surge,

    /// <summary>
    /// A training session of <see cref="CentreAction.Agents"/> agents of a group moves from <see cref="CentreAction.At"/> to
    /// <see cref="CentreAction.To"/>, lasting <see cref="CentreAction.Length"/>: those agents take contacts in the old slot and not in the new.
    /// </summary>
    MoveTraining,
}

/// <summary>
/// An action a look-ahead evaluates as a paired what-if against doing nothing. Times are times of day of the day being looked ahead
/// (null <see cref="At"/>: now). <see cref="Target"/> is an agent group's id (agents, training) or a contact type's (bot, surge).
/// </summary>
public sealed record CentreAction(
    ActionKind Kind,
    string Target,
    TimeSpan? At = null,
    int Agents = 0,
    double Factor = 1,
    bool On = true,
    TimeSpan? To = null,
    TimeSpan? Length = null)
{
    public static CentreAction AddAgents(string group, int agents, TimeSpan? at = null) => new(ActionKind.AddAgents, group, at, Agents: agents);

    public static CentreAction SwitchBot(string contactType, bool on, TimeSpan? at = null) => new(ActionKind.SwitchBot, contactType, at, On: on);

    public static CentreAction Surge(string contactType, double factor, TimeSpan? at = null) => new(ActionKind.Surge, contactType, at, Factor: factor);

    public static CentreAction MoveTraining(string group, int agents, TimeSpan from, TimeSpan to, TimeSpan length) =>
        new(ActionKind.MoveTraining, group, from, Agents: agents, To: to, Length: length);

    /// <summary>The action in words, as reports label it: "+5 agents of generalists from 12:00".</summary>
    public string Describe()
    {
        string from = At is { } at ? $" from {UnitParser.FormatClock(at)}" : " from now";
        return Kind switch
        {
            ActionKind.AddAgents => $"{Agents.ToString("+0;-0", CultureInfo.InvariantCulture)} agents of {Target}{from}",
            ActionKind.SwitchBot => $"bot on {Target} {(On ? "on" : "off")}{from}",
            ActionKind.Surge => $"surge ×{Factor.ToString("0.##", CultureInfo.InvariantCulture)} on {Target}{from}",
            ActionKind.MoveTraining =>
                $"training of {Agents} agents of {Target} moved from {Clock(At)} to {Clock(To)} ({UnitParser.FormatDuration(Length ?? TimeSpan.Zero)})",
            _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "an action kind this version does not know"),
        };

        static string Clock(TimeSpan? t) => t is { } time ? UnitParser.FormatClock(time) : "now";
    }
}
