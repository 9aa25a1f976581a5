using MiniExcelLibs;
using Simulator.Core.History;

namespace Simulator.Core.Tests.History;

/// <summary>Bad input is named, never guessed: file, row and column, and what was expected.</summary>
public class BadHistoryInputTests
{
    private static void AssertNamed(HistoryException error, long row, string? column, string expected)
    {
        Assert.Equal("history.csv", error.File);
        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Contains(expected, error.Message);
        string place = row > 0 ? $"history.csv: row {row}" : "history.csv";
        Assert.StartsWith(column is null ? place : $"{place}, column '{column}'", error.Message);
    }

    [Fact]
    public void An_empty_file_says_which_columns_either_shape_needs() =>
        AssertNamed(HistoryText.Refused(""), 0, null, "the file is empty; expected a header row and one row per interval (required start, offered;");

    [Fact]
    public void A_header_without_rows_is_refused() =>
        AssertNamed(HistoryText.Refused("start,offered\n"), 0, null, "the file has a header but no rows of data");

    [Fact]
    public void A_file_of_neither_shape_lists_its_columns_and_how_to_map_them() =>
        AssertNamed(HistoryText.Refused("date,calls\n2024-03-04,5\n"), 1, null,
            "has neither a 'start' nor an 'arrival' column: interval history has one row per interval (required start, offered; optional contactType, " +
                "answered, abandoned, ahtSeconds, asaSeconds, serviceLevel, agents); a contact log has one row per contact (required arrival, outcome, " +
                    "waitSeconds; optional contactType, handleSeconds, agent, customer). The file's columns are date, calls; map other names to these in a " +
                        "column mapping");

    [Fact]
    public void A_file_with_both_shapes_columns_is_refused() =>
        AssertNamed(HistoryText.Refused("start,arrival,offered\n2024-03-04,2024-03-04 08:00,5\n"), 1, null, "has both a 'start' and an 'arrival' column");

    [Fact]
    public void Interval_history_without_offered_names_the_missing_column() =>
        AssertNamed(HistoryText.Refused("start,calls\n2024-03-04 08:00,5\n"), 1, null,
            "the file looks like interval history but has no 'offered' column; interval history has columns required start, offered;");

    [Fact]
    public void A_contact_log_without_its_required_columns_names_them() =>
        AssertNamed(HistoryText.Refused("arrival,contactType\n2024-03-04 08:00,x\n"), 1, null, "has no 'outcome' or 'waitSeconds' column");

    [Theory]
    [InlineData("start,offered\n2024-03-04 08:00,5\n2024-03-04 08:30,abc\n", 3, "offered", "expected a number of contacts ≥ 0, but found \"abc\".")]
    [InlineData("start,offered\n2024-03-04 08:00,5\n2024-03-04 08:30,\n", 3, "offered", "expected a number of contacts ≥ 0, but the cell is empty.")]
    [InlineData("start,offered\n2024-03-04 08:00,-2\n", 2, "offered", "expected a number of contacts ≥ 0, but found \"-2\"")]
    [InlineData("start,offered\n2024-03-04 08:00,\"12,5\"\n", 2, "offered", "but found \"12,5\" (numbers take a decimal point, not a comma)")]
    [InlineData("start,offered,serviceLevel\n2024-03-04 08:00,5,85\n", 2, "serviceLevel",
        "expected a share from 0 to 1, such as 0.8, but found \"85\" (a share is written 0.8, not 80)")]
    [InlineData("start,offered,ahtSeconds\n2024-03-04 08:00,5,5m\n", 2, "ahtSeconds", "expected a handle time in seconds ≥ 0, but found \"5m\"")]
    [InlineData("start,offered\n03/04/2024 08:00,5\n", 2, "start",
        "expected an ISO date or date and time, such as 2024-03-04 or 2024-03-04 08:30, but found \"03/04/2024 08:00\"")]
    [InlineData("start,offered\n,5\n", 2, "start", "but the cell is empty")]
    [InlineData("start,contactType,offered\n2024-03-04 08:00,,5\n", 2, "contactType", "the cell is empty; expected the contact type's id")]
    [InlineData("start,offered\n2024-03-04 08:00,5\n2024-03-05,5\n", 3, "start",
        "expected a date and time like the rows above, but found a date alone; daily and interval rows cannot be mixed")]
    [InlineData("start,offered\n2024-03-04,5\n2024-03-05 08:00,5\n", 3, "start",
        "expected a date alone like the rows above (daily history), but found a time of day")]
    [InlineData("start,offered\n2024-03-04T08:00Z,5\n", 2, "start",
        "\"2024-03-04T08:00Z\" carries a UTC offset; give the time zone (such as Europe/London, or UTC)")]
    [InlineData("arrival,outcome,waitSeconds\n2024-03-04 08:00:01,ANS,5\n", 2, "outcome",
        "expected one of abandoned, answered, contained, unanswered, but found \"ANS\"; a mapping file can name other values (outcomes: { answered: [ANS] })")]
    [InlineData("arrival,outcome,waitSeconds\n2024-03-04,answered,5\n", 2, "arrival",
        "expected the date and time of arrival, such as 2024-03-04 08:31:07, but found a date alone")]
    [InlineData("arrival,outcome,waitSeconds\n2024-03-04 08:00:01,answered,\n", 2, "waitSeconds", "expected seconds waited ≥ 0, but the cell is empty")]
    [InlineData("arrival,outcome,waitSeconds,handleSeconds\n2024-03-04 08:00:01,answered,3,long\n", 2, "handleSeconds",
        "expected a handle time in seconds ≥ 0, but found \"long\"")]
    public void A_bad_cell_is_named_by_row_and_column_with_what_was_expected(string text, long row, string column, string expected) =>
        AssertNamed(HistoryText.Refused(text), row, column, expected);

