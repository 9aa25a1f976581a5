using System.Text;
using Simulator.Core.History;
using Simulator.Core.Intraday;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.History;

/// <summary>History, calibration and replay read a contact log's rows through one reader: same rows, same refusals, same words.</summary>
public class ContactLogReadersAgreeTests
{
    private static Scenario Day => ScenarioLoader.Load(RepositoryPaths.Scenario(Path.Combine("history", "hidden-availability-day.yaml")));

    private const string Header = "arrival,contactType,outcome,waitSeconds,handleSeconds\n";

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static HistoryException[] RefusalsOf(string log) =>
    [
        Assert.Throws<HistoryException>(() => HistoryReader.Read(Stream(log), "log.csv", new HistoryReadOptions())),
        Assert.Throws<HistoryException>(() => ContactLogRows.Read(Stream(log), "log.csv", new HistoryReadOptions())),
        Assert.Throws<HistoryException>(() => ReplayLog.Read(Stream(log), "log.csv", Day, null, new HistoryReadOptions())),
    ];

    [Theory]
    [InlineData("2024-03-04 09:00:00,general,lost,12,300\n", "outcome", "a mapping file can name other values")]
    [InlineData("2024-03-04 09:00:00,general,answered,-4,300\n", "waitSeconds", "seconds waited ≥ 0")]
    [InlineData("2024-03-04 09:00:00,general,answered,4,long\n", "handleSeconds", "a handle time in seconds ≥ 0")]
    [InlineData("2024-03-04,general,answered,4,300\n", "arrival", "found a date alone")]
    public void A_bad_row_is_refused_alike_by_every_reader(string badRow, string column, string words)
    {
        string log = Header + "2024-03-04 08:10:00,general,answered,5,240\n" + badRow;

        var refusals = RefusalsOf(log);

        Assert.All(refusals, e => Assert.Contains(words, e.Message, StringComparison.Ordinal));
        Assert.All(refusals, e => Assert.Contains(column, e.Message, StringComparison.Ordinal));
        Assert.Single(refusals.Select(e => e.Message).Distinct());
    }

    [Fact]
    public void A_contained_contact_needs_no_wait_in_any_reader()
    {
        string log = Header + "2024-03-04 08:10:00,general,answered,5,240\n2024-03-04 08:20:00,general,contained,,\n";

        var history = HistoryReader.Read(Stream(log), "log.csv", new HistoryReadOptions());
        var rows = ContactLogRows.Read(Stream(log), "log.csv", new HistoryReadOptions());
        var replay = ReplayLog.Read(Stream(log), "log.csv", Day, null, new HistoryReadOptions());

        Assert.Equal(1, history.ContactTypes.Single().Offered.Where(v => !double.IsNaN(v)).Sum());
        Assert.Equal([ContactOutcome.Answered, ContactOutcome.Contained], rows.Select(r => r.Outcome));
        Assert.Single(replay.Contacts);
        Assert.Contains(replay.Notes, n => n.Contains("1 contacts a bot contained", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_reader_refuses_a_folder_and_a_missing_file_with_the_path_and_the_reason()
    {
        using var folder = new TemporaryDirectory();
        string missing = folder.File("nowhere.csv");
        var options = new HistoryReadOptions();

        foreach (string path in new[] { folder.Path, missing })
        {
            var refusals = new[]
            {
                Assert.Throws<HistoryException>(() => HistoryReader.Load(path, options)),
                Assert.Throws<HistoryException>(() => ContactLogRows.Load(path, options)),
                Assert.Throws<HistoryException>(() => ReplayLog.Load(path, Day, null, options)),
            };
            string reason = path == missing ? "no such file" : "is a directory";
            Assert.All(refusals, e => Assert.Contains(path, e.Message, StringComparison.Ordinal));
            Assert.All(refusals, e => Assert.Contains(reason, e.Message, StringComparison.Ordinal));
        }
    }
}
