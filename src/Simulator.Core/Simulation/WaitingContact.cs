namespace Simulator.Core.Simulation;

/// <summary>A waiting customer, with the durations drawn for it when it arrived.</summary>
internal struct WaitingContact
{
    public double ArrivalTime;
    public double HandleSeconds;
    public double WrapUpSeconds;
    public int Interval;
    public bool Counted;
    public bool Abandoned;
    public CustomerState Customer;

    /// <summary>Drawn at arrival so outcomes do not depend on who answers: compared with the resolution rate when answered.</summary>
    public double ResolutionDraw;
    public double RepeatDelay;
    public double RedialDraw;
    public double RedialDelay;

    /// <summary>A replayed contact whose handle time is the one recorded: neither day effects nor chats held stretch it.</summary>
    public bool Recorded;

    /// <summary>Resolution change the bot's hand-over brings.</summary>
    public double ResolutionChange;
}
