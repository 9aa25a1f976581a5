using Bunit;
using Simulator.Web.Components.Parts;
using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>The downloads and charts of a kept result, as the part shows them while results follow one another.</summary>
public sealed class ResultFilesTests : IDisposable
{
    private readonly BunitContext _bunit = new();

    [Fact]
    public async Task A_result_replaced_while_its_files_are_written_never_lends_its_file_names_to_the_newer_one()
    {
        var older = new TaskCompletionSource<IReadOnlyList<string>>();
        var first = new StoredResult("older", "older", "/nowhere", older.Task);
        var second = new StoredResult("newer", "newer", "/nowhere", Task.FromResult<IReadOnlyList<string>>(["look-ahead.json", "serviceLevel.svg"]));

        var part = _bunit.Render<ResultFiles>(p => p.Add(r => r.Result, first));
        part.Render(p => p.Add(r => r.Result, second));
        await part.InvokeAsync(() => older.SetResult(["result.json", "old-chart.svg"]));

        var images = part.FindAll(".charts img").Select(i => i.GetAttribute("src")).ToList();
        var links = part.FindAll(".downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["download/newer/serviceLevel.svg"], images);
        Assert.Contains("download/newer/look-ahead.json", links);
        Assert.DoesNotContain(links, l => l!.Contains("result.json", StringComparison.Ordinal) || l.Contains("old-chart", StringComparison.Ordinal));
    }

    public void Dispose() => _bunit.Dispose();
}
