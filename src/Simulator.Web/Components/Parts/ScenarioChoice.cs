using Simulator.Core;
using Simulator.Core.Scenarios;

namespace Simulator.Web.Components.Parts;

/// <summary>
/// A scenario as a page picks it to simulate: a file of the folder, its base or one of its variants, and the
/// replications and seed to use (the scenario's unless changed), checked against the bounds the model sets.
/// </summary>
public sealed class ScenarioChoice
{
    /// <summary>The choice that means the file's base scenario rather than a variant.</summary>
    public const string Base = "";

    public string? File { get; set; }

    public string Variant { get; set; } = Base;

    public int Replications { get; set; }

    public long Seed { get; set; }

    public ScenarioFile? Loaded { get; private set; }

    /// <summary>Reads the file (every problem as validate reports it, as an <see cref="InputException"/>) and takes its replications and seed.</summary>
    public void Load(Services.ScenarioFolder folder, string file)
    {
        Loaded = null;
        File = file;
        Variant = Base;
        Loaded = folder.Load(file);
        Replications = Loaded.Base.Replications;
        Seed = Loaded.Base.Seed;
    }

    /// <summary>The scenario to run, with the replications and seed asked for.</summary>
    public Scenario Scenario()
    {
        if (Loaded is null) throw new InputException("Choose a scenario first.");
        if (Replications < 1 || Replications > Core.Scenarios.Scenario.MaxReplications)
        {
            throw new InputException(
                $"Replications: expected a whole number from 1 to {Core.Scenarios.Scenario.MaxReplications:N0}, but found {Replications}.");
        }
        if (Seed < 0) throw new InputException($"Seed: expected a whole number ≥ 0, but found {Seed}.");
        var chosen = Variant == Base ? Loaded.Base : Loaded.Variant(Variant).Scenario;
        return chosen with { Replications = Replications, Seed = Seed };
    }
}
