using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text;
using Simulator.Cli.Live;
using Simulator.Core;
using Simulator.Core.Intraday;
using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Core.Units;
using Simulator.Grains.Live;
using Simulator.Reports;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim live FILE</c>: the grain-based centre in scaled real time, with a terminal dashboard and keys to steer it.</summary>
internal static class LiveCommand
{
    private const int AgentsPerKey = 5;
    private const double SurgeFactor = 1.5;

    public static Command Build(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.ScenarioFile();
        var speed = new Option<string>("--speed")
        {
            Description = "Simulated time per wall time: 60 runs an hour a minute; 'max' as fast as the machine allows.",
            HelpName = "60|max",
            DefaultValueFactory = _ => "60",
        };
        var replication = new Option<string?>("--replication")
        {
            Description = "Which replication's random streams the day uses (default 0: the first " +
            "replication of `run`).", HelpName = "N"
        };
        var simulation = new SimulationOptions(
            replications: null,
            seed: "Random seed, a whole number ≥ 0 (overrides the scenario's).",
            days: "Days the centre runs (overrides horizon.days).",
            cluster: "Run the centre on this existing cluster instead of an embedded single-node silo.");
        var noDashboard = new Option<bool>("--no-dashboard")
        {
            Description = "Run without the terminal dashboard and print the day's KPIs at the end (for " +
            "scripts)."
        };
        var follow = new LiveFollowOptions();
        var outputPath = CommonOptions.Output();
        var format = CommonOptions.Format(outputPath, "table", "json");
        var lookAheadEvery = new Option<string?>("--look-ahead-every")
        {
            Description = "Look ahead from the centre's state at every multiple of this simulated period while it is open (e.g. 15m), writing one " +
                "look-ahead per period (JSON lines with --format json) instead of the day's KPIs.",
            HelpName = "DURATION",
        };
        var lookAheadReplications = new Option<string?>("--look-ahead-replications")
        {
            Description = $"Replications of each look-ahead (default {LookAheadRequest.DefaultReplications}).", HelpName = "N",
        };
        var lookAheadHorizon = new Option<string?>("--look-ahead-horizon")
        {
            Description = "How far each look-ahead (and the dashboard's) reaches (default: to the day's close; never past it).", HelpName = "DURATION",
        };

        var lookAheadAdd = new Option<string[]>("--look-ahead-add")
        {
            Description = "An action each look-ahead tests against doing nothing, on the same customers: GROUP=N adds N agents of the group from " +
                "now (GROUP=-N removes them), GROUP=N@HH:MM from that time; repeat for more actions.",
            HelpName = "GROUP=N[@HH:MM]",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("live", "Run one replication of a scenario as a live centre of agent, queue and customer grains in scaled real time, with " +
            "a dashboard and keys to add agents, surge arrivals, switch bots, pause and change speed.")
        {
            file, speed, replication, noDashboard, format, outputPath, lookAheadEvery, lookAheadReplications, lookAheadHorizon, lookAheadAdd,
        };
        simulation.AddTo(command);
        follow.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = simulation.Read(parse);
            var scenario = settings.ApplyTo(ScenarioLoader.Load(parse.GetValue(file)!));
            var replay = follow.ReadReplay(parse, scenario);
            if (replay is not null)
            {
                scenario = ReplayLog.ScenarioFor(scenario);
                error.WriteLine($"Replaying {replay.Date:yyyy-MM-dd} from {parse.GetValue(follow.Replay)}: {replay.Contacts.Length:N0} contacts.");
                foreach (string note in replay.Notes) error.WriteLine(note);
            }
            double stopAt = follow.ReadStop(parse, scenario);
            using var feedInput = follow.OpenFeed(parse, Console.In);
            if (feedInput is not null && scenario.Horizon.Days != 1) scenario = OptionValues.Given("--feed", () => scenario.WithDays(1)); // one real day
            double asked = Speed(parse.GetValue(speed)!);
            double pace = LiveSettings.Paced(asked);
            if (pace != asked)
            {
                error.WriteLine($"--speed {Formats.Number(asked, "#,0.#")}: faster than the live pacer can follow ({Formats.Number(LiveSettings.MaxPacedSpeed,
                    "#,0")}×); the day runs as fast as possible.");
            }
            int index = parse.GetValue(replication) is string r ? (int)OptionValues.Whole("--replication", r, 0, Scenario.MaxReplications - 1) : 0;
            TimeSpan? every = parse.GetValue(lookAheadEvery) is string e ? OptionValues.Duration("--look-ahead-every", e, positive: true) : null;
            var lookAhead = new LookAheadRequest
            {
                Replications = parse.GetValue(lookAheadReplications) is string n
                    ? (int)OptionValues.Whole("--look-ahead-replications", n, 1, LookAheadRequest.MaxReplications)
                    : LookAheadRequest.DefaultReplications,
                Horizon = parse.GetValue(lookAheadHorizon) is string h ? OptionValues.Duration("--look-ahead-horizon", h, positive: true) : null,
                Actions = [.. (parse.GetValue(lookAheadAdd) ?? []).Select(a => AddAgents(a, scenario))],
            };
            bool dashboard = every is null && !parse.GetValue(noDashboard) && !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
            await using var orleans = await settings.ConnectAsync(cancellationToken);
            var centre = orleans.Client.GetGrain<ICentreGrain>(Guid.NewGuid().ToString("N"));
            var latest = await centre.StartAsync(new LiveSettings(scenario, index, pace, AutoTick: feedInput is null && !double.IsPositiveInfinity(pace),
                Replay: replay, StopAt: stopAt, Feed: feedInput is not null));

