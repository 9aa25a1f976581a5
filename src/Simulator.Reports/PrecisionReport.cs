using System.Globalization;
using System.Text.Json.Nodes;
using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>How a run to a precision target came out: a line for tables and a <c>precision</c> object for JSON.</summary>
internal static class PrecisionReport
{
    /// <summary><paramref name="document"/> with a <c>precision</c> key added where the run had a target; unchanged otherwise.</summary>
    public static object With(object document, PrecisionOutcome? outcome)
    {
        if (outcome is null) return document;
        var node = System.Text.Json.JsonSerializer.SerializeToNode(document, ReportWriter.JsonOptions)!.AsObject();
        node["precision"] = System.Text.Json.JsonSerializer.SerializeToNode(Document(outcome), ReportWriter.JsonOptions);
        return node;
    }

    public static object Document(PrecisionOutcome outcome) => new
    {
        procedure = "stein-two-stage",
        replicationsUsed = outcome.Replications,
        maximumReplications = outcome.Maximum,
        pilotReplications = outcome.Pilot,
        targetMet = outcome.Met,
        kpis = outcome.Kpis.Select(k => new
        {
            kpi = KpiCatalogue.Of(k.Kpi).Name,
            option = k.Option,
            targetHalfWidth = k.Target,
            halfWidth = k.HalfWidth,
            met = k.Met,
        }),
    };

    /// <summary>One plain sentence: met or not, replications used of the maximum, and each KPI's achieved half-width against its target.</summary>
    public static string Line(PrecisionOutcome outcome)
    {
        var kpis = string.Join("; ", outcome.Kpis.Select(k =>
            (k.Option is null ? "" : $"{k.Option} − baseline ") + KpiCatalogue.Of(k.Kpi).Name + " ±" +
            (k.HalfWidth is double h ? h.ToString("G3", CultureInfo.InvariantCulture) : "?") +
            (k.Met ? " ≤ " : " > ") + k.Target.ToString("G3", CultureInfo.InvariantCulture)));
        return outcome.Met
            ? $"Precision target met with {outcome.Replications:N0} of at most {outcome.Maximum:N0} replications (Stein two-stage, pilot of " +
              $"{outcome.Pilot}): {kpis}."
            : $"Precision target NOT met: stopped at the maximum of {outcome.Maximum:N0} replications (pilot of {outcome.Pilot}): {kpis}; allow more " +
              "replications or a wider target.";
    }
}
