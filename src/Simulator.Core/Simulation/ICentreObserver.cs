namespace Simulator.Core.Simulation;

/// <summary>A live centre's view of the kernel: every contact and agent change, as it happens in simulated time.</summary>
public interface ICentreObserver
{
    /// <summary>A customer makes contact (<paramref name="attempt"/> 0: the first; then redials and repeats).</summary>
    void ContactArrived(double time, int contactType, long customer, int attempt, bool redial);

    void ContactQueued(double time, int contactType, long customer);

    /// <summary>An agent takes the contact: talking until time + <paramref name="talkSeconds"/>, wrapping up until time + <paramref
    /// name="busySeconds"/>.</summary>
    void ContactAnswered(double time, int contactType, long customer, int agent, int group, double waitSeconds, double talkSeconds, double busySeconds,
        bool resolved);

    void ContactAbandoned(double time, int contactType, long customer, double waitSeconds, bool inBot);

    void ContactContained(double time, int contactType, long customer);

    /// <summary>Still waiting when the centre closed (email: when the horizon ended).</summary>
    void ContactUnanswered(double time, int contactType, long customer);

    /// <summary>The customer's last contact has ended.</summary>
    void CustomerEnded(double time, int contactType, long customer, int poorExperiences);

    void AgentLoggedOn(double time, int agent, int group);

    /// <summary>The agent stops taking contacts: a break of its shift when <paramref name="onBreak"/>, else off shift or sent home.</summary>
    void AgentLoggedOff(double time, int agent, int group, bool onBreak);

    /// <summary>The agent has nothing to do and joins the idle line.</summary>
    void AgentIdle(double time, int agent, int group);
}
