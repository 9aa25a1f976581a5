using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Simulator.Grains.Hosting;
using Simulator.Web;

// How fast the web workspace answers, measured in the system's Chromium (docs/performance.md, "Web workspace"):
//   dotnet run -c Release --project tools/Simulator.WebBench -- [--agents 1000] [--speed 60] [--seconds 60] [--loads 5]
// 1. Page loads: each page opened --loads times after one warm-up, from navigation to the page answering clicks
//    (Blazor's circuit up), and to the first paint of its content (DOMContentLoaded).
// 2. The live page: a round-the-clock centre of --agents agents at 90 % load (the live benchmark's centre) played at
//    --speed for --seconds of wall time, the page sampled every wall second: how far the clock it shows stands behind
//    where the speed puts it, and how many updates reached it each second.

var culture = CultureInfo.InvariantCulture;
double Option(string name, double fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], culture) : fallback;
}
int agents = (int)Option("--agents", 1000);
double speed = Option("--speed", 60);
int seconds = (int)Option("--seconds", 60);
int loads = (int)Option("--loads", 5);
const string Chromium = "/usr/bin/chromium";
if (!File.Exists(Chromium))
{
    Console.Error.WriteLine($"This harness drives the system's Chromium at {Chromium}: apt-get install chromium.");
    return 1;
}

string folder = Directory.CreateTempSubdirectory("ccsim-webbench-").FullName;
try
{
    double perHourEach = 0.9 * agents * 3_600 / 300 / 3;
    string types = string.Join("\n", new[] { "general", "billing", "sales" }.Select(id => $$"""
          - id: {{id}}
            arrivals: { rate: {{perHourEach.ToString("R", culture)}}/h }
            handleTime: { distribution: exponential, mean: 300s }
            patience: { distribution: exponential, mean: 300s }
        """));
    File.WriteAllText(Path.Combine(folder, "centre.yaml"), $$"""
        name: Live centre of {{agents}} agents
        replications: 4
        horizon: { start: "00:00", end: "24:00", interval: 30m }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
        {{types}}
        agentGroups:
          - { id: agents, agents: {{agents}}, costPerHour: 30, skills: [general, billing, sales] }
        """);

    await using var orleans = await EmbeddedSilo.StartAsync();
    await using var app = Workspace.Build(new WorkspaceOptions(["http://127.0.0.1:0"], folder, Token: null), orleans.Client);
    await app.StartAsync();
    string root = app.Urls.First().TrimEnd('/') + "/";
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"], Headless = true });

    Console.WriteLine($"Page loads ({loads} after a warm-up; ms to content loaded / to answering clicks):");
    string[] pages = ["", "edit?file=centre.yaml", "run?file=centre.yaml", "compare?file=centre.yaml", "staff?file=centre.yaml",
        "schedule?file=centre.yaml", "forecast", "live?file=centre.yaml"];
    foreach (string page in pages)
    {
        var content = new List<double>();
        var interactive = new List<double>();
        for (int i = 0; i <= loads; i++)
        {
            await using var context = await browser.NewContextAsync();
            var tab = await context.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await tab.GotoAsync(root + page, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            double loaded = clock.Elapsed.TotalMilliseconds;
            await tab.Locator("#circuit-up").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            if (i == 0) continue; // the warm-up: first compilation of the page's code
            content.Add(loaded);
            interactive.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  /{page,-26} content {content.Average():F0} (max {content.Max():F0})   interactive {interactive.Average():F0} " +
                          $"(max {interactive.Max():F0})");
    }

    Console.WriteLine($"Live page: {agents} agents at {speed.ToString(culture)}× for {seconds} s of wall time, sampled every second:");
    await using var liveContext = await browser.NewContextAsync();
    var live = await liveContext.NewPageAsync();
    await live.GotoAsync(root + "live?file=centre.yaml");
    await live.Locator("#circuit-up").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    // The options are labelled as the page shows speeds ("60×"), their values being the labels.
    await live.SelectOptionAsync("#speed", new SelectOptionValue { Label = speed.ToString("0.#", culture) + "×" });
    await live.ClickAsync("#start");
    await live.Locator("#clock").WaitForAsync();
    await Task.Delay(TimeSpan.FromSeconds(3)); // warm-up, as the live benchmark: compilation, first activations, queues filling

    async Task<(double Time, long Sequence)> ReadAsync()
    {
        var values = await live.EvalOnSelectorAsync<string[]>("#clock", "e => [e.dataset.time, e.dataset.sequence]");
        return (double.Parse(values[0], culture), long.Parse(values[1], culture));
    }
    var (startTime, startSequence) = await ReadAsync();
    var wall = Stopwatch.StartNew();
    double worstBehind = 0;
    var updates = new List<long>();
    long lastSequence = startSequence;
    for (int second = 1; second <= seconds; second++)
    {
        var next = TimeSpan.FromSeconds(second) - wall.Elapsed;
        if (next > TimeSpan.Zero) await Task.Delay(next);
        var (time, sequence) = await ReadAsync();
        double expected = startTime + wall.Elapsed.TotalSeconds * speed;
        worstBehind = Math.Max(worstBehind, expected - time);
        updates.Add(sequence - lastSequence);
        lastSequence = sequence;
    }
    var (endTime, _) = await ReadAsync();
    double pace = (endTime - startTime) / (wall.Elapsed.TotalSeconds * speed);
    Console.WriteLine($"  simulated {endTime - startTime:F0} s in {wall.Elapsed.TotalSeconds:F1} s of wall time: " +
                      $"pace {pace:F3} of {speed.ToString(culture)}×");
    Console.WriteLine($"  the page's clock at most {worstBehind:F1} simulated s ({worstBehind / speed:F2} wall s) behind the speed's target");
    Console.WriteLine($"  updates per wall second: min {updates.Min()}, mean {updates.Average():F2}, max {updates.Max()}; " +
                      $"seconds without one: {updates.Count(u => u == 0)}");
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}
