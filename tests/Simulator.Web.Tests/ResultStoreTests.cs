using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>What a kept result serves: the files its writers wrote, text or binary, and nothing else.</summary>
public sealed class ResultStoreTests
{
    [Fact]
    public async Task A_result_serves_each_format_its_writers_wrote_and_the_zipped_report_and_no_other_name()
    {
        using var store = new ResultStore();
        byte[] workbook = [0x50, 0x4B, 3, 4];
        var stored = store.Add("test", [new("json", "result.json", w => w.Write("{}")), new("xlsx", "result.xlsx", () => workbook)],
            folder =>
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "report.md"), "# report");
            });
        var files = await stored.Files;
        Assert.Equal(["result.json", "result.xlsx", ResultStore.BundleZip, "report.md"], files);
        Assert.Equal("{}", File.ReadAllText(stored.PathOf("result.json")!));
        Assert.Equal(workbook, File.ReadAllBytes(stored.PathOf("result.xlsx")!));
        Assert.Equal("# report", File.ReadAllText(stored.PathOf("report.md")!));
        Assert.Null(stored.PathOf("../result.json"));
        Assert.Null(stored.PathOf("report"));
    }

    [Fact]
    public void Run_and_compare_downloads_include_the_workbook_the_command_line_writes()
    {
        var scenario = Core.Scenarios.ScenarioLoader.Parse(ScheduleScenarios.Small(replications: 2), "small.yaml");
        var result = Core.Simulation.ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

        var workbook = Assert.Single(ResultFormats.Run(result), f => f.Name == "xlsx");
        var comparison = Assert.Single(ResultFormats.Compare(new Core.Simulation.Comparison(result, [result])), f => f.Name == "xlsx");

        // Workbooks are zips whose entries carry the time they were written, so the bytes are compared past the headers' clock.
        Assert.Equal(Reports.Workbooks.Run(result).Length, workbook.Bytes!().Length);
        Assert.Equal([0x50, 0x4B], workbook.Bytes!()[..2]);
        Assert.Equal([0x50, 0x4B], comparison.Bytes!()[..2]);
    }

    [Fact]
    public void Only_the_newest_results_are_kept()
    {
        using var store = new ResultStore();
        var first = store.Add("first", [], folder => Directory.CreateDirectory(folder));
        for (int i = 0; i < ResultStore.Capacity; i++) store.Add($"later {i}", [], folder => Directory.CreateDirectory(folder));
        Assert.Null(store.Find(first.Id));
    }
}
