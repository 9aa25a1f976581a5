using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Reports;
using Simulator.Web.Components.Pages;
using Simulator.Web.Components.Parts;
using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>The pages and their parts rendered by bUnit, without a browser: what each shows for a given folder and input.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ComponentTests(WorkspaceFixture workspace) : IDisposable
{
    private readonly BunitContext _bunit = new();
    private readonly TemporaryDirectory _folder = new();

    private IRenderedComponent<T> RenderPage<T>(string address) where T : IComponent => _bunit.RenderPage<T>(workspace, _folder.Path, address);

    private void Copy(string example, string? name = null) =>
        File.Copy(RepositoryPaths.Scenario(example), _folder.File(name ?? example));

    [Fact]
    public void The_scenarios_page_lists_every_scenario_file_of_the_folder_with_its_pages()
    {
        Copy("retail-bank-weekday.yaml");
        Directory.CreateDirectory(_folder.File("more"));
        Copy("reference-model.yaml", "more/reference-model.yaml");
        File.WriteAllText(_folder.File("notes.txt"), "not a scenario");
        var page = RenderPage<Home>("");
        var files = page.FindAll("table.files tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["more/reference-model.yaml", "retail-bank-weekday.yaml"], files);
        Assert.NotNull(page.Find("a[href='live?file=more%2Freference-model.yaml']"));
    }

    [Fact]
    public void The_editor_shows_each_problem_as_validate_prints_it_and_marks_its_line()
    {
        string text = File.ReadAllText(RepositoryPaths.Scenario("reference-model.yaml"));
        File.WriteAllText(_folder.File("broken.yaml"), text + "\nunknownKey: 1\n");
        int line = text.Split('\n').Length + 1;
        var page = RenderPage<Edit>("edit?file=broken.yaml");
        var item = page.Find("#diagnostics li");
        Assert.StartsWith($"broken.yaml:{line}:1: ", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("unknownKey", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("error", page.Find($".gutter div[data-line='{line}']").ClassList);
        Assert.Single(page.FindAll(".gutter div.error"));
    }

    [Fact]
    public void Fixing_the_text_in_the_editor_clears_its_problems_and_save_writes_the_file_whole()
    {
        File.WriteAllText(_folder.File("draft.yaml"), "name: [unclosed");
        var page = RenderPage<Edit>("edit?file=draft.yaml");
        Assert.NotEmpty(page.FindAll("#diagnostics li"));
        string valid = File.ReadAllText(RepositoryPaths.Scenario("reference-model.yaml"));
        page.Find("#yaml").Input(valid);
        Assert.NotNull(page.Find("#valid"));
        page.Find("#save").Click();
        Assert.Equal(valid, File.ReadAllText(_folder.File("draft.yaml")));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public void Duplicate_as_variant_writes_a_copy_beside_the_scenario_and_opens_it()
    {
        Copy("reference-model.yaml");
        var page = RenderPage<Edit>("edit?file=reference-model.yaml");
        Assert.Equal("reference-model-variant.yaml", page.Find("#variant-name").GetAttribute("value"));
        page.Find("#duplicate").Click();
        Assert.Equal(File.ReadAllText(_folder.File("reference-model.yaml")), File.ReadAllText(_folder.File("reference-model-variant.yaml")));
        Assert.EndsWith("edit?file=reference-model-variant.yaml", _bunit.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_page_says_in_words_what_is_wrong_with_a_scenario_it_cannot_read()
    {
        File.WriteAllText(_folder.File("bad.yaml"), "name: x\nhorizon: { start: \"08:00\", end: \"07:00\", interval: 30m }\n");
        var page = RenderPage<Run>("run?file=bad.yaml");
        string problem = page.Find(".problem").TextContent;
        Assert.Contains("bad.yaml:", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
        Assert.True(page.Find("#run").HasAttribute("disabled"));
    }

    [Fact]
    public void The_run_page_offers_the_variants_of_the_chosen_scenario()
    {
        Copy("retail-bank-weekday.yaml");
        var page = RenderPage<Run>("run?file=retail-bank-weekday.yaml");
        var variants = page.FindAll("#variant option").Select(o => o.TextContent).ToList();
        Assert.Equal(["base", "peak-cover", "shorter-calls"], variants);
        Assert.Equal("20", page.Find("#replications").GetAttribute("value"));
    }

    [Fact]
    public void The_compare_page_ticks_every_variant_of_a_single_file_as_compare_does()
    {
        Copy("retail-bank-weekday.yaml");
        Copy("reference-model.yaml");
        var page = RenderPage<Compare>("compare?file=retail-bank-weekday.yaml");
        var boxes = page.FindAll("#options input[type=checkbox]");
        Assert.Equal(3, boxes.Count);
        Assert.Equal([true, true, false], boxes.Select(b => b.HasAttribute("checked")));
    }

    [Fact]
    public void The_live_page_waits_for_a_start_and_shows_the_look_ahead_place_only_with_a_centre()
    {
        Copy("reference-model.yaml");
        var page = RenderPage<Live>("live?file=reference-model.yaml");
        Assert.False(page.Find("#start").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("#look-ahead"));
    }

    [Fact]
    public void A_report_table_shows_the_rows_of_the_reports_with_parts_indented()
    {
        var table = new ReportBundle.Table(["Cost component", "Total"], [["Total", "100"], [ReportBundle.PartIndent + "Agent pay", "80"]], "Legend line",
            "Costs");
        var rendered = _bunit.Render<ReportTable>(p => p.Add(t => t.Table, table));
        Assert.Equal("Costs", rendered.Find("h2").TextContent);
        Assert.Equal(["", "part"], rendered.FindAll("tbody tr").Select(r => r.ClassName ?? ""));
        Assert.Equal("Agent pay", rendered.FindAll("tbody tr")[1].Children[0].TextContent);
        Assert.Equal("Legend line", rendered.Find("p.legend").TextContent);
    }

    [Fact]
    public void The_sparkline_draws_a_point_for_each_interval_with_a_level_and_the_target_line()
    {
        var rendered = _bunit.Render<Sparkline>(p => p.Add(s => s.Levels, [0.5, double.NaN, 1.0]).Add(s => s.Target, 0.8).Add(s => s.Span, 3));
        string[] points = rendered.Find("polyline").GetAttribute("points")!.Split(' ');
        Assert.Equal(["0,40", "480,4"], points);
        Assert.NotNull(rendered.Find("line"));
    }

    public void Dispose()
    {
        _bunit.Dispose();
        _folder.Dispose();
    }
}
