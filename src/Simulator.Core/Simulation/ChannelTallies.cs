using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>One scope's contacts split by channel: the headline service level and ASA are reported per channel, not pooled.</summary>
public struct ChannelTallies
{
    /// <summary>No contacts of any channel: every per-channel figure undefined.</summary>
    public static readonly ChannelTallies None;

    public ContactTally Voice;
    public ContactTally Chat;
    public ContactTally Email;

    /// <summary>Adds one contact type's tally to its channel.</summary>
    public void Add(Channel channel, in ContactTally contacts)
    {
        switch (channel)
        {
            case Channel.Voice: Voice.Add(contacts); break;
            case Channel.Chat: Chat.Add(contacts); break;
            case Channel.Email: Email.Add(contacts); break;
        }
    }

    public void Add(in ChannelTallies other)
    {
        Voice.Add(other.Voice);
        Chat.Add(other.Chat);
        Email.Add(other.Email);
    }
}
