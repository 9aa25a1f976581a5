namespace Simulator.Core.Forecasting;

/// <summary>
/// A way to forecast offered contacts per day and interval from the days before an origin. Methods see
/// only <see cref="TrainingSeries"/>, so the same code runs in the backtest (earlier origins) and for the
/// real forecast.
/// </summary>
internal interface IForecastMethod
{
    /// <summary>The name on the command line and in output, such as holt-winters.</summary>
    string Name { get; }

    /// <summary>Days of history before the origin the method needs.</summary>
    int MinimumDays { get; }

    /// <summary>A naive benchmark every other method should beat, rather than a method a planner would choose.</summary>
    bool IsBaseline { get; }

    /// <summary>Point forecasts for days <paramref name="origin"/> … <paramref name="origin"/> + <paramref name="days"/> − 1, day-major, fitted on days before
    /// <paramref name="origin"/>.</summary>
    double[] Forecast(TrainingSeries series, int origin, int days);
}

/// <summary>The methods <c>ccsim forecast --method</c> offers; <c>auto</c> chooses among all of them by backtest.</summary>
public static class ForecastMethods
{
    public const string Auto = "auto";

    internal static readonly IReadOnlyList<IForecastMethod> All =
    [
        new SeasonalNaiveMethod(),
        new WeekdayMedianMethod(),
        new WeekdayProfileMethod(),
        new HoltWintersMethod(),
    ];

    /// <summary><c>auto</c> and every method, as <c>--method</c> accepts them.</summary>
    public static IReadOnlyList<string> Names => [Auto, .. All.Select(m => m.Name)];

    internal static IForecastMethod? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
