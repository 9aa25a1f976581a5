using System.Text;
using Simulator.Core.Forecasting;
using Simulator.Core.History;

namespace Simulator.Core.Tests.Forecasting;

public class SpecialDaysReaderTests
{
    private static IReadOnlyList<SpecialDay> Read(string text) => SpecialDaysReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "special.csv");

    [Fact]
    public void Reads_closed_days_multipliers_and_days_for_one_contact_type()
    {
        var days = Read("date,label,effect,contactType\n2024-12-25,Christmas Day,closed,\n2024-12-24,Christmas Eve,0.5,\n2024-11-29,Black Friday,1.6,sales\n");

        Assert.Equal(
            [new SpecialDay(new DateOnly(2024, 12, 25), "Christmas Day", 0), new SpecialDay(new DateOnly(2024, 12, 24), "Christmas Eve", 0.5),
                new SpecialDay(new DateOnly(2024, 11, 29), "Black Friday", 1.6, "sales")],
            days);
        Assert.True(days[0].Closed);
    }

    [Theory]
    [InlineData("date,label,effect\n2024-12-25,Christmas,shut\n", 2, "effect",
        "expected closed or a multiplier greater than 0, such as 1.3 or 0.5, but found \"shut\"")]
    [InlineData("date,label,effect\n2024-12-25,Christmas,0\n", 2, "effect", "expected closed or a multiplier greater than 0")]
    [InlineData("date,label,effect\n25/12/2024,Christmas,closed\n", 2, "date", "expected an ISO date such as 2024-12-25, but found \"25/12/2024\"")]
    [InlineData("date,label,effect\n2024-12-25 10:00,Christmas,closed\n", 2, "date", "expected an ISO date such as 2024-12-25")]
    [InlineData("date,label,effect\n2024-12-25,,closed\n", 2, "label", "the cell is empty; expected what the day is")]
    [InlineData("date,label,effect\n2024-12-25,Christmas,closed\n2024-12-25,Xmas,0.5\n", 3, "date", "2024-12-25 is listed twice (first in row 2)")]
    [InlineData("date,label\n2024-12-25,Christmas\n", 1, null, "a special-days file has the columns date, label, effect (closed or a multiplier such as 1.3) " +
        "and optionally contactType, but this one has no 'effect' column")]
    public void A_bad_special_day_is_named_by_row_and_column(string text, long row, string? column, string expected)
    {
        var error = Assert.Throws<HistoryException>(() => Read(text));

        Assert.Equal((row, column), (error.Row, error.Column));
        Assert.Contains(expected, error.Message);
    }
}