    [Fact]
    public void A_column_under_a_mapped_name_is_named_by_the_files_header()
    {
        var mapping = HistoryMapping.ParseColumns("offered=Total Calls", "--columns");

        var error = HistoryText.Refused("start,Total Calls\n2024-03-04 08:00,many\n", new HistoryReadOptions(Mapping: mapping));

        AssertNamed(error, 2, "Total Calls", "expected a number of contacts ≥ 0, but found \"many\"");
    }

    [Fact]
    public void A_second_row_for_the_same_interval_names_both_rows() =>
        AssertNamed(HistoryText.Refused("start,contactType,offered\n2024-03-04 08:00,a,5\n2024-03-04 08:30,a,6\n2024-03-04 08:00,a,7\n"), 4, null,
            "a second row for a at 2024-03-04 08:00 (the first is row 2); each interval and contact type takes one row");

    [Fact]
    public void Every_repeated_interval_is_counted_and_the_first_few_named() =>
        AssertNamed(HistoryText.Refused("start,offered\n2024-03-04 08:00,5\n2024-03-04 08:30,6\n2024-03-04 08:00,7\n2024-03-04 08:30,8\n"), 4, null,
            "(the first is row 2); each interval and contact type takes one row. 2 rows repeat an interval in all: row 4 (first row 2), row 5 (first row 3).");

    [Fact]
    public void A_row_off_the_grid_the_others_follow_is_refused() =>
        AssertNamed(HistoryText.Refused("start,offered\n2024-03-04 08:00,5\n2024-03-04 08:30,5\n2024-03-04 09:00,5\n2024-03-04 09:07,5\n2024-03-04 " +
            "09:30,5\n2024-03-05 08:00,5\n2024-03-05 08:30,5\n"), 5, null,
            "the interval starting 2024-03-04 09:07 is off the grid the other rows follow (30m intervals); every row must start an interval");

    [Fact]
    public void One_row_a_day_with_a_time_asks_for_the_interval_length() =>
        AssertNamed(HistoryText.Refused("start,offered\n2024-03-04 08:00,5\n2024-03-05 08:00,5\n"), 0, null,
            "each day has a single row with a time of day, so the interval length cannot be told from the file; give the interval length");

    [Fact]
    public void An_interval_that_is_not_a_multiple_of_the_files_is_refused() =>
        AssertNamed(HistoryText.Refused("start,offered\n2024-03-04 08:00,5\n2024-03-04 08:30,5\n", new HistoryReadOptions(Interval: TimeSpan.FromMinutes(45))),
            0, null,
            "intervals of 45m cannot be made of the file's 30m intervals; expected a whole multiple of 30m that divides a day, such as 1h.");

    [Fact]
    public void An_interval_that_does_not_divide_a_day_is_refused()
    {
        var error = Assert.Throws<InputException>(() =>
            HistoryText.Read("start,offered\n2024-03-04 08:00,5\n", new HistoryReadOptions(Interval: TimeSpan.FromMinutes(7))));

        Assert.Equal("an interval of 7m does not cut a day into whole intervals; expected a length such as 15m, 30m or 1h.", error.Message);
    }

    [Fact]
    public void Daily_history_cannot_be_cut_into_intervals() =>
        AssertNamed(HistoryText.Refused("start,offered\n2024-03-04,5\n2024-03-05,5\n", new HistoryReadOptions(Interval: TimeSpan.FromMinutes(30))), 0, null,
            "the file is daily history (dates without times), so it cannot be cut into 30m intervals; ask for no interval length");

