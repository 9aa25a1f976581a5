using Simulator.Core;

namespace Simulator.Web.Services;

/// <summary>An error as the page shows it: the message of bad input as it is, anything else in one sentence, never a stack trace.</summary>
public static class Problems
{
    public static string Describe(Exception error) => error switch
    {
        InputException input => input.Message,
        OperationCanceledException => "Cancelled; nothing was kept.",
        Grains.Experiments.ClusterUnavailableException cluster => cluster.Message,
        _ => $"Internal error ({error.GetType().Name}): {error.Message} Please report this with the scenario you used.",
    };
}
