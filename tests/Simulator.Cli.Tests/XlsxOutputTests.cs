using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;

namespace Simulator.Cli.Tests;

/// <summary>
/// <c>--format xlsx</c>: each command's workbook has its sheets and headers, its numbers equal the JSON output's for the same seed and are numeric
/// cells, the extension of <c>-o</c> chooses it, and it is never written to the terminal.
/// </summary>
public sealed class XlsxOutputTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Runs <paramref name="args"/> twice, as JSON and as a workbook, and returns both.</summary>
    private (JsonElement Json, string Workbook) Both(string name, params string[] args)
    {
        var json = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(json.ExitCode == 0, json.Error);
        string path = _directory.File(name + ".xlsx");
        var xlsx = CliRunner.Run([.. args, "--output", path]);
        Assert.True(xlsx.ExitCode == 0, xlsx.Error);
        Assert.Equal("", xlsx.Output);
        return (JsonDocument.Parse(json.Output).RootElement, path);
    }

    private static List<IDictionary<string, object?>> Rows(string path, string sheet) =>
        [.. MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];

    private static string[] Header(string path, string sheet) =>
        [.. MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().First().Values.Select(v => (string)v!)];

    /// <summary>A JSON number, or null for JSON null, as the workbook's cell should hold it.</summary>
    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    /// <summary>Every cell under <paramref name="columns"/> in <paramref name="sheet"/> is a numeric cell (or empty), never text.</summary>
    private static void AssertNumeric(string path, string sheet, params string[] columns)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheet).Id!.Value!);
        string[] header = Header(path, sheet);
        var letters = columns.Select(c => ColumnLetters(Array.IndexOf(header, c))).ToHashSet();
        var cells = part.Worksheet.Descendants<Row>().Skip(1).SelectMany(r => r.Elements<Cell>())
            .Where(c => letters.Contains(new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]))).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Equal(CellValues.Number, c.DataType?.Value ?? CellValues.Number));
    }

    private static string ColumnLetters(int index)
    {
        Assert.True(index >= 0, "no such column");
        string letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    [Fact]
    public void Run_workbook_has_kpis_by_interval_type_and_cost_equal_to_the_json()
    {
        var (json, path) = Both("run", "run", CliRunner.BankScenario, "--replications", "3", "--seed", "11");

        Assert.Equal(["kpis", "intervals", "days", "contactTypes", "costs", "agentGroups", "about"], MiniExcel.GetSheetNames(path));
        Assert.Equal(["kpi", "label", "mean", "ciLow", "ciHigh"], Header(path, "kpis"));
        var kpis = Rows(path, "kpis");
        foreach (var kpi in json.GetProperty("kpis").EnumerateObject())
        {
            var row = kpis.Single(r => (string?)r["kpi"] == kpi.Name);
            foreach (var bound in new[] { "mean", "ciLow", "ciHigh" }) Assert.Equal(Number(kpi.Value.GetProperty(bound)), (double?)row[bound]);
        }
        var intervals = Rows(path, "intervals");
        Assert.Equal(json.GetProperty("intervals").GetArrayLength(), intervals.Count);
        var third = json.GetProperty("intervals")[2];
        Assert.Equal(Number(third.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean")), (double?)intervals[2]["serviceLevel"]);
        Assert.Equal(third.GetProperty("start").GetString(), ((DateTime)intervals[2]["start"]!).ToString("HH:mm"));
        var types = Rows(path, "contactTypes");
        Assert.Equal(json.GetProperty("contactTypes").EnumerateArray().Select(t => t.GetProperty("id").GetString()), types.Select(t => (string?)t["id"]));
        Assert.Equal(Number(json.GetProperty("costBreakdown").GetProperty("agentHours").GetProperty("mean")),
            (double?)Rows(path, "costs").Single(r => (string?)r["component"] == "agentHours")["mean"]);
        AssertNumeric(path, "kpis", "mean", "ciLow", "ciHigh");
        AssertNumeric(path, "intervals", "serviceLevel", "offered", "averageSpeedOfAnswerSeconds");
    }

    [Fact]
    public void Compare_workbook_has_options_and_paired_differences_with_significance_equal_to_the_json()
    {
        string plus = _directory.File("plus.yaml");
        File.WriteAllText(plus, File.ReadAllText(CliRunner.BankScenario).Replace("name: Retail bank – weekday", "name: Bank plus")
            .Replace("    agents: 22\n", "    agents: 26\n"));

        var (json, path) = Both("compare", "compare", CliRunner.BankScenario, plus, "--replications", "3");

        Assert.Equal(["options", "differences", "about"], MiniExcel.GetSheetNames(path));
        Assert.Equal(["option", "kpi", "label", "difference", "differenceCiLow", "differenceCiHigh", "significant"], Header(path, "differences"));
        var expected = json.GetProperty("differences")[0].GetProperty("kpis").GetProperty("serviceLevel");
        var row = Rows(path, "differences").Single(r => (string?)r["option"] == "Bank plus" && (string?)r["kpi"] == "serviceLevel");
        Assert.Equal(expected.GetProperty("mean").GetDouble(), (double?)row["difference"]);
        Assert.Equal(expected.GetProperty("ciLow").GetDouble(), (double?)row["differenceCiLow"]);
        Assert.Equal(expected.GetProperty("significant").GetBoolean(), row["significant"]);
        var options = Rows(path, "options");
        Assert.Equal(json.GetProperty("options")[1].GetProperty("kpis").GetProperty("averageSpeedOfAnswerSeconds").GetProperty("mean").GetDouble(),
            (double?)options.Single(r => (string?)r["option"] == "Bank plus" && (string?)r["kpi"] == "averageSpeedOfAnswerSeconds")["mean"]);
        AssertNumeric(path, "differences", "difference", "differenceCiLow", "differenceCiHigh");
    }

    [Fact]
    public void Staff_workbook_has_the_requirement_per_interval_equal_to_the_json()
    {
        var (json, path) = Both("staff", "staff", CliRunner.BankScenario);

        Assert.Equal(["intervals", "totals", "missedIntervals"], MiniExcel.GetSheetNames(path));
        var rows = Rows(path, "intervals");
        var lines = json.GetProperty("intervals");
        Assert.Equal(lines.GetArrayLength(), rows.Count);
        Assert.Equal(lines[0].EnumerateObject().Select(p => p.Name), Header(path, "intervals"));
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(lines[i].GetProperty("requiredAgents").GetInt32(), (double?)rows[i]["requiredAgents"]);
            Assert.Equal(lines[i].GetProperty("serviceLevel").GetDouble(), (double?)rows[i]["serviceLevel"]);
            Assert.Equal(Number(lines[i].GetProperty("averageSpeedOfAnswerSeconds")), (double?)rows[i]["averageSpeedOfAnswerSeconds"]);
        }
        AssertNumeric(path, "intervals", "volume", "requiredAgents", "serviceLevel", "occupancy", "trafficIntensity");
    }

    [Fact]
    public void Forecast_workbook_has_the_forecast_per_interval_with_its_prediction_intervals_equal_to_the_json()
    {
        var (json, path) = Both("forecast", "forecast", HistoryCommandTests.ExampleHistory, "--start", "2025-01-06", "--days", "2");

        var rows = Rows(path, "forecast");
        var lines = json.GetProperty("forecast");
        Assert.Equal(lines.GetArrayLength(), rows.Count);
        for (int i = 0; i < rows.Count; i += 7)
        {
            Assert.Equal(lines[i].GetProperty("start").GetString(), ((DateTime)rows[i]["start"]!).ToString("yyyy-MM-dd'T'HH:mm"));
            foreach (var key in new[] { "offered", "offeredLow80", "offeredHigh95" })
            {
                Assert.Equal(lines[i].GetProperty(key).GetDouble(), (double?)rows[i][key]);
            }
        }
        var backtest = Rows(path, "backtest");
        Assert.Equal(json.GetProperty("backtest")[0].GetProperty("wape").GetDouble(), (double?)backtest[0]["wape"]);
        AssertNumeric(path, "forecast", "offered", "offeredLow80", "offeredHigh80", "offeredLow95", "offeredHigh95");
    }

    [Fact]
    public void Schedule_workbook_has_shifts_coverage_and_roster_equal_to_the_json()
    {
        string scenario = _directory.File("small.yaml");
        File.WriteAllText(scenario, ScheduleCommandTests.Scenario);

        var (json, path) = Both("schedule", "schedule", scenario, "--weeks", "1");

        Assert.Equal(["summary", "shifts", "coverage", "roster"], MiniExcel.GetSheetNames(path));
        var coverage = Rows(path, "coverage");
        var expected = json.GetProperty("coverage");
        Assert.Equal(expected.GetArrayLength(), coverage.Count);
        Assert.Equal(expected[3].GetProperty("required").GetDouble(), (double?)coverage[3]["required"]);
        Assert.Equal(expected[3].GetProperty("scheduled").GetDouble(), (double?)coverage[3]["scheduled"]);
        var summary = Rows(path, "summary").ToDictionary(r => (string)r["key"]!, r => r["value"]);
        Assert.Equal(json.GetProperty("cost").GetDouble(), summary["cost"]);
        Assert.Equal(json.GetProperty("roster").GetProperty("agents").GetInt32(), Rows(path, "roster").Count);
        AssertNumeric(path, "coverage", "day", "required", "scheduled");
    }

    [Fact]
    public void An_xlsx_output_path_chooses_the_format_without_format()
    {
        string path = _directory.File("plan.XLSX");

        var result = CliRunner.Run("staff", CliRunner.BankScenario, "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["intervals", "totals", "missedIntervals"], MiniExcel.GetSheetNames(path));
        Assert.Empty(Directory.GetFiles(_directory.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("schedule")]
    public void A_workbook_without_an_output_file_is_refused_before_any_work(string command) =>
        CliRunner.AssertBadInput(CliRunner.Run(command, CliRunner.BankScenario, "--format", "xlsx"),
            "--format xlsx writes a workbook, not text: give --output PATH");

    [Fact]
    public void A_workbook_is_not_written_to_standard_output() =>
        CliRunner.AssertBadInput(CliRunner.Run("staff", CliRunner.BankScenario, "--format", "xlsx", "-o", "-"),
            "a workbook is never written to the terminal or standard output");

    [Fact]
    public void A_format_that_disagrees_with_an_xlsx_output_is_refused() =>
        CliRunner.AssertBadInput(CliRunner.Run("staff", CliRunner.BankScenario, "--format", "json", "-o", _directory.File("plan.xlsx")),
            "--format json disagrees with --output");

    [Fact]
    public void A_scenario_name_that_looks_like_a_formula_is_a_text_cell()
    {
        string scenario = _directory.File("formula.yaml");
        File.WriteAllText(scenario, File.ReadAllText(CliRunner.BankScenario)
            .Replace("name: Retail bank – weekday", "name: \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\""));
        string path = _directory.File("formula.xlsx");

        var result = CliRunner.Run("staff", scenario, "-o", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var totals = Rows(path, "totals").ToDictionary(r => (string)r["key"]!, r => r["value"]);
        Assert.Equal("=HYPERLINK(\"http://evil\",\"x\")", totals["scenario"]);
        using var document = SpreadsheetDocument.Open(path, false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public void A_failed_command_leaves_an_existing_workbook_as_it_was()
    {
        string path = _directory.File("plan.xlsx");
        File.WriteAllText(path, "the old file");
        string broken = _directory.File("broken.yaml");
        File.WriteAllText(broken, "name: broken\n");

        var result = CliRunner.Run("staff", broken, "-o", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("the old file", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_directory.Path, "plan.xlsx*"));
    }

    [Fact]
    public void History_workbook_has_the_profile_equal_to_the_json()
    {
        var (json, path) = Both("history", "history", HistoryCommandTests.ExampleHistory);

        Assert.Equal(["contactTypes", "profile", "outlierDays", "gaps"], MiniExcel.GetSheetNames(path));
        var rows = Rows(path, "profile");
        var profile = json.GetProperty("profile");
        Assert.Equal(profile.GetArrayLength(), rows.Count);
        Assert.Equal(profile[5].GetProperty("offered").GetDouble(), (double?)rows[5]["offered"]);
        Assert.Equal(profile[5].GetProperty("start").GetString(), ((DateTime)rows[5]["start"]!).ToString("HH:mm"));
        Assert.Equal(json.GetProperty("contactTypes")[0].GetProperty("offered").GetDouble(), (double?)Rows(path, "contactTypes")[0]["offered"]);
        AssertNumeric(path, "profile", "offered", "ahtSeconds", "days");
    }

    [Theory]
    [InlineData("history")]
    [InlineData("forecast", "--start", "2025-01-06", "--days", "7")]
    public void A_damaged_history_workbook_gets_a_message_not_a_stack_trace(string command, params string[] options)
    {
        string path = _directory.File("damaged.xlsx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);

        CliRunner.AssertBadInput(CliRunner.Run([command, path, .. options]), $"{path}: is not a readable XLSX workbook: the file is damaged");
    }

    [Fact]
    public void A_history_workbook_reads_as_its_csv_does()
    {
        string csv = _directory.File("history.csv");
        File.WriteAllText(csv, "start,contactType,offered,ahtSeconds\n2024-03-04T08:00,general,10,200\n2024-03-04T08:30,general,12,210\n" +
            "2024-03-05T08:00,general,11,190\n2024-03-05T08:30,general,13,205\n");
        string xlsx = _directory.File("history.xlsx");
        static Dictionary<string, object?> Row(int day, int minute, int offered, int aht) => new()
        {
            ["start"] = new DateTime(2024, 3, day, 8, minute, 0), ["contactType"] = "general", ["offered"] = offered, ["ahtSeconds"] = aht,
        };
        MiniExcel.SaveAs(xlsx, new[] { Row(4, 0, 10, 200), Row(4, 30, 12, 210), Row(5, 0, 11, 190), Row(5, 30, 13, 205) });

        var fromCsv = CliRunner.Run("history", csv, "--format", "json");
        var fromWorkbook = CliRunner.Run("history", xlsx, "--format", "json");

        Assert.True(fromWorkbook.ExitCode == 0, fromWorkbook.Error);
        Assert.Equal(fromCsv.Output, fromWorkbook.Output);
    }

    [Fact]
    public void Optimize_workbook_has_the_plan_per_interval_and_the_totals_equal_to_the_json()
    {
        var (json, path) = Both("optimize", "optimize", RepositoryPaths.Scenario("small-staffing-plan.yaml"), "--replications", "4");

        Assert.Equal(["intervals", "totals", "kpis"], MiniExcel.GetSheetNames(path));
        var rows = Rows(path, "intervals");
        var intervals = json.GetProperty("intervals");
        Assert.Equal(intervals.GetArrayLength(), rows.Count);
        string group = json.GetProperty("groups")[0].GetString()!;
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(intervals[i].GetProperty("plan").GetProperty(group).GetInt32(), (double?)rows[i][$"{group}.plan"]);
        }
        var totals = Rows(path, "totals").ToDictionary(r => (string)r["key"]!, r => r["value"]);
        Assert.Equal(json.GetProperty("totals").GetProperty("cost").GetDouble(), totals["cost"]);
        AssertNumeric(path, "intervals", $"{group}.plan", $"{group}.erlangPlan");
    }
}
