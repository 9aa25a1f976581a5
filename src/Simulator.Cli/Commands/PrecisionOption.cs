using System.CommandLine;
using Simulator.Core;
using Simulator.Core.Simulation;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>--precision KPI=HALF-WIDTH[,…]</c> (repeatable): run replications until each named KPI's 95 % half-width is at most its target,
/// with <c>--replications</c> the maximum. KPI names are the catalogue's, as the JSON output spells them.
/// </summary>
internal sealed class PrecisionOption
{
    private readonly Option<string[]> _option;

    public PrecisionOption(string description)
    {
        _option = new Option<string[]>("--precision")
        {
            Description = description,
            HelpName = "KPI=HALF-WIDTH",
            AllowMultipleArgumentsPerToken = false,
        };
    }

    public Option<string[]> Option => _option;

    /// <summary>The targets asked for, each checked; empty when the option was not given.</summary>
    public IReadOnlyList<(Kpi Kpi, double HalfWidth)> Read(ParseResult parse)
    {
        var targets = new List<(Kpi, double)>();
        foreach (string given in parse.GetValue(_option) ?? [])
        {
            foreach (string part in given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int equals = part.IndexOf('=', StringComparison.Ordinal);
                string name = equals < 0 ? part : part[..equals].Trim();
                var kpi = KpiCatalogue.All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
                if (kpi is null || equals < 0)
                {
                    throw new InputException(
                        "--precision: expected KPI=HALF-WIDTH (e.g. serviceLevel=0.005), KPI one of " +
                        $"{string.Join(", ", KpiCatalogue.All.Select(k => k.Name))}, but found \"{part}\".");
                }
                double halfWidth = OptionValues.Number("--precision", part[(equals + 1)..].Trim(), 0, double.MaxValue, false, true,
                    $"a half-width greater than zero after {kpi.Name}= (in the KPI's own unit: a share as 0.005, seconds as 2)");
                if (targets.Any(t => t.Item1 == kpi.Kpi)) throw new InputException($"--precision: {kpi.Name} is given twice.");
                targets.Add((kpi.Kpi, halfWidth));
            }
        }
        return targets;
    }
}