            var finished = new TaskCompletionSource<LiveSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
            var levels = new List<double>();
            LiveSnapshot current = latest;
            var feed = new SnapshotFeed(snapshot =>
            {
                if (snapshot.Reason == SnapshotReason.Interval) lock (levels) levels.Add(snapshot.Centre.Today.ServiceLevel ?? double.NaN);
                Volatile.Write(ref current, snapshot);
                if (snapshot.Centre.Finished || (snapshot.Playback.Paused && snapshot.Centre.Time >= stopAt)) finished.TrySetResult(snapshot);
            });
            var observer = orleans.Client.CreateObjectReference<ILiveObserver>(feed);
            await centre.SubscribeAsync(observer);
            var subscribed = await centre.SnapshotAsync();
            feed.StartAfter(subscribed.Sequence);
            if (subscribed.Centre.Finished) finished.TrySetResult(subscribed); // a fast day can end before the subscription: its final snapshot went to no one

            if (every is TimeSpan period)
            {
                string chosen = parse.GetValue(format)!;
                string? path = parse.GetValue(outputPath);
                var kept = new StringBuilder();
                var lines = path is null ? output : new StringWriter(kept);
                await LiveLookAheads.RunAsync(centre, scenario, lookAhead, period, double.IsPositiveInfinity(pace), () => Volatile.Read(ref current),
                    finished.Task, look =>
                    {
                        if (chosen == "json") lines.WriteLine(LookAheadCodec.ToJson(look));
                        else LookAheadReport.WriteTable(lines, look);
                        lines.Flush();
                    }, error, cancellationToken, stopAt);
                await centre.UnsubscribeAsync(observer);
                if (path is not null) CommonOptions.Emit(chosen, path, output, new Dictionary<string, Action<TextWriter>> { [chosen] = w => w.Write(kept) });
                return CcsimApp.Success;
            }
            var following = feedInput is null ? Task.FromResult(0L) : LiveFeed.RunAsync(centre, feedInput,
                problem => error.WriteLine($"feed line {problem.Line}: {problem.Message} The line was skipped."), cancellationToken);
            if (dashboard) await DashboardAsync(centre, scenario, lookAhead, finished.Task, () => Volatile.Read(ref current), levels, cancellationToken);
            else if (feedInput is not null) await following;
            else if (double.IsPositiveInfinity(pace)) await centre.RunToEndAsync();
            else await finished.Task.WaitAsync(cancellationToken);

