using System.Globalization;
using System.Text;
using Simulator.Core.Calibration;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>`ccsim calibrate`: what was fitted, the availability found, and the day before and after, as a table, JSON or a commented scenario.</summary>
public static class CalibrationReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static object ToDocument(ScenarioCalibration calibration) => new
    {
        handleTime = calibration.ContactTypes.Select(t => new
        {
            contactType = t.Id,
            family = Name(t.HandleTime.Family),
            meanSeconds = t.HandleTimeFit?.Chosen is { } chosen ? EstimateOf(chosen.MeanSeconds) : Plain(t.HandleTime.Mean.TotalSeconds),
            coefficientOfVariation = t.HandleTimeFit?.Chosen is { } cv ? EstimateOf(cv.CoefficientOfVariation)
                : t.HandleTime.CoefficientOfVariation is double c ? Plain(c) : null,
            kolmogorovSmirnovDistance = t.HandleTimeFit?.Chosen?.KolmogorovSmirnovDistance,
            sampleSize = t.HandleTimeFit?.SampleSize,
            candidates = t.HandleTimeFit?.Candidates.Select(f => new
            {
                family = f.Family.ToString().ToLowerInvariant(), aic = f.Aic,
                kolmogorovSmirnovDistance = f.KolmogorovSmirnovDistance
            }),
            source = t.HandleTimeSource,
        }),
        patience = calibration.ContactTypes.Select(t => new
        {
            contactType = t.Id,
            family = t.Patience is { } p ? Name(p.Family) : null,
            meanSeconds = PatienceMean(t),
            coefficientOfVariation = t.Patience?.CoefficientOfVariation,
            keptFromTemplate = t.PatienceKeptFromTemplate,
            queued = t.PatienceFit?.Queued,
            abandoned = t.PatienceFit?.Abandoned,
            shortAbandonShare = t.PatienceFit?.ShortAbandons.ShareOfAbandoned.Value,
            kaplanMeierMedianSeconds = t.PatienceFit?.KaplanMeier.MedianSeconds?.Value,
            source = t.PatienceSource,
        }),
        availability = calibration.Intervals.Select(i => new
        {
            start = i.Start.ToString("yyyy-MM-ddTHH:mm", Invariant),
            heads = i.Heads,
            effectiveAgents = Math.Round(i.EffectiveAgents, 3),
        }),
        before = Day(calibration.Before),
        after = Day(calibration.After),
        intervals = calibration.Intervals.Select(i => new
        {
            start = i.Start.ToString("yyyy-MM-ddTHH:mm", Invariant),
            offered = i.Offered,
            observedAbandonmentRate = i.ObservedAbandonmentRate,
            beforeAbandonmentRate = i.Before.AbandonmentRate,
            afterAbandonmentRate = i.After.AbandonmentRate,
            observedAverageSpeedOfAnswerSeconds = i.ObservedAverageSpeedOfAnswerSeconds,
            beforeAverageSpeedOfAnswerSeconds = i.Before.AverageSpeedOfAnswerSeconds,
            afterAverageSpeedOfAnswerSeconds = i.After.AverageSpeedOfAnswerSeconds,
        }),
        converged = calibration.Availability.Converged,
        simulations = calibration.Availability.Evaluations,
        notes = calibration.Notes,
    };

    /// <summary>report.md, report.html and the charts: observed against simulated per interval before and after, and the fitted curves.</summary>
    public static void WriteReport(string directory, ScenarioCalibration calibration)
    {
        var header = new[] { "Start", "Offered", "Heads", "Effective agents", "Abandoned observed", "before", "after", "ASA observed", "before", "after" };
        var rows = calibration.Intervals.Select(i => new[]
        {
            i.Start.ToString("yyyy-MM-dd HH:mm", Invariant), Formats.Number(i.Offered, "0"), Formats.Number(i.Heads, "0.#"),
                Formats.Number(i.EffectiveAgents, "0.00"),
            Formats.Percent(i.ObservedAbandonmentRate), Formats.Percent(i.Before.AbandonmentRate), Formats.Percent(i.After.AbandonmentRate),
            Formats.Seconds(i.ObservedAverageSpeedOfAnswerSeconds), Formats.Seconds(i.Before.AverageSpeedOfAnswerSeconds),
                Formats.Seconds(i.After.AverageSpeedOfAnswerSeconds),
        }).ToList();
        string Day(string label, ObservedKpi before, ObservedKpi after, Func<double, string> format) =>
            $"{label} observed {(before.Observed is double o ? format(o) : "–")}, simulated before {(before.Simulated.Mean is double b ? format(b) : "–")}, " +
                $"after {(after.Simulated.Mean is double a ? format(a) : "–")}";
        string summary = string.Join("; ", [
            Day("abandonment", calibration.Before.AbandonmentRate, calibration.After.AbandonmentRate, Formats.Percent),
            Day("ASA", calibration.Before.AverageSpeedOfAnswerSeconds, calibration.After.AverageSpeedOfAnswerSeconds, v => Formats.Seconds(v)),
            Day("service level", calibration.Before.ServiceLevel, calibration.After.ServiceLevel, Formats.Percent),
            .. calibration.ContactTypes.Select(t => $"{t.Id}: handle time {Describe(t.HandleTime)}, patience {(t.Patience is { } p ? Describe(p) : "none")}"),
        ]) + ".";
        ReportBundle.Write(directory, "Calibration: the model against what really happened", summary,
            new ReportBundle.Table(header, rows, "Per interval: observed, and simulated (pooled over replications) before and after calibration."),
            Charts.CalibrationCharts.For(calibration));
    }

    public static void WriteJson(TextWriter output, ScenarioCalibration calibration) => ReportWriter.WriteJson(output, ToDocument(calibration));

    public static void WriteTable(TextWriter output, ScenarioCalibration calibration)
    {
        var fits = ReportWriter.NewTable("Contact type", "Handle time", "Patience");
        foreach (var t in calibration.ContactTypes) ReportWriter.AddRow(fits, t.Id, Describe(t.HandleTime),
            t.Patience is { } p ? Describe(p) : "never abandons");
        var day = ReportWriter.NewTable("KPI", "Observed", "Before (95% CI)", "After (95% CI)");
        Row(day, "Service level", calibration.Before.ServiceLevel, calibration.After.ServiceLevel, Formats.Percent);
        Row(day, "Abandonment rate", calibration.Before.AbandonmentRate, calibration.After.AbandonmentRate, Formats.Percent);
        Row(day, "ASA", calibration.Before.AverageSpeedOfAnswerSeconds, calibration.After.AverageSpeedOfAnswerSeconds, v => Formats.Seconds(v));
        var intervals = ReportWriter.NewTable("Start", "Offered", "Heads", "Effective", "Abandoned obs.", "before", "after", "ASA obs.", "before", "after");
        foreach (var i in calibration.Intervals)
        {
            ReportWriter.AddRow(intervals,
                i.Start.ToString(calibration.Intervals[^1].Start.Date != calibration.Intervals[0].Start.Date ? "MM-dd HH:mm" : "HH:mm", Invariant),
                Formats.Number(i.Offered, "0"), Formats.Number(i.Heads, "0.#"), Formats.Number(i.EffectiveAgents, "0.00"),
                Formats.Percent(i.ObservedAbandonmentRate), Formats.Percent(i.Before.AbandonmentRate), Formats.Percent(i.After.AbandonmentRate),
                Formats.Seconds(i.ObservedAverageSpeedOfAnswerSeconds), Formats.Seconds(i.Before.AverageSpeedOfAnswerSeconds),
                    Formats.Seconds(i.After.AverageSpeedOfAnswerSeconds));
        }
        output.WriteLine(calibration.Availability.Measured
            ? $"Calibrated to {calibration.Intervals.Count} intervals, availability counted from the contact log's agent ids."
            : $"Calibrated to {calibration.Intervals.Count} intervals in {calibration.Availability.Evaluations} simulations"
                + (calibration.Availability.Converged ? "; every block matched within its sampling error." : "; not every block matched (see notes)."));
        ReportWriter.Render(output, fits, day, intervals);
        foreach (var note in calibration.Notes) output.WriteLine(note);
    }

    /// <summary>The calibrated scenario as YAML, headed by comments saying where each value came from and how sure it is.</summary>
    public static string ScenarioText(ScenarioCalibration calibration, string historyFile, string templateFile)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Calibrated by ccsim calibrate from {historyFile} with the template {templateFile}.");
        text.AppendLine($"# Horizon: the history's {calibration.Intervals.Count} intervals; volumes per interval are the offered contacts observed.");
        foreach (var t in calibration.ContactTypes)
        {
            text.AppendLine($"# {t.Id} handle time: {Describe(t.HandleTime)}{Interval(t.HandleTimeFit?.Chosen?.MeanSeconds)}; {OneLine(t.HandleTimeSource)}");
            text.AppendLine($"# {t.Id} patience: {(t.Patience is { } p ? Describe(p) : "never abandons")}{Interval(PatienceEstimate(t))}; " +
                $"{OneLine(t.PatienceSource)}");
        }
        if (calibration.Availability.Measured)
        {
            text.AppendLine("# shrinkage per interval: 1 − effective agents / heads, the effective agents counted from the contact log's agent ids");
            text.AppendLine("# (busy time, and idle time while no contact waited) (effective agents per interval:");
        }
        else
        {
            text.AppendLine("# shrinkage per interval: 1 − effective agents / heads, solved by simulation with common random numbers so that simulated");
            text.AppendLine("# abandonment and ASA match the observed within their sampling error (effective agents per interval:");
        }
        foreach (var chunk in calibration.Intervals.Chunk(8))
        {
            text.AppendLine("#   " + string.Join(", ",
                chunk.Select(i => $"{i.Start:HH:mm} {i.EffectiveAgents.ToString("0.00", Invariant)}/{i.Heads.ToString("0.#", Invariant)}")));
        }
        string matched = calibration.Availability.Measured ? "Measured, not searched for."
            : calibration.Availability.Converged ? "Every block matched." : OneLine(calibration.Availability.Reason);
        text.AppendLine($"# {matched} Redials, repeats and " +
            $"bots are left out:");
        text.AppendLine("# the observed offered contacts already include them.");
        text.Append(ScenarioWriter.ToYaml(calibration.Calibrated));
        return text.ToString();
    }

    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static string Interval(Estimate? estimate) => estimate is { } e && double.IsFinite(e.Low) && double.IsFinite(e.High)
        ? $" (95% CI of the mean {e.Low.ToString("0.0", Invariant)}–{e.High.ToString("0.0", Invariant)} s)"
        : "";

    private static Estimate? PatienceEstimate(TypeCalibration t) =>
        t.PatienceKeptFromTemplate ? null : t.PatienceFit?.Chosen?.MeanSeconds ?? t.IntervalPatience?.MeanPatienceSeconds;

    private static object? PatienceMean(TypeCalibration t) =>
        PatienceEstimate(t) is { } e ? EstimateOf(e) : t.Patience is { } p ? Plain(p.Mean.TotalSeconds) : null;

    private static object EstimateOf(Estimate e) => new { value = e.Value, low = Finite(e.Low), high = Finite(e.High) };

    private static object Plain(double value) => new { value, low = (double?)null, high = (double?)null };

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Name(DistributionFamily family) => family.ToString().ToLowerInvariant();

    private static string Describe(DurationDistribution d) => d.Family switch
    {
        DistributionFamily.Lognormal or DistributionFamily.Gamma =>
            $"{Name(d.Family)}, mean {Formats.Seconds(d.Mean.TotalSeconds)}, cv {Formats.Number(d.CoefficientOfVariation ?? 0, "0.00")}",
        DistributionFamily.Empirical => $"empirical, {d.Samples?.Count ?? 0} values, mean {Formats.Seconds(d.Mean.TotalSeconds)}",
        DistributionFamily.Exponential or DistributionFamily.Constant => $"{Name(d.Family)}, mean {Formats.Seconds(d.Mean.TotalSeconds)}",
        _ => throw new ArgumentOutOfRangeException(nameof(d), d.Family, null),
    };

    private static object Day(DayComparison day) => new
    {
        serviceLevel = Kpi(day.ServiceLevel),
        abandonmentRate = Kpi(day.AbandonmentRate),
        averageSpeedOfAnswerSeconds = Kpi(day.AverageSpeedOfAnswerSeconds),
    };

    private static object Kpi(ObservedKpi kpi) => new
    {
        mean = kpi.Simulated.Mean, ciLow = kpi.Simulated.CiLow, ciHigh = kpi.Simulated.CiHigh,
        observed = kpi.Observed
    };

    private static void Row(Spectre.Console.Table table, string label, ObservedKpi before, ObservedKpi after, Func<double, string> format)
    {
        string Simulated(KpiEstimate e) =>
            e.Mean is double m ? $"{format(m)} ({(e.CiLow is double l ? format(l) : "–")} – {(e.CiHigh is double h ? format(h) : "–")})" : "–";
        ReportWriter.AddRow(table, label, before.Observed is double o ? format(o) : "–", Simulated(before.Simulated), Simulated(after.Simulated));
    }
}
