using System.Globalization;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Cli;
using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Reports;
using Simulator.Web.Components.Pages;
using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>The staff (with optimize) and schedule pages rendered by bUnit: what they show against what the commands print for the same input.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class PlanningPageTests(WorkspaceFixture workspace) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly BunitContext _bunit = new();
    private readonly TemporaryDirectory _folder = new();

    private IRenderedComponent<T> RenderPage<T>(string address) where T : IComponent => _bunit.RenderPage<T>(workspace, _folder.Path, address);

    private string Copy(string example)
    {
        File.Copy(RepositoryPaths.Scenario(example), _folder.File(example));
        return _folder.File(example);
    }


    [Fact]
    public void The_prerendered_staff_page_lays_the_page_out_and_leaves_the_requirement_to_the_circuit()
    {
        Copy("retail-bank-weekday.yaml");

        var page = _bunit.RenderPage<Staff>(workspace, _folder.Path, "staff?file=retail-bank-weekday.yaml", interactive: false);

        Assert.Empty(page.FindAll("#staff-table"));
        Assert.Equal("Working out the requirement…", page.Find("p[role=status]").TextContent);
    }

    [Fact]
    public async Task The_staff_page_shows_every_open_interval_the_closed_line_and_the_totals_as_staff_prints_them()
    {
        string path = Copy("bank-christmas-week.yaml");
        var page = RenderPage<Staff>("staff?file=bank-christmas-week.yaml");
        var expected = StaffingReport.IntervalTable(StaffingPlanner.Plan(ScenarioLoader.Load(path), QueueModelKind.ErlangC));
        var shown = page.FindAll("#staff-table tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal(expected.Rows.Select(r => r.Select(c => c.Trim()).ToArray()), shown);

        string printed = await PageTesting.CcsimAsync("staff", path);
        string closed = page.Find("#staff-table p.legend").TextContent;
        Assert.Contains("closed interval", closed, StringComparison.Ordinal);
        foreach (string line in new[] { page.Find("#staff-heading").TextContent, closed, page.Find("#staff-totals").TextContent,
            page.Find("#staff-goal").TextContent })
        {
            Assert.Contains(line + Environment.NewLine, printed, StringComparison.Ordinal);
        }
        page.WaitForElement("a[download='staff.xlsx']", Patience);
        Assert.Equal(["staff.txt", "staff.json", "staff.csv", "staff.xlsx"], page.FindAll(".downloads a").Select(a => a.GetAttribute("download")));
        Assert.Empty(page.FindAll(".charts"));
    }

    [Fact]
    public void Choosing_erlang_a_on_the_staff_page_adds_the_abandonment_column_staff_shows_for_it()
    {
        Copy("retail-bank-weekday.yaml");
        var page = RenderPage<Staff>("staff?file=retail-bank-weekday.yaml");
        Assert.DoesNotContain("Aband.", page.FindAll("#staff-table th").Select(th => th.TextContent));
        page.Find("#model").Change("erlang-a");
        Assert.Contains("Aband.", page.FindAll("#staff-table th").Select(th => th.TextContent));
        Assert.Contains("Erlang A", page.Find("#staff-heading").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Optimize_on_the_staff_page_finds_the_plan_and_service_level_optimize_prints_for_the_same_replications()
    {
        string path = Copy("small-staffing-plan.yaml");
        var page = RenderPage<Staff>("staff?file=small-staffing-plan.yaml");
        page.Find("#replications").Change("2");
        page.Find("#optimize").Click();
        var figure = page.WaitForElement(".figure[data-kpi=serviceLevel]", Patience);
        double shown = double.Parse(figure.GetAttribute("data-mean")!, CultureInfo.InvariantCulture);

        var printed = JsonDocument.Parse(await PageTesting.CcsimAsync("optimize", path, "-r", "2", "--format", "json")).RootElement;
        Assert.Equal(printed.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble(), shown);
        Assert.Contains($"{printed.GetProperty("simulations").GetInt32()} plans simulated", page.Find("#optimize-heading").TextContent,
            StringComparison.Ordinal);
        page.WaitForElement("img[data-chart]", Patience);
        Assert.NotNull(page.Find("a[download='optimized-scenario.yaml']"));
        Assert.NotNull(page.Find("a[download='optimize.xlsx']"));
    }

    [Fact]
    public void Cancel_stops_optimize_and_says_nothing_was_kept()
    {
        Copy("small-staffing-plan.yaml");
        var page = RenderPage<Staff>("staff?file=small-staffing-plan.yaml");
        page.Find("#replications").Change("200");
        page.Find("#optimize").Click();
        page.Find("#cancel").Click();
        page.WaitForAssertion(() => Assert.Equal(Problems.Describe(new OperationCanceledException()), page.Find(".problem").TextContent), Patience);
        Assert.Empty(page.FindAll(".figure"));
    }

    [Fact]
    public void A_target_outside_zero_to_one_is_refused_in_words_before_anything_runs()
    {
        Copy("small-staffing-plan.yaml");
        var page = RenderPage<Staff>("staff?file=small-staffing-plan.yaml");
        page.Find("#target").Change("1.5");
        page.Find("#optimize").Click();
        Assert.Equal("Target: expected a share in (0, 1], such as 0.8, but found 1.5.", page.Find(".problem").TextContent);
    }

    [Fact]
    public async Task The_schedule_page_shows_the_cost_gap_coverage_chart_and_roster_schedule_prints_for_the_same_options()
    {
        string path = Copy("weekly-rules.yaml");
        var page = RenderPage<Schedule>("schedule?file=weekly-rules.yaml");
        page.Find("#weeks").Change("2");
        page.Find("#time-limit").Change("2");
        page.Find("#schedule").Click();
        page.WaitForElement("#roster table", Patience);

        var printed = JsonDocument.Parse(await PageTesting.CcsimAsync("schedule", path, "--weeks", "2", "--time-limit", "2", "--format", "json")).RootElement;
        Assert.Equal(printed.GetProperty("cost").GetDouble(), double.Parse(page.Find("#cost").GetAttribute("data-value")!, CultureInfo.InvariantCulture));
        Assert.Equal(printed.GetProperty("gap").GetDouble(), double.Parse(page.Find("#gap").GetAttribute("data-value")!, CultureInfo.InvariantCulture));
        Assert.Equal(printed.GetProperty("roster").GetProperty("agents").GetInt32(), page.FindAll("#roster tbody tr").Count);
        var header = page.FindAll("#roster thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["agent", "group", "contractHours", "d1 Mon"], header.Take(4));
        Assert.Equal("d14 Sun", header[^3]);
        Assert.Contains(page.FindAll("#roster td"), td => td.TextContent.Contains('–', StringComparison.Ordinal));

        string table = await PageTesting.CcsimAsync("schedule", path, "--weeks", "2", "--time-limit", "2");
        Assert.Equal(table, page.Find("#schedule-text").TextContent);
        page.WaitForElement("img[data-chart^='coverage-']", Patience);
        Assert.Equal(["schedule.txt", "schedule.json", "schedule.csv", "schedule.xlsx", "roster.csv", "roster.xlsx", "scheduled-scenario.yaml",
            ResultStore.BundleZip, "report.html", "report.md"], page.FindAll(".downloads:not(.legend) a").Select(a => a.GetAttribute("download")));
    }

    [Fact]
    public void The_schedule_page_says_in_words_that_a_scenario_without_shift_templates_cannot_be_scheduled()
    {
        Copy("reference-model.yaml");
        var page = RenderPage<Schedule>("schedule?file=reference-model.yaml");
        page.Find("#schedule").Click();
        page.WaitForAssertion(() => Assert.Contains("no agent group has shiftTemplates", page.Find(".problem").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#roster"));
    }

    public void Dispose()
    {
        _bunit.Dispose();
        _folder.Dispose();
    }
}
