using ScottPlot;
using Simulator.Core.Forecasting;

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
        var historyXs = Enumerable.Range(begin, end - begin).Select(d => X(series.Date(d))).ToArray();
        var historyYs = Enumerable.Range(begin, end - begin).Select(series.DailyTotal).ToArray();
        HistoryCharts.Lines(plot, historyXs, historyYs, Colors.Black, 3, "History");

        var days = forecast.DailyTotals.Where(d => d.ContactType == contactType).ToList();
        var xs = days.Select(d => X(d.Date)).ToArray();
        var color = ChartRenderer.ColorOf(colour);
        var outer = plot.Add.FillY(xs, days.Select(d => d.Low95).ToArray(), days.Select(d => d.High95).ToArray());
        outer.FillColor = color.WithAlpha(0.15);
        outer.LineWidth = 0;
        outer.LegendText = "95% prediction interval";
        var inner = plot.Add.FillY(xs, days.Select(d => d.Low80).ToArray(), days.Select(d => d.High80).ToArray());
        inner.FillColor = color.WithAlpha(0.32);
        inner.LineWidth = 0;
        inner.LegendText = "80% prediction interval";
        var line = plot.Add.ScatterLine(xs, days.Select(d => d.Offered).ToArray());
        line.Color = color;
        line.LineWidth = 5;
        line.LegendText = $"Forecast ({forecast.Method})";
        foreach (var special in days.Where(d => d.SpecialDay is not null))
        {
            var label = plot.Add.Text(special.SpecialDay!, X(special.Date), special.High95);
            label.LabelFontSize = 20;
            label.LabelRotation = -90;
            label.LabelFontColor = Colors.DimGray;
        }
        var start = plot.Add.VerticalLine(X(forecast.Start) - 0.5);
        start.Color = Colors.Gray;
        start.LinePattern = LinePattern.Dashed;
        start.LineWidth = 2;
        plot.Axes.DateTimeTicksBottom();

        double forecastMean = days.Where(d => d.Offered > 0).Select(d => d.Offered).DefaultIfEmpty(0).Average();
        var recent = historyYs.Where(v => !double.IsNaN(v) && v > 0).ToList();
        string change = recent.Count > 0 ? $", {Formats.Signed((forecastMean / recent.Average() - 1) * 100, "0.0")}% on the last {HistoryWeeks} weeks" : "";
        string title = $"{contactType}: {forecastMean:#,0} contacts a day forecast over {forecast.Days} days{change}";
        HistoryCharts.Decorate(plot, title, "Date", "Contacts offered per day");
        return new Chart($"forecast-{HistoryCharts.FileStem(contactType)}", title, plot);
    }

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}
