using System.Text;
using Simulator.Core.History;

namespace Simulator.Core.Tests.History;

public class IsoTimestampTests
{
    [Theory]
    [InlineData("2024-03-04", "2024-03-04 00:00:00", false, null)]
    [InlineData("2024-03-04 08:30", "2024-03-04 08:30:00", true, null)]
    [InlineData("2024-03-04T08:30:15", "2024-03-04 08:30:15", true, null)]
    [InlineData(" 2024-03-04t08:30:15.250Z ", "2024-03-04 08:30:15.250", true, "00:00")]
    [InlineData("2024-03-04 08:30+01:00", "2024-03-04 08:30:00", true, "01:00")]
    [InlineData("2024-03-04 08:30-0530", "2024-03-04 08:30:00", true, "-05:30")]
    public void Reads_iso_dates_and_times_with_their_offset(string text, string wall, bool hasTime, string? offset)
    {
        Assert.True(IsoTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var stamp));

        Assert.Equal(DateTime.Parse(wall, System.Globalization.CultureInfo.InvariantCulture), stamp.Wall);
        Assert.Equal(hasTime, stamp.HasTime);
        Assert.Equal(offset is null ? null : TimeSpan.Parse(offset, System.Globalization.CultureInfo.InvariantCulture), stamp.Offset);
    }

    [Theory]
    [InlineData("03/04/2024")]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("2024-03-04 25:00")]
    [InlineData("2024-03-04 08:60")]
    [InlineData("2024-03-04 08:30 tomorrow")]
    [InlineData("2024-3-4")]
    [InlineData("")]
    public void Refuses_anything_that_is_not_an_unambiguous_iso_date(string text)
    {
        Assert.False(IsoTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }
}
