using ScottPlot;
using Simulator.Core.Forecasting;
using Simulator.Core.History;

namespace Simulator.Reports.Charts;

/// <summary>
/// Charts of a forecast (<c>ccsim forecast --report</c>): per contact type, the last weeks of history
/// and the forecast's daily totals with their 80 % and 95 % prediction intervals.
/// </summary>
public static class ForecastCharts
{
    /// <summary>Weeks of history shown before the forecast: enough to see the weekly pattern carry on.</summary>
    public const int HistoryWeeks = 8;

    public static IReadOnlyList<Chart> For(ForecastResult forecast) => [.. forecast.ContactTypes.Select((t, i) => DailyForecast(forecast, t, i))];

    public static Chart DailyForecast(ForecastResult forecast, string contactType, int colour)
    {
        var plot = HistoryCharts.NewPlot();
        var series = forecast.History.ContactTypes.First(t => t.Id == contactType);
        int end = Math.Min(series.Days, forecast.Start.DayNumber - series.From.DayNumber);
        int begin = Math.Max(0, end - 7 * HistoryWeeks);
        // As in the history's chart: normally closed days are left out and the line joins across them; a gap breaks it.
        var shown = Enumerable.Range(begin, end - begin).Where(d => series.Status[d] is not (DayStatus.Closed or DayStatus.OutOfRange)).ToArray();
        var historyYs = shown.Select(series.DailyTotal).ToArray();
        HistoryCharts.Lines(plot, [.. shown.Select(d => X(series.Date(d)))], historyYs, Colors.Black, 3, "History");
        var outliers = forecast.Excluded.Where(o => o.ContactType == contactType && o.Date >= series.Date(begin)).ToList();
        if (outliers.Count > 0)
        {
            var crosses = plot.Add.Markers(outliers.Select(o => X(o.Date)).ToArray(), outliers.Select(o => o.Offered).ToArray(), MarkerShape.Eks, 24,
                Colors.Red);
            crosses.MarkerLineWidth = 4;
            crosses.LegendText = "Outlier day (not fitted)";
        }

        // A day forecast at zero because its weekday is closed is left out the same way; a closed special day is shown.
        var days = forecast.DailyTotals.Where(d => d.ContactType == contactType && (d.Offered > 0 || d.SpecialDay is not null)).ToList();
        var xs = days.Select(d => X(d.Date)).ToArray();
        var color = ChartRenderer.ColorOf(colour);
        var outer = plot.Add.FillY(xs, days.Select(d => d.Low95).ToArray(), days.Select(d => d.High95).ToArray());
        outer.FillColor = color.WithAlpha(0.2);
        outer.LineWidth = 0;
        outer.LegendText = "95% prediction interval";
        var inner = plot.Add.FillY(xs, days.Select(d => d.Low80).ToArray(), days.Select(d => d.High80).ToArray());
        inner.FillColor = color.WithAlpha(0.4);
        inner.LineWidth = 0;
        inner.LegendText = "80% prediction interval";
        var line = plot.Add.ScatterLine(xs, days.Select(d => d.Offered).ToArray());
        line.Color = color;
        line.LineWidth = 4;
        line.LegendText = $"Forecast ({forecast.Method})";
        var special = days.Where(d => d.SpecialDay is not null).ToList();
        if (special.Count > 0)
        {
            var markers = plot.Add.Markers(special.Select(d => X(d.Date)).ToArray(), special.Select(d => d.Offered).ToArray(), MarkerShape.OpenDiamond, 28,
                Colors.Black);
            markers.MarkerLineWidth = 3;
            markers.LegendText = "Special day";
        }
        var start = plot.Add.VerticalLine(X(forecast.Start) - 0.5);
        start.Color = Colors.Gray;
        start.LinePattern = LinePattern.Dashed;
        start.LineWidth = 2;
        HistoryCharts.DateAxis(plot);
        // Counts are never negative: the axis starts just below zero, so a closed day's marker is not cut in half.
        plot.Axes.AutoScale();
        double top = plot.Axes.GetLimits().Top;
        plot.Axes.SetLimitsY(-0.03 * top, top);

        double forecastMean = days.Where(d => d.Offered > 0).Select(d => d.Offered).DefaultIfEmpty(0).Average();
        var recent = historyYs.Where(v => !double.IsNaN(v) && v > 0).ToList();
        string change = recent.Count > 0 ? $", {Formats.Signed((forecastMean / recent.Average() - 1) * 100, "0.0")}% on the last {HistoryWeeks} weeks" : "";
        string title = $"{contactType}: {forecastMean:#,0} contacts a day forecast over {forecast.Days} days{change}";
        HistoryCharts.Decorate(plot, title, "Date", "Contacts offered per day (days open)");
        return new Chart($"forecast-{HistoryCharts.FileStem(contactType)}", title, plot);
    }

    private static double X(DateOnly date) => HistoryCharts.X(date);
}
