using Simulator.Core.History;

namespace Simulator.Core.Tests.History;

/// <summary>Other names for the columns and outcomes, from --columns or a mapping file.</summary>
public class ColumnMappingTests
{
    [Fact]
    public void Columns_are_read_under_the_names_the_mapping_gives()
    {
        var mapping = HistoryMapping.ParseColumns("offered=total_calls, start=date+interval, contactType=queue", "--columns");

        var history = HistoryText.Read("date,interval,queue,total_calls\n2024-03-04,08:00,sales,12\n2024-03-04,08:30,sales,15\n",
            new HistoryReadOptions(Mapping: mapping));

        Assert.Equal("sales", history.ContactTypes[0].Id);
        Assert.Equal(15, HistoryText.Offered(history, "sales", new DateTime(2024, 3, 4, 8, 30, 0)));
    }

    [Fact]
    public void Canonical_names_match_whatever_their_case()
    {
        var history = HistoryText.Read("Start,OFFERED\n2024-03-04 08:00,12\n2024-03-04 08:30,15\n");

        Assert.Equal(12, history.ContactTypes[0].Offered[16]);
    }

    [Fact]
    public void A_mapping_file_maps_columns_outcomes_and_the_time_zone()
    {
        const string file = """
            columns: { arrival: call_time, outcome: result, waitSeconds: queue_secs }
            outcomes:
              answered: [ANS, handled]
              abandoned: ABN
            timeZone: Europe/London
            """;
        var mapping = HistoryMapping.Parse(file, "mapping.yaml");

        var history = HistoryText.Read("call_time,result,queue_secs\n2024-07-01T07:05:00Z,ANS,3\n2024-07-01T07:06:00Z,handled,3\n2024-07-01T07:07:00Z,ABN,40\n",
            new HistoryReadOptions(TimeZone: HistoryReadOptions.FindTimeZone(mapping.TimeZone!, "mapping.yaml"), Mapping: mapping));

        var series = history.ContactTypes[0];
        Assert.Equal(3, series.Offered[16]);
        Assert.Equal(2, series.Answered![16]);
        Assert.Equal("Europe/London", mapping.TimeZone);
    }

    [Fact]
    public void The_command_line_mapping_overrides_the_file_key_by_key()
    {
        var file = HistoryMapping.Parse("columns: { offered: calls, start: date }", "mapping.yaml");

        var merged = file.With(HistoryMapping.ParseColumns("offered=total", "--columns"));

        Assert.Equal(new ColumnSource("total"), merged.Columns["offered"]);
        Assert.Equal(new ColumnSource("date"), merged.Columns["start"]);
    }
}
