using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using Simulator.Core.Scenarios;

namespace Simulator.Cli.Tests;

/// <summary>
/// The shape of what ccsim writes for other programs, pinned apart from its numbers: every JSON key path
/// (array elements merged, <c>[]</c>), every CSV column in order, and the names that key CSV rows. Numbers may
/// change on purpose and be regenerated in tests/golden/*.json; a key renamed, added or removed must not ride
/// along unseen. It fails here until tests/golden/contract/ is regenerated (CCSIM_UPDATE_GOLDENS=1) in a commit
/// that says why the contract changed.
/// </summary>
public class OutputContractTests
{
    /// <summary>Inputs chosen so every list in the output has members: training programmes, variants, missed intervals.</summary>
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "run-json", "run bank-training.yaml --days 3 --replications 2 --format json", "" },
        { "run-variants-json", "run bank-training.yaml --variant all --days 3 --replications 2 --format json", "" },
        { "compare-json", "compare bank-training.yaml --replications 2 --format json", "" },
        { "optimize-json", "optimize small-staffing-plan.yaml --replications 2 --format json", "" },
        { "staff-json", "staff retail-bank-weekday.yaml --format json", "" },
        {
            "live-look-ahead-jsonl",
            "live retail-bank-weekday.yaml --speed max --no-dashboard --format json --look-ahead-every 6h --look-ahead-replications 2", ""
        },
        { "run-csv", "run bank-training.yaml --days 3 --replications 2 --format csv", "scope,id" },
        { "run-variants-csv", "run bank-training.yaml --variant all --days 3 --replications 2 --format csv", "scope,id" },
        { "compare-csv", "compare bank-training.yaml --replications 2 --format csv", "kpi" },
        { "optimize-csv", "optimize small-staffing-plan.yaml --replications 2 --format csv", "" },
        { "staff-csv", "staff retail-bank-weekday.yaml --format csv", "" },
    };

    /// <param name="rowKeys">CSV columns whose values name a row (a KPI, a cost component) rather than carry data: pinned too.</param>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_keeps_its_keys_and_columns(string name, string command, string rowKeys)
    {
        string[] args = [.. command.Split(' ').Select(a => a.EndsWith(".yaml", StringComparison.Ordinal) ? RepositoryPaths.Scenario(a) : a)];
        var ids = Ids(args.First(a => a.EndsWith(".yaml", StringComparison.Ordinal)));

        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == 0, result.Error);
        var shape = name.EndsWith("-json", StringComparison.Ordinal) ? JsonShape(result.Output, ids)
            : name.EndsWith("-jsonl", StringComparison.Ordinal)
                ? [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(line => JsonShape(line, ids)).Distinct()]
                : CsvShape(result.Output, ids, rowKeys);
        string actual = string.Join("\n", shape) + "\n";
        string golden = Path.Combine(RepositoryPaths.Root(), "tests", "golden", "contract", name + ".txt");
        if (Environment.GetEnvironmentVariable("CCSIM_UPDATE_GOLDENS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }
        Assert.True(File.Exists(golden), $"{golden} is missing: run with CCSIM_UPDATE_GOLDENS=1 to write it.");
        var expected = File.ReadAllText(golden).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var missing = expected.Except(shape).ToList();
        var added = shape.Except(expected).ToList();
        Assert.True(missing.Count == 0 && added.Count == 0,
            $"{name}: the output's keys differ from tests/golden/contract/{name}.txt; " +
            $"gone: [{string.Join(", ", missing)}], new: [{string.Join(", ", added)}].");
        Assert.True(expected.SequenceEqual(shape), $"{name}: the same keys as tests/golden/contract/{name}.txt, in another order.");
    }

    /// <summary>Keys that are the scenario's own ids (a plan per agent group, a service level per contact type) stand for any id.</summary>
    private sealed record ScenarioIds(HashSet<string> ContactTypes, HashSet<string> AgentGroups)
    {
        public string Generic(string key) =>
            ContactTypes.Contains(key) ? "{contactType}" : AgentGroups.Contains(key) ? "{agentGroup}" : key;
    }

    private static ScenarioIds Ids(string path)
    {
        var file = ScenarioLoader.LoadWithVariants(path);
        var scenarios = file.Variants.Select(v => v.Scenario).Prepend(file.Base).ToList();
        return new ScenarioIds(
            [.. scenarios.SelectMany(s => s.ContactTypes).Select(t => t.Id)],
            [.. scenarios.SelectMany(s => s.AgentGroups).Select(g => g.Id)]);
    }

    /// <summary>Every key path, in the order first met: <c>$.intervals[].kpis.serviceLevel.mean</c>.</summary>
    private static List<string> JsonShape(string json, ScenarioIds ids)
    {
        var paths = new List<string>();
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement, "$");
        return [.. paths.Distinct()];

        void Walk(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        // Which KPIs have a best option depends on the numbers; their names are pinned under kpis.
                        string key = path == "$.best" ? "{kpi}" : ids.Generic(property.Name);
                        paths.Add(path + "." + key);
                        Walk(property.Value, path + "." + key);
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Walk(item, path + "[]");
                    break;
            }
        }
    }

    /// <summary>The header's columns in order, then the distinct names that key the rows (after the byte-order mark every CSV starts with).</summary>
    private static List<string> CsvShape(string csv, ScenarioIds ids, string rowKeys)
    {
        Assert.StartsWith("\uFEFF", csv);
        using var parser = new TextFieldParser(new StringReader(csv[1..])) { Delimiters = [","], HasFieldsEnclosedInQuotes = true };
        var header = parser.ReadFields()!;
        var shape = header.Select(column => "column " + string.Join(".", column.Split('.').Select(ids.Generic))).ToList();
        var keyColumns = rowKeys.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => Array.IndexOf(header, c)).ToArray();
        Assert.DoesNotContain(-1, keyColumns);
        while (keyColumns.Length > 0 && parser.ReadFields() is { } row)
        {
            shape.Add("row " + string.Join(",", keyColumns.Select(c => ids.Generic(row[c]))));
        }
        return [.. shape.Distinct()];
    }
}
