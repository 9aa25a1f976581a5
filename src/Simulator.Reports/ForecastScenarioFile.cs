using System.Globalization;
using System.Text;
using Simulator.Core;
using Simulator.Core.Forecasting;
using Simulator.Core.Scenarios;
using Simulator.Core.Units;

namespace Simulator.Reports;

/// <summary>
/// The text of a forecast scenario (<c>forecast --write-scenario</c>, and the web workspace's "Save as scenario"): the
/// template with the forecast in it, headed by a comment saying where its numbers came from, and checked by the scenario
/// loader before anything is written. The only place a forecast is turned into scenario text.
/// </summary>
public static class ForecastScenarioFile
{
    /// <param name="path">Where the scenario will be written (the loader checks it as that file).</param>
    /// <param name="templateOrigin">Names the template in a message about it, such as the command's option.</param>
    /// <param name="targetOrigin">Names the target in a message about the result.</param>
    public static string Text(Scenario template, ForecastResult forecast, string path, string templateOrigin, string targetOrigin)
    {
        ForecastScenarioSummary summary;
        Scenario applied;
        try
        {
            applied = ForecastScenario.Apply(template, forecast, out summary);
        }
        catch (InputException e)
        {
            throw new InputException($"{templateOrigin}: {e.Message}");
        }
        string yaml = Comment(template, forecast, summary) + ScenarioWriter.ToYaml(applied);
        try
        {
            ScenarioLoader.Parse(yaml, path);
        }
        catch (ScenarioException e)
        {
            throw new InputException($"{targetOrigin}: the template {template.SourcePath} with the forecast in it would not be a valid scenario, so " +
                $"nothing was written: {e.Message}");
        }
        return yaml;
    }

    /// <summary>"08:00-20:00 every day", or with weekdays of their own "08:00-20:00 (Saturday 09:00-14:00, Sunday closed)".</summary>
    private static string OpeningHours(Horizon horizon)
    {
        string usual = $"{UnitParser.FormatClock(horizon.Start)}-{UnitParser.FormatClock(horizon.End)}";
        if (horizon.OpeningHours.Count == 0) return usual + " every day";
        var weekdays = horizon.OpeningHours.OrderBy(h => ((int)h.Weekday + 6) % 7) // Monday first
            .Select(h => h.Closed ? $"{h.Weekday} closed" : $"{h.Weekday} {UnitParser.FormatClock(h.Start)}-{UnitParser.FormatClock(h.End)}");
        return $"{usual} ({string.Join(", ", weekdays)})";
    }

    private static string Comment(Scenario template, ForecastResult forecast, ForecastScenarioSummary summary)
    {
        var invariant = CultureInfo.InvariantCulture;
        var horizon = template.Horizon;
        var history = forecast.History;
        var chosen = forecast.Backtest.FirstOrDefault(b => b.Method == forecast.Method);
        var text = new StringBuilder();
        void Line(string line) => text.Append("# ").AppendLine(line);
        Line($"Written by ccsim forecast from the template {template.SourcePath}.");
        Line($"Arrivals: forecast from {history.Source} ({history.Grid.Describe()}, {HistoryReport.Date(history.From)} to {HistoryReport.Date(history.To)}) " +
            $"by {forecast.Method}" +
             (chosen is null ? "" : $" (backtest WAPE {Formats.Percent(chosen.Wape)})") + ",");
        Line($"for {forecast.Days} days from {HistoryReport.Date(forecast.Start)} to {HistoryReport.Date(forecast.Start.AddDays(forecast.Days - 1))}: one " +
            $"volume per {UnitParser.FormatDuration(horizon.Interval)} interval " +
             $"of the whole horizon (horizon.days = {forecast.Days}).");
        Line($"The template's opening hours, {OpeningHours(horizon)}, cut the forecast:");
        foreach (var (type, inside) in summary.Inside)
        {
            double outside = summary.Outside[type], total = inside + outside;
            Line($"  {type}: {inside.ToString("#,0", invariant)} contacts inside them; {outside.ToString("#,0", invariant)} " +
                $"({Formats.Percent(total > 0 ? outside / total : 0)}) forecast outside them are left out.");
        }
        foreach (var (type, aht) in summary.AhtSeconds)
        {
            Line($"Handle time of {type}: mean set so that AHT (with any wrap-up) is the forecast's volume-weighted {aht.ToString("0.#", invariant)} s; its " +
                $"distribution's shape is the template's.");
        }
        if (summary.KeptArrivals.Count > 0) Line($"Arrivals kept from the template (not in the history): {string.Join(", ", summary.KeptArrivals)}.");
        var special = forecast.SpecialDaysApplied;
        if (special.Count > 0)
        {
            Line($"Special days applied: " +
                $"{string.Join(", ", special.Select(d =>
                    $"{HistoryReport.Date(d.Date)} {d.Label} ({(d.Closed ? "closed" : $"×{d.Multiplier.ToString("0.##", invariant)}")})"))}.");
        }
        Line("Everything else is the template's.");
        return text.ToString();
    }
}
