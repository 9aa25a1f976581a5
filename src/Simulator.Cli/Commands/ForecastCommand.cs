using System.CommandLine;
using System.Globalization;
using Simulator.Core;
using Simulator.Core.Forecasting;
using Simulator.Core.Scenarios;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>ccsim forecast FILE --start DATE --days N</c>: offered contacts (and AHT) per interval and contact
/// type with 80 % and 95 % prediction intervals, the method chosen by backtest; optionally written into
/// a template scenario for <c>staff</c>, <c>optimize</c>, <c>run</c> and <c>compare</c>.
/// </summary>
internal static class ForecastCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var history = new HistoryOptions();
        var start = new Option<string>("--start")
        {
            Description = "First day to forecast, an ISO date such as 2025-01-06.", Required = true,
            HelpName = "DATE"
        };
        var days = new Option<string>("--days", "-d") { Description = "Days to forecast.", Required = true, HelpName = "N" };
        var specialDays = new Option<string?>("--special-days")
        {
            Description = $"Holidays and unusual days, CSV or XLSX with the columns {SpecialDaysReader.Columns}: left out of the fit in the past, applied in " +
                $"the future.",
            HelpName = "PATH",
        };
        var method = new Option<string>("--method", "-m")
        {
            Description = "auto (the lowest WAPE in the backtest), seasonal-naive, weekday-median, weekday-profile (robust weekday × time-of-day profile " +
                "with level and trend) " +
                          "or holt-winters (exponential smoothing of daily totals with weekly seasonality, spread by intra-day shapes).",
            DefaultValueFactory = _ => ForecastMethods.Auto,
        }.AcceptOnlyFromAmong([.. ForecastMethods.Names]);
        var outputPath = CommonOptions.Output();
        var format = CommonOptions.Format(outputPath, "table", "json", "csv", CommonOptions.Xlsx);
        var report = CommonOptions.Report();
        var scenario = new Option<string?>("--scenario") { Description = "Template scenario for --write-scenario.", HelpName = "TEMPLATE" };
        var writeScenario = new Option<string?>("--write-scenario")
        {
            Description = "Write the template with the forecast volumes (one per interval of the whole horizon, cut to its opening hours) and AHT, ready for " +
                "staff, optimize, run and compare.",
            HelpName = "PATH",
        };
        var command = new Command("forecast",
            "Forecast offered contacts (and AHT where the history has it) per interval and contact type, with 80% and 95% prediction intervals calibrated on " +
                "a rolling-origin backtest " +
            "that reports every method's WAPE and MASE beside the seasonal-naive and weekday-median baselines. Outlier days are never fitted; special days " +
                "are left out of the fit and applied to the future.");
        history.AddTo(command);
        foreach (var option in new Option[] { start, days, specialDays, method, format, outputPath, report, scenario,
            writeScenario }) command.Options.Add(option);

        command.SetAction(parse =>
        {
            string chosenFormat = parse.GetValue(format)!;
            string? path = parse.GetValue(outputPath);
            string? template = parse.GetValue(scenario), target = parse.GetValue(writeScenario);
            if ((template is null) != (target is null)) throw new InputException("--scenario TEMPLATE and --write-scenario PATH go together: the template is " +
                "what the forecast is written into.");
            var request = new ForecastRequest(
                Date(parse.GetValue(start)!),
                (int)OptionValues.Whole("--days", parse.GetValue(days)!, 1, ForecastRequest.MaxDays),
                parse.GetValue(method)!,
                parse.GetValue(specialDays) is string special ? SpecialDaysReader.Load(special) : []);
            var loadedTemplate = template is null ? null : ScenarioLoader.Load(template);
            var loaded = history.Load(parse);
            var forecast = Forecaster.Run(loaded, request);

            // Everything is checked before anything is written: a scenario that would not validate leaves no output behind.
            string? scenarioText = loadedTemplate is null
                ? null
                : ForecastScenarioFile.Text(loadedTemplate, forecast, target!, "--scenario", "--write-scenario");
            if (parse.GetValue(report) is string directory) CommonOptions.WriteReport(directory, error, d => ForecastReport.WriteReport(d, forecast));
            CommonOptions.Emit(chosenFormat, path, output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => ForecastReport.WriteTable(w, forecast),
                ["json"] = w => ForecastReport.WriteJson(w, forecast),
                ["csv"] = w => ForecastReport.WriteCsv(w, forecast),
            }, () => Workbooks.Forecast(forecast));
            if (scenarioText is not null) WriteFile("--write-scenario", target!, scenarioText, null);
            return CcsimApp.Success;
        });
        return command;
    }

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InputException($"--start: expected an ISO date such as 2025-01-06, but found \"{text}\".");

    private static void WriteFile(string option, string path, string? text, byte[]? bytes)
    {
        try
        {
            OutputPaths.Target(option, path).Write(w => w.Write(text), TextWriter.Null, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot write '{path}': {e.Message}");
        }
    }
}