            var end = await centre.SnapshotAsync();
            if (!end.Centre.Finished && feedInput is null) end = await centre.PauseAsync(); // quit mid-day: the clock, and the pay, stop here
            await centre.UnsubscribeAsync(observer);
            var result = ReplicationResultCodec.FromJson(await centre.ResultAsync())!;
            var experiment = new ExperimentResult(scenario with { Replications = 1 }, [result]);
            var stopped = end.Centre.Finished ? null : end.Centre;
            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), dashboard ? TextWriter.Null : output, new Dictionary<string,
                Action<TextWriter>>
            {
                ["table"] = w => WriteTable(w, experiment, stopped, end.Reforecast),
                ["json"] = w => WriteJson(w, experiment, stopped, end.Reforecast),
            });
            if (dashboard && parse.GetValue(outputPath) is null) WriteTable(output, experiment, stopped, end.Reforecast);
            return CcsimApp.Success;
        });
        return command;
    }

    /// <summary>The day's KPIs as <c>run</c> prints them, led by a line saying when a day quit early stopped.</summary>
    private static void WriteTable(TextWriter output, ExperimentResult experiment, CentreStatus? stopped, LiveReforecast? reforecast)
    {
        if (stopped is not null) output.WriteLine(PartialDay(experiment.Scenario, stopped));
        if (stopped is not null && reforecast is not null) output.WriteLine(LiveReforecastJson.Describe(reforecast));
        RunReport.WriteTable(output, experiment);
    }

    /// <summary><c>run</c>'s JSON, with <c>stoppedAt</c> (day and time) when the day was quit before its end.</summary>
    private static void WriteJson(TextWriter output, ExperimentResult experiment, CentreStatus? stopped, LiveReforecast? reforecast)
    {
        if (stopped is null)
        {
            RunReport.WriteJson(output, experiment);
            return;
        }
        var document = JsonSerializer.SerializeToNode(RunReport.ToDocument(experiment), ReportWriter.JsonOptions)!.AsObject();
        document["stoppedAt"] = new JsonObject { ["day"] = stopped.Day, ["time"] = UnitParser.FormatClock(stopped.TimeOfDay) };
        if (reforecast is not null) document["reforecast"] = LiveReforecastJson.ToJson(reforecast);
        ReportWriter.WriteJson(output, document);
    }

    /// <summary>Says that a day quit early is partial, when it stopped, and that its KPIs and costs run to then.</summary>
    internal static string PartialDay(Scenario scenario, CentreStatus stopped)
    {
        var horizon = scenario.Horizon;
        return $"Partial day: stopped at {UnitParser.FormatClock(stopped.TimeOfDay)} on day {stopped.Day} of {horizon.Days} " +
               $"(open {UnitParser.FormatClock(horizon.Start)}–{UnitParser.FormatClock(horizon.End)}); KPIs and costs are those until then.";
    }

    private static double Speed(string text) =>
        text.Equals("max", StringComparison.OrdinalIgnoreCase)
            ? double.PositiveInfinity
            : OptionValues.Number("--speed", text, 0, double.PositiveInfinity, minInclusive: false, maxInclusive: false,
                "simulated seconds per wall second, a number greater than 0 such as 60, or 'max'");

    /// <summary>Draws the dashboard until the day ends or 'q' is pressed, and turns keys into controls.</summary>
    private static async Task DashboardAsync(ICentreGrain centre, Scenario scenario, LookAheadRequest lookAhead, Task<LiveSnapshot> finished,
        Func<LiveSnapshot> current, List<double> levels, CancellationToken cancellationToken)
    {
        int group = 0, type = 0;
        LookAheadResult? looked = null;
        var surged = new HashSet<string>();
        string? message = null;
        await AnsiConsole.Live(new Text("starting…")).StartAsync(async context =>
        {
            while (!finished.IsCompleted && !cancellationToken.IsCancellationRequested)
            {
                while (!Console.IsInputRedirected && Console.KeyAvailable) // a feed on standard input leaves no keys to read
                {
                    var key = Console.ReadKey(intercept: true).KeyChar;
                    string g = scenario.AgentGroups[group].Id, t = scenario.ContactTypes[type].Id;
                    try
                    {
                        switch (key)
                        {
                            case '+': await centre.AddAgentsAsync(g, AgentsPerKey); message = $"+{AgentsPerKey} agents in {g}"; break;
                            case '-': await centre.AddAgentsAsync(g, -AgentsPerKey); message = $"-{AgentsPerKey} agents in {g}"; break;
                            case 'g': group = (group + 1) % scenario.AgentGroups.Count; break;
                            case 't': type = (type + 1) % scenario.ContactTypes.Count; break;
                            case 's':
                                bool on = surged.Add(t) || !surged.Remove(t);
                                await centre.SurgeAsync(t, on ? SurgeFactor : 1);
                                message = on ? $"surge ×{SurgeFactor} on {t}" : $"surge on {t} ended";
                                break;
                            case 'b':
                                bool botOn = current().Centre.Queues.Single(q => q.ContactType == t).BotOn;
                                await centre.SetBotAsync(t, !botOn);
                                message = $"bot on {t} {(botOn ? "off" : "on")}";
                                break;
                            case 'l':
                                message = "looking ahead…";
                                looked = await centre.LookAheadAsync(lookAhead);
                                message = null;
                                break;
                            case 'a':
                                looked = await centre.LookAheadAsync(lookAhead with { Actions = [CentreAction.AddAgents(g, AgentsPerKey)] });
                                message = string.Join(" ", LookAheadReport.Effects(looked)) + " · press + to take it";
                                break;
                            case 'p': _ = current().Playback.Paused ? await centre.ResumeAsync() : await centre.PauseAsync(); break;
                            case '1': await centre.SetSpeedAsync(1); break;
                            case '6': await centre.SetSpeedAsync(60); break;
                            case '0': await centre.SetSpeedAsync(600); break;
                            case 'm': await centre.SetSpeedAsync(double.PositiveInfinity); _ = centre.RunToEndAsync(); break;
                            case 'q': return;
                        }
                    }
                    catch (ArgumentException e)
                    {
                        message = e.Message;
                    }
                }
                List<double> shown;
                lock (levels) shown = [.. levels];
                context.UpdateTarget(LiveDashboard.Render(scenario.Name, current(), shown, scenario.AgentGroups[group].Id, scenario.ContactTypes[type].Id,
                    message, looked));
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        });
    }
    /// <summary>GROUP=N[@HH:MM]: N agents of a group more (or fewer) from now or from a time of day, checked against the scenario.</summary>
    private static CentreAction AddAgents(string text, Scenario scenario)
    {
        const string Option = "--look-ahead-add";
        int equals = text.IndexOf('=');
        string group = equals > 0 ? text[..equals].Trim() : "";
        string rest = equals > 0 ? text[(equals + 1)..] : "";
        int at = rest.IndexOf('@');
        string count = at >= 0 ? rest[..at] : rest;
        if (group.Length == 0 || !int.TryParse(count.Trim(), System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out int agents) || agents == 0)
        {
            throw new InputException($"{Option}: expected GROUP=N or GROUP=N@HH:MM with N a whole number of agents other than 0 (e.g. generalists=5), " +
                $"but found \"{text}\".");
        }
        if (scenario.AgentGroups.All(g => g.Id != group))
        {
            throw new InputException($"{Option}: no agent group '{group}' in the scenario; its groups are " +
                $"{string.Join(", ", scenario.AgentGroups.Select(g => g.Id))}.");
        }
        TimeSpan? from = null;
        if (at >= 0)
        {
            if (!UnitParser.TryParseClock(rest[(at + 1)..].Trim(), out var clock, out string error)) throw new InputException($"{Option}: {error}.");
            from = clock;
        }
        return CentreAction.AddAgents(group, agents, from);
    }
}
