using System.Globalization;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Core;
using Simulator.Core.History;
using Simulator.Core.Scenarios;
using Simulator.Web.Components.Pages;
using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>
/// The History / Forecast page rendered by bUnit: an upload read as <c>ccsim history</c> reads it, its problems in words, and the forecast saved.
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ForecastPageTests(WorkspaceFixture workspace) : IDisposable
{
    private const string ExampleHistory = "retail-bank-2024.csv";
    private const string Template = "retail-bank-template.yaml";

    /// <summary>Long enough for a forecast of the year-long example on a busy machine; the wait ends as soon as the page shows it.</summary>
    private static readonly TimeSpan ForecastWait = TimeSpan.FromMinutes(2);

    private readonly BunitContext _bunit = new();
    private readonly TemporaryDirectory _folder = new();

    private IRenderedComponent<Forecast> RenderPage()
    {
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        return _bunit.RenderPage<Forecast>(workspace, _folder.Path, "forecast");
    }

    /// <summary>Two weeks of a small interval history: two half hours a day, offered 10 + day + slot.</summary>
    private static string SmallHistory()
    {
        var text = new StringBuilder("start,offered,ahtSeconds\n");
        var first = new DateTime(2024, 3, 4, 9, 0, 0);
        for (int day = 0; day < 14; day++)
        {
            for (int slot = 0; slot < 2; slot++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{first.AddDays(day).AddMinutes(30 * slot):yyyy-MM-dd HH:mm},{10 + day + slot},240\n");
            }
        }
        return text.ToString();
    }

    private static void Upload(IRenderedComponent<Forecast> page, string text, string name, string input = "history-file") =>
        page.FindComponents<Microsoft.AspNetCore.Components.Forms.InputFile>().Single(c => c.Find("input").Id == input)
            .UploadFiles(InputFileContent.CreateFromText(text, name));

    [Fact]
    public void An_uploaded_csv_shows_the_totals_that_history_reports_with_its_downloads()
    {
        var page = RenderPage();
        string csv = SmallHistory();
        Upload(page, csv, "small.csv");
        page.WaitForElement("#history table.report");

        var analysis = HistoryAnalysis.Of(HistoryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "small.csv", new HistoryReadOptions()));
        var totals = page.Find("#history table.report[data-heading='Totals per contact type'] tbody tr").QuerySelectorAll("td")
            .Select(td => td.TextContent).ToList();
        Assert.Equal(analysis.ContactTypes[0].ContactType, totals[0]);
        Assert.Equal("2024-03-04", totals[1]);
        Assert.Equal("2024-03-17", totals[2]);
        Assert.Equal("14", totals[3]);
        // Σ (10 + day) + Σ (11 + day) over 14 days.
        Assert.Equal(((2 * 10 + 1) * 14 + 2 * 91).ToString("#,0", CultureInfo.InvariantCulture), totals[5]);
        Assert.Equal(analysis.ContactTypes[0].Offered.ToString("#,0", CultureInfo.InvariantCulture), totals[5]);
        Assert.StartsWith("small.csv: interval history, 30m intervals", page.Find("#history-heading").TextContent, StringComparison.Ordinal);
        Assert.Contains("history.json", page.WaitForElement("#history .downloads", ForecastWait).TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#problem"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void A_broken_csv_is_told_as_the_cli_tells_it_naming_the_line_and_the_column()
    {
        var page = RenderPage();
        var lines = SmallHistory().Split('\n');
        lines[5] = "2024-03-05 09:30,lots,240";
        string csv = string.Join('\n', lines);
        Upload(page, csv, "broken.csv");
        var problem = page.WaitForElement("#problem");

        var expected = Assert.Throws<HistoryException>(() =>
            HistoryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "broken.csv", new HistoryReadOptions()));
        Assert.Equal(expected.Message, problem.TextContent);
        Assert.StartsWith("broken.csv: row 6, column 'offered': ", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains("lots", problem.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#history"));
    }

    [Fact]
    public void Special_days_are_read_as_forecast_reads_them_and_a_bad_effect_is_told_at_its_row()
    {
        var page = RenderPage();
        Upload(page, SmallHistory(), "small.csv");
        page.WaitForElement("#special-days");
        Upload(page, "date,label,effect\n2024-03-25,Easter Monday,closed\n2024-03-26,After Easter,1.2\n", "special.csv", "special-days");
        Assert.StartsWith("Special days from special.csv: 2,", page.WaitForElement("#special-days-read").TextContent, StringComparison.Ordinal);

        const string broken = "date,label,effect\n2024-03-25,Easter Monday,shut\n";
        Upload(page, broken, "broken-days.csv", "special-days");
        var expected = Assert.ThrowsAny<InputException>(() =>
            Core.Forecasting.SpecialDaysReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(broken)), "broken-days.csv"));
        Assert.Equal(expected.Message, page.WaitForElement("#problem").TextContent);
        Assert.StartsWith("broken-days.csv: row 2", expected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_that_does_not_cut_the_day_is_refused_in_words_before_the_file_is_read()
    {
        var page = RenderPage();
        page.Find("#interval").Change("7m");
        Upload(page, SmallHistory(), "small.csv");
        var problem = page.WaitForElement("#problem");
        Assert.StartsWith("Interval: an interval of 7m does not cut a day into whole intervals", problem.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#history"));
    }

    [Fact]
    public async Task A_history_larger_than_the_limit_is_refused_before_a_byte_is_read()
    {
        var huge = new UnreadableFile("huge.csv", UploadedFile.MaxHistoryBytes + 1);
        var error = await Assert.ThrowsAsync<InputException>(() =>
            UploadedFile.ReceiveAsync(huge, UploadedFile.MaxHistoryBytes, "history file", Xunit.TestContext.Current.CancellationToken));
        Assert.StartsWith("huge.csv: the history file holds 268,435,457 bytes, more than the limit of 268,435,456", error.Message, StringComparison.Ordinal);
        Assert.False(huge.Opened);
    }

    [Fact]
    public void The_forecast_is_shown_with_its_accuracy_and_saved_as_a_scenario_only_inside_the_folder_and_never_over_a_file_unasked()
    {
        File.Copy(Path.Combine(RepositoryPaths.Root(), "scenarios", "history", Template), _folder.File(Template));
        var page = RenderPage();
        Upload(page, File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "scenarios", "history", ExampleHistory)), ExampleHistory);
        page.WaitForElement("#forecast #run-forecast", ForecastWait);
        page.Find("#start").Change("2025-01-06");
        page.Find("#days").Change("7");
        page.Find("#run-forecast").Click();
        page.WaitForElement("#forecast-heading", ForecastWait);

        Assert.Equal("Forecast from retail-bank-2024.csv (30m intervals, 2024-01-02 to 2024-12-31): 7 days from 2025-01-06, method holt-winters.",
            page.Find("#forecast-heading").TextContent);
        Assert.NotNull(page.Find(".figure[data-figure=wape]"));
        var backtest = page.Find("table.report[data-heading^='Backtest']");
        Assert.Contains("chosen", backtest.TextContent, StringComparison.Ordinal);
        Assert.Equal(7 * 2, page.FindAll("table.report[data-heading^='Daily totals'] tbody tr").Count);

        page.Find("#template").Change(Template);
        page.Find("#scenario-name").Change("../outside.yaml");
        page.Find("#save").Click();
        Assert.Contains("'../outside.yaml' is not a scenario of this workspace", page.Find("#problem").TextContent, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "..", "outside.yaml")));

        page.Find("#scenario-name").Change("week");
        page.Find("#save").Click();
        Assert.StartsWith("Saved as week.yaml.", page.Find("#saved").TextContent, StringComparison.Ordinal);
        Assert.Equal("run?file=week.yaml", page.Find("#saved a").GetAttribute("href"));
        string written = File.ReadAllText(_folder.File("week.yaml"));
        Assert.StartsWith("# Written by ccsim forecast from the template ", written, StringComparison.Ordinal);
        var saved = ScenarioLoader.Load(_folder.File("week.yaml"));
        Assert.Equal(7, saved.Horizon.Days);

        File.WriteAllText(_folder.File("week.yaml"), "kept");
        page.Find("#save").Click();
        Assert.Contains("'week.yaml' already exists", page.Find("#problem").TextContent, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(_folder.File("week.yaml")));
        page.Find("#overwrite").Change(true);
        page.Find("#save").Click();
        Assert.Equal(written, File.ReadAllText(_folder.File("week.yaml")));
        Assert.Equal(["retail-bank-template.yaml", "week.yaml"],
            Directory.EnumerateFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        _bunit.Dispose();
        _folder.Dispose();
    }

    /// <summary>A browser file that says how large it is and fails the test's purpose if opened.</summary>
    private sealed class UnreadableFile(string name, long size) : IBrowserFile
    {
        public bool Opened { get; private set; }

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public long Size => size;

        public string ContentType => "text/csv";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default)
        {
            Opened = true;
            return new MemoryStream();
        }
    }
}
