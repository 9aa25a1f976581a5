using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Live;
using Simulator.Reports;
using Simulator.Web.Components.Parts;
using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>The Live page's look-ahead panel rendered by bUnit: what it shows of a look-ahead, and how it tries and takes an action.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class LookAheadPanelTests(WorkspaceFixture workspace) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120); // forks run on two shared cores
    private readonly BunitContext _bunit = new();

    private static Scenario Example() => ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));

    private IRenderedComponent<LookAheadPanel> Render(ICentreGrain centre, LiveSnapshot snapshot, Scenario scenario)
    {
        _bunit.Services.AddSingleton<ResultStore>();
        return _bunit.Render<LookAheadPanel>(p => p.Add(x => x.Centre, centre).Add(x => x.Snapshot, snapshot).Add(x => x.Scenario, scenario));
    }

    [Fact]
    public async Task The_panel_shows_the_look_ahead_the_centre_grain_gives_for_the_same_request()
    {
        var scenario = Example();
        var centre = workspace.Client.GetGrain<ICentreGrain>(Guid.NewGuid().ToString("N"));
        double tenOClock = LiveSettings.InstantOf(scenario.Horizon, TimeSpan.FromHours(10))!.Value;
        await centre.StartAsync(new LiveSettings(scenario, 0, double.PositiveInfinity, AutoTick: false, StopAt: tenOClock));
        var snapshot = await centre.RunToEndAsync();
        var expected = await centre.LookAheadAsync(new LookAheadRequest { Replications = 10 });

        var panel = Render(centre, snapshot, scenario);
        panel.Find("#la-replications").Change("10");
        await panel.Find("#look-ahead-run").ClickAsync(new());
        panel.WaitForElement("#look-ahead-heading", Patience);

        Assert.Equal(LookAheadReport.Heading(expected), panel.Find("#look-ahead-heading").TextContent);
        var day = panel.Find("#look-ahead-day .figure[data-kpi=serviceLevel]");
        Assert.Equal(expected.WholeDay["serviceLevel"].Mean, double.Parse(day.GetAttribute("data-mean")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(KpiFormat.Value(Kpi.ServiceLevel, expected.WholeDay["serviceLevel"].Mean), day.QuerySelector(".value")!.TextContent);
        var rows = panel.FindAll("#look-ahead-intervals tbody tr");
        Assert.Equal(expected.Intervals.Count + 1, rows.Count); // each interval from 10:00 to the close, then the window
        Assert.Equal("10:00", rows[0].GetAttribute("data-interval"));
        var first = expected.Intervals[0].Kpis["averageSpeedOfAnswerSeconds"];
        var cell = rows[0].QuerySelector("td[data-kpi=averageSpeedOfAnswerSeconds]")!;
        Assert.StartsWith(KpiFormat.Value(Kpi.AverageSpeedOfAnswerSeconds, first.Mean), cell.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains($"CI {KpiFormat.Value(Kpi.AverageSpeedOfAnswerSeconds, first.CiLow)}–", cell.TextContent, StringComparison.Ordinal);
        Assert.Contains($"lands in {KpiFormat.Value(Kpi.AverageSpeedOfAnswerSeconds, first.Low)}–", cell.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tried_action_shows_its_effect_with_its_interval_and_significance_and_can_be_taken()
    {
        var scenario = Example();
        string group = scenario.AgentGroups[0].Id;
        var effect = new KpiForecast(0.031, 0.027, 0.036, 0.017, 0.051, 20);
        var centre = new FakeCentre(request => Result(request, effect));
        var panel = Render(centre, await SnapshotAsync(scenario), scenario);

        panel.Find("#action-agents").Change("2");
        await panel.Find("#action-try").ClickAsync(new());
        panel.WaitForElement("#look-ahead-actions", Patience);

        var asked = Assert.Single(centre.Requests);
        Assert.Equal([CentreAction.AddAgents(group, 2)], asked.Actions);
        var row = panel.Find("#look-ahead-actions tbody tr");
        Assert.Equal($"+2 agents of {group} from now", row.GetAttribute("data-action"));
        var serviceLevel = row.QuerySelector("td[data-kpi=serviceLevel]")!;
        Assert.Equal(LookAheadReport.Effect(Kpi.ServiceLevel, effect), serviceLevel.TextContent.Trim());
        Assert.Contains("+3.1", serviceLevel.TextContent, StringComparison.Ordinal);
        Assert.Contains("significant", serviceLevel.ClassList);
        Assert.StartsWith("yes: service level", row.QuerySelector(".significance")!.TextContent, StringComparison.Ordinal);

        await row.QuerySelector("button.take")!.ClickAsync(new());
        Assert.Equal([(group, 2)], centre.Added);
        Assert.Contains($"Taken on the live centre: +2 agents of {group} from now.", panel.Find("#look-ahead-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_look_ahead_the_centre_refuses_is_shown_in_its_words()
    {
        var scenario = Example();
        var centre = new FakeCentre(_ => throw new ArgumentException("the centre has closed for the day: there is nothing left to look ahead at."));
        var panel = Render(centre, await SnapshotAsync(scenario), scenario);

        await panel.Find("#look-ahead-run").ClickAsync(new());

        Assert.Equal("The look-ahead cannot run: the centre has closed for the day: there is nothing left to look ahead at.",
            panel.Find("#look-ahead-problem").TextContent);
        Assert.Empty(panel.FindAll("#look-ahead-heading"));
    }

    [Fact]
    public async Task Every_fifteen_minutes_looks_ahead_once_at_each_quarter_hour_the_clock_passes()
    {
        var scenario = Example();
        var centre = new FakeCentre(request => Result(request, new KpiForecast(0, 0, 0, 0, 0, 1)));
        var atTen = await SnapshotAsync(scenario); // 10:00 is a quarter hour from the 08:00 opening
        var panel = Render(centre, atTen, scenario);

        panel.Find("#la-every").Change("15");
        panel.Render(p => p.Add(x => x.Snapshot, atTen with { Sequence = atTen.Sequence + 1 }));
        panel.WaitForElement("#look-ahead-heading");
        panel.Render(p => p.Add(x => x.Snapshot, atTen with { Sequence = atTen.Sequence + 2 })); // the same instant: already looked at

        Assert.Single(centre.Requests);
    }

    /// <summary>A look-ahead at 10:00 with one interval, every KPI at 0.5, and <paramref name="effect"/> for every KPI of each action asked for.</summary>
    private static LookAheadResult Result(LookAheadRequest request, KpiForecast effect)
    {
        var flat = LookAheadResult.Kpis.ToDictionary(k => KpiCatalogue.Of(k).Name, _ => new KpiForecast(0.5, 0.45, 0.55, 0.3, 0.7, request.Replications));
        var effects = LookAheadResult.Kpis.ToDictionary(k => KpiCatalogue.Of(k).Name, _ => effect);
        return new LookAheadResult(1, TimeSpan.FromHours(10), TimeSpan.FromHours(20), request.Replications, request.Seed, request.Residuals,
            [new IntervalForecast(4, TimeSpan.FromHours(10), flat)], flat, flat,
            [.. request.Actions.Select(a => new ActionEffect(a.Describe(), effects, effects))]);
    }

    /// <summary>The example's centre as it stands at 10:00, from a real one run there.</summary>
    private async Task<LiveSnapshot> SnapshotAsync(Scenario scenario)
    {
        var centre = workspace.Client.GetGrain<ICentreGrain>(Guid.NewGuid().ToString("N"));
        double tenOClock = LiveSettings.InstantOf(scenario.Horizon, TimeSpan.FromHours(10))!.Value;
        await centre.StartAsync(new LiveSettings(scenario, 0, double.PositiveInfinity, AutoTick: false, StopAt: tenOClock));
        return await centre.RunToEndAsync();
    }

    public void Dispose() => _bunit.Dispose();

    /// <summary>A centre that answers look-aheads with <paramref name="lookAhead"/> and records the agents added; nothing else is called.</summary>
    private sealed class FakeCentre(Func<LookAheadRequest, LookAheadResult> lookAhead) : ICentreGrain
    {
        public List<LookAheadRequest> Requests { get; } = [];

        public List<(string Group, int Count)> Added { get; } = [];

        public Task<LookAheadResult> LookAheadAsync(LookAheadRequest request)
        {
            Requests.Add(request);
            return Task.FromResult(lookAhead(request));
        }

        public Task<LiveSnapshot> AddAgentsAsync(string group, int count)
        {
            Added.Add((group, count));
            return Task.FromResult<LiveSnapshot>(null!);
        }

        public Task<LiveSnapshot> StartAsync(LiveSettings settings) => throw new NotSupportedException();
        public Task<LiveSnapshot> TickAsync() => throw new NotSupportedException();
        public Task CatchUpAsync() => throw new NotSupportedException();
        public Task<LiveSnapshot> RunToEndAsync() => throw new NotSupportedException();
        public Task<LiveSnapshot> SnapshotAsync() => throw new NotSupportedException();
        public Task<FeedReceipt> FeedAsync(long firstLine, IReadOnlyList<string> lines, bool last) => throw new NotSupportedException();
        public Task SubscribeAsync(ILiveObserver observer) => throw new NotSupportedException();
        public Task UnsubscribeAsync(ILiveObserver observer) => throw new NotSupportedException();
        public Task<LiveSnapshot> SurgeAsync(string contactType, double factor) => throw new NotSupportedException();
        public Task<LiveSnapshot> SetBotAsync(string contactType, bool enabled) => throw new NotSupportedException();
        public Task<LiveSnapshot> PauseAsync() => throw new NotSupportedException();
        public Task<LiveSnapshot> ResumeAsync() => throw new NotSupportedException();
        public Task<LiveSnapshot> SetSpeedAsync(double speed) => throw new NotSupportedException();
        public Task<string> ResultAsync() => throw new NotSupportedException();
        public Task<LivePace> PaceAsync() => throw new NotSupportedException();
        public Task ResetPaceAsync() => throw new NotSupportedException();
        public Task<LiveSnapshot> AdvanceToAsync(double simulatedSeconds) => throw new NotSupportedException();
    }
}