    [Fact]
    public void A_log_with_no_offered_contact_is_refused() =>
        AssertNamed(HistoryText.Refused("arrival,outcome,waitSeconds\n2024-03-04 08:00:00,contained,\n"), 0, null,
            "the log has no offered contacts (answered or abandoned)");

    [Fact]
    public void Bad_quoting_is_named_by_its_row()
    {
        var error = HistoryText.Refused("start,offered\n2024-03-04 08:00,5\n2024-03-04 08:30,\"5\n2024-03-04 09:00,5\n");

        Assert.Contains("not valid CSV", error.Message);
        Assert.True(error.Row >= 3);
    }

    [Fact]
    public void A_mapping_to_a_column_the_file_does_not_have_lists_the_columns_it_has()
    {
        var mapping = HistoryMapping.ParseColumns("offered=total_calls", "--columns");

        AssertNamed(HistoryText.Refused("start,calls\n2024-03-04 08:00,5\n", new HistoryReadOptions(Mapping: mapping)), 1, "total_calls",
            "the mapping takes 'offered' from a column 'total_calls' that the file does not have; its columns are start, calls");
    }

    [Theory]
    [InlineData("offerd=calls", "--columns: 'offerd' is not a history column; expected one of start, contactType, offered,")]
    [InlineData("offered",
        "--columns: expected entries of the form column=fileColumn separated by commas, such as offered=total_calls,start=date, but found \"offered\".")]
    [InlineData("offered=calls+x", "--columns: only start and arrival may join a date and a time column (such as start=date+time); 'offered' takes one column")]
    public void A_bad_column_mapping_says_what_was_expected(string text, string expected)
    {
        var error = Assert.Throws<InputException>(() => HistoryMapping.ParseColumns(text, "--columns"));

        Assert.StartsWith(expected, error.Message);
    }

    [Theory]
    [InlineData("columns: [offered]", "mapping.yaml:1:1: columns: expected a mapping from column names to the file's names")]
    [InlineData("colums: { offered: calls }", "mapping.yaml:1:1: colums: unknown key 'colums'; expected columns, outcomes, timeZone.")]
    [InlineData("outcomes: { hungUp: ABN }",
        "mapping.yaml:1:13: outcomes.hungUp: unknown outcome 'hungUp'; expected one of answered, abandoned, contained, unanswered.")]
    [InlineData("columns: { offered: [a, b] }", "mapping.yaml:1:21: columns.offered: expected a name, but found a list or mapping.")]
    [InlineData("columns: { offered: calls", "mapping.yaml:")]
    public void A_bad_mapping_file_is_named_by_line_and_column(string text, string expected)
    {
        var error = Assert.Throws<InputException>(() => HistoryMapping.Parse(text, "mapping.yaml"));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_examples()
    {
        var error = Assert.Throws<InputException>(() => HistoryReadOptions.FindTimeZone("Europe/Lodnon", "--time-zone"));

        Assert.Equal("--time-zone: 'Europe/Lodnon' is not a time zone this machine knows; expected an IANA id such as Europe/London, America/New_York or UTC.",
            error.Message);
    }

    [Fact]
    public void A_missing_file_and_a_directory_are_named()
    {
        using var directory = new TemporaryDirectory();

        Assert.Equal($"{directory.File("none.csv")}: cannot read the history file: no such file.",
            Assert.Throws<HistoryException>(() => HistoryReader.Load(directory.File("none.csv"), new())).Message);
        Assert.Contains("is a directory", Assert.Throws<HistoryException>(() => HistoryReader.Load(directory.Path, new())).Message);
    }

    [Fact]
    public void A_bad_cell_in_a_workbook_is_named_by_its_spreadsheet_row()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[]
        {
            new Dictionary<string, object?> { ["start"] = new DateTime(2024, 3, 4, 8, 0, 0), ["offered"] = 5 },
            new Dictionary<string, object?> { ["start"] = null, ["offered"] = null },
            new Dictionary<string, object?> { ["start"] = new DateTime(2024, 3, 4, 8, 30, 0), ["offered"] = "five" },
        });
        stream.Position = 0;

        var error = Assert.Throws<HistoryException>(() => HistoryReader.Read(stream, "history.xlsx", new()));

        Assert.Equal((4L, "offered"), (error.Row, error.Column));
        Assert.Contains("expected a number of contacts ≥ 0, but found \"five\"", error.Message);
    }
}
