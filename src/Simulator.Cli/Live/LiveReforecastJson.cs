using System.Text.Json.Nodes;
using Simulator.Grains.Live;
using Simulator.Reports;

namespace Simulator.Cli.Live;

/// <summary>The re-forecast as <c>live --format json</c> writes it (docs/commands.md, "Following a real day") and as the dashboard words it.</summary>
internal static class LiveReforecastJson
{
    public static JsonObject ToJson(LiveReforecast r)
    {
        var types = new JsonArray();
        foreach (var t in r.ContactTypes)
        {
            types.Add(new JsonObject
            {
                ["contactType"] = t.ContactType,
                ["actualSoFar"] = t.ActualSoFar,
                ["forecastSoFar"] = Round(t.ForecastSoFar),
                ["factor"] = Math.Round(t.Factor, 4),
                ["forecastRest"] = Round(t.ForecastRest),
                ["reforecastRest"] = Round(t.ReforecastRest),
            });
        }
        return new JsonObject
        {
            ["running"] = double.IsFinite(r.Running) ? Math.Round(r.Running, 4) : null,
            ["actualSoFar"] = r.ActualSoFar,
            ["forecastSoFar"] = Round(r.ForecastSoFar),
            ["forecastRest"] = Round(r.ForecastRest),
            ["reforecastRest"] = Round(r.ReforecastRest),
            ["contactTypes"] = types,
        };
    }

    /// <summary>"Arrivals so far 2,058 vs forecast 1,790 (+15.0%); rest of day re-forecast 2,649 (forecast 2,320)."</summary>
    public static string Describe(LiveReforecast r)
    {
        string running = double.IsFinite(r.Running) ? $" ({Formats.Number(r.Running * 100, "+0.0;-0.0;0.0")}%)" : "";
        return $"Arrivals so far {Formats.Number(r.ActualSoFar, "N0")} vs forecast {Formats.Number(r.ForecastSoFar, "N0")}{running}; rest of day " +
            $"re-forecast {Formats.Number(r.ReforecastRest, "N0")} (forecast {Formats.Number(r.ForecastRest, "N0")}).";
    }

    private static double Round(double value) => Math.Round(value, 1);
}
