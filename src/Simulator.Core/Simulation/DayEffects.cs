using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// What a day does to handle time and resolution, by group and contact type: proficiency × learning
/// curve by tenure × training effects. Deterministic, so the <see cref="CentreModel"/> works out
/// every day once; days that do not differ share one instance.
/// </summary>
internal sealed class DayEffects
{
    private readonly int _types;
    private readonly int _programmes;

    /// <remarks>Takes ownership of the arrays (wrapped, not copied): nothing else may hold them.</remarks>
    private DayEffects(
        int types, int programmes, double[] handleFactor, double[] untrainedFactor, double[] resolutionChange, bool[] trained, double[] trainingShares)
    {
        _types = types;
        _programmes = programmes;
        HandleFactor = ImmutableCollectionsMarshal.AsImmutableArray(handleFactor);
        UntrainedFactor = ImmutableCollectionsMarshal.AsImmutableArray(untrainedFactor);
        ResolutionChange = ImmutableCollectionsMarshal.AsImmutableArray(resolutionChange);
        Trained = ImmutableCollectionsMarshal.AsImmutableArray(trained);
        TrainingShares = ImmutableCollectionsMarshal.AsImmutableArray(trainingShares);
    }

    /// <summary>[group × types + type]: handle time (talk and wrap-up) × this, training included.</summary>
    public ImmutableArray<double> HandleFactor { get; }

    /// <summary>[group × types + type]: the factor without training, against which training's savings are measured.</summary>
    public ImmutableArray<double> UntrainedFactor { get; }

    /// <summary>[group × types + type]: added to the type's resolution rate.</summary>
    public ImmutableArray<double> ResolutionChange { get; }

    /// <summary>[group]: some training programme changes the group's handle time today.</summary>
    public ImmutableArray<bool> Trained { get; }

    /// <summary>[group × programmes + programme]: each programme's part of the group's training factor today (they sum to 1 where any applies).</summary>
    public ImmutableArray<double> TrainingShares { get; }

    public int Index(int group, int contactType) => group * _types + contactType;

    public int ShareIndex(int group, int programme) => group * _programmes + programme;

    /// <summary>The effects of every day of the horizon, one entry per day.</summary>
    public static ImmutableArray<DayEffects> ForHorizon(Scenario scenario)
    {
        var days = ImmutableArray.CreateBuilder<DayEffects>(scenario.Horizon.Days);
        for (int day = 0; day < scenario.Horizon.Days; day++)
        {
            var effects = On(scenario, day);
            days.Add(day > 0 && effects.SameAs(days[day - 1]) ? days[day - 1] : effects);
        }
        return days.MoveToImmutable();
    }

    /// <summary>The effects on day <paramref name="day"/> (0-based).</summary>
    private static DayEffects On(Scenario scenario, int day)
    {
        int types = scenario.ContactTypes.Count, groups = scenario.AgentGroups.Count, programmes = scenario.Training.Count;
        var handleFactor = new double[groups * types];
        var untrainedFactor = new double[groups * types];
        var resolutionChange = new double[groups * types];
        var trained = new bool[groups];
        var trainingShares = new double[groups * programmes];
        for (int g = 0; g < groups; g++)
        {
            var group = scenario.AgentGroups[g];
            double learning = group.TenureMonths is double months
                ? group.LearningCurve.HandleTimeFactor(months + day / LearningCurve.DaysPerMonth)
                : 1;
            double training = 1, trainingResolution = 0;
            var shares = new double[programmes];
            for (int p = 0; p < programmes; p++)
            {
                var programme = scenario.Training[p];
                if (programme.Group != group.Id) continue;
                double factor = programme.HandleTimeFactorOn(day + 1);
                training *= factor;
                trainingResolution += programme.ResolutionChange * programme.EffectOn(day + 1);
                shares[p] = Math.Log(factor);
            }
            // Savings are shared between programmes of a group by their part of the combined factor (logarithms add).
            double total = shares.Sum();
            for (int p = 0; p < programmes; p++) trainingShares[g * programmes + p] = total != 0 ? shares[p] / total : 0;
            trained[g] = training != 1;
            for (int t = 0; t < types; t++)
            {
                var proficiency = group.ProficiencyFor(scenario.ContactTypes[t].Id);
                int k = g * types + t;
                untrainedFactor[k] = proficiency.HandleTimeFactor * learning;
                handleFactor[k] = untrainedFactor[k] * training;
                resolutionChange[k] = proficiency.ResolutionChange + trainingResolution;
            }
        }
        return new DayEffects(types, programmes, handleFactor, untrainedFactor, resolutionChange, trained, trainingShares);
    }

    /// <summary>Bit for bit the same effects (−0 and +0 differ), so sharing an instance cannot move a digit.</summary>
    private bool SameAs(DayEffects other) =>
        SameBits(HandleFactor, other.HandleFactor)
        && SameBits(UntrainedFactor, other.UntrainedFactor)
        && SameBits(ResolutionChange, other.ResolutionChange)
        && Trained.SequenceEqual(other.Trained)
        && SameBits(TrainingShares, other.TrainingShares);

    private static bool SameBits(ImmutableArray<double> a, ImmutableArray<double> b) =>
        a.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(b.Select(BitConverter.DoubleToInt64Bits));
}
