using System.Text.RegularExpressions;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Reports.Tests;

/// <summary>What a report directory holds: what the terminal shows, each chart once, cost parts visibly nested.</summary>
public class ReportBundleTests
{
    /// <summary>The example bank over two days with a training programme on day 1, against itself without; its money in euros.</summary>
    private static readonly Lazy<Comparison> Trained = new(() =>
    {
        var bank = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));
        var days = bank with { Name = "No training", Replications = 2, Horizon = bank.Horizon with { Days = 2 }, Currency = "EUR" };
        var trained = days with
        {
            Name = "Coaching",
            Training = [new TrainingProgramme("coaching", bank.AgentGroups[0].Id, 1, 1, 2, 20, null, 0.85, 0, 1, null)],
        };
        return new Comparison(ExperimentRunner.Run(days), [ExperimentRunner.Run(trained)]);
    });

    /// <summary>Writes a report into a fresh folder and reads back its Markdown and HTML.</summary>
    private static (string Markdown, string Html) Written(Action<string> write)
    {
        using var directory = new TemporaryDirectory();
        write(directory.Path);
        return (File.ReadAllText(directory.File("report.md")), File.ReadAllText(directory.File("report.html")));
    }

    /// <summary>The trained option's run report and what the terminal shows for it.</summary>
    private static (string Markdown, string Html, string Terminal) RunReportAndTerminal(ExperimentResult result)
    {
        var terminal = new StringWriter();
        var (markdown, html) = Written(directory => RunReport.WriteReport(directory, result));
        RunReport.WriteTable(terminal, result);
        return (markdown, html, terminal.ToString());
    }

    [Fact]
    public void A_run_report_carries_every_table_and_line_the_terminal_shows()
    {
        var (markdown, html, terminal) = RunReportAndTerminal(Trained.Value.Options[0]);

        string training = terminal.Split('\n').Single(l => l.StartsWith("Training 'coaching'", StringComparison.Ordinal)).TrimEnd();
        foreach (var (text, line) in new[] { (markdown, training), (html, System.Net.WebUtility.HtmlEncode(training)) })
        {
            Assert.Contains("By interval of the day, pooled over 2 days", text);
            Assert.Contains("By contact type", text);
            Assert.Contains("Costs over the horizon", text);
            Assert.Contains(line, text);
            Assert.Contains("Agent occupancy by group: ", text);
        }
        Assert.Contains("| 09:30 |", markdown);
        Assert.Contains("| Pay in training |", markdown);
    }

    [Fact]
    public void Each_chart_title_appears_once_in_a_report()
    {
        var (markdown, html) = Written(directory => CompareReport.WriteReport(directory, Trained.Value));

        foreach (var chart in Charts.ChartRenderer.For(Charts.ChartData.Of(Trained.Value)))
        {
            Assert.Single(Regex.Matches(markdown, Regex.Escape(chart.Title)));
            Assert.Single(Regex.Matches(html, Regex.Escape(System.Net.WebUtility.HtmlEncode(chart.Title))));
        }
    }

    [Fact]
    public void A_comparison_report_nests_its_cost_rows_and_counts_its_options()
    {
        var (markdown, html) = Written(directory => CompareReport.WriteReport(directory, Trained.Value));

        Assert.StartsWith("# No training: 2 options compared", markdown);
        Assert.Matches(@"<tr class=""part""><td>Pay in training</td>", html);
        Assert.Matches(@"\| &nbsp;&nbsp;&nbsp;&nbsp;Pay in training \|", markdown);
    }

    [Fact]
    public void Money_is_shown_as_pay_in_the_scenarios_currency_in_tables_charts_and_reports()
    {
        var result = Trained.Value.Options[0];
        var (markdown, _, terminal) = RunReportAndTerminal(result);

        Assert.Matches(@"\| Total cost \| \d{2},\d{3} EUR \|", markdown);
        Assert.Matches(@"\| Agent pay \| \d{2},\d{3} \|", markdown);
        Assert.Contains("| Cost component | Total (EUR) |", markdown);
        Assert.Matches(@"Training 'coaching': cost [\d,]+ EUR", markdown);
        Assert.Matches(@"│ Total cost\s+│\s+\d{2},\d{3} EUR │", terminal);
        var charts = Charts.ChartRenderer.For(Charts.ChartData.Of(result));
        Assert.Matches(@"of the \d{2},\d{3} EUR total cost$", charts.Single(c => c.Name == "cost-breakdown").Title);
        Assert.Equal("Total cost over the horizon (EUR)", charts.Single(c => c.Name == "cost-breakdown").Plot.Axes.Left.Label.Text);
    }
}
