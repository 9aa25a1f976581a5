namespace Simulator.Cli.Tests;

/// <summary>
/// The numbers ccsim prints for the example scenarios, pinned byte for byte: a refactoring that moves
/// one digit of one KPI fails here. A change that moves numbers on purpose regenerates the files
/// (set CCSIM_UPDATE_GOLDENS=1 and run these tests) in a commit that says why.
/// </summary>
public class GoldenOutputTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "run-retail-bank-weekday", "run retail-bank-weekday.yaml --variant all --format json" },
        { "run-small-staffing-plan", "run small-staffing-plan.yaml --format json" },
        { "run-reference-model", "run reference-model.yaml --format json" },
        { "run-bank-multiskill", "run bank-multiskill.yaml --variant all --format json" },
        { "run-bank-chatbot", "run bank-chatbot.yaml --variant all --format json" },
        { "run-bank-training", "run bank-training.yaml --variant all --format json" },
        { "run-bank-hiring-wave", "run bank-hiring-wave.yaml --variant all --format json" },
        { "compare-multiskill-chatbot", "compare bank-multiskill.yaml bank-chatbot.yaml --format json" },
        { "compare-bank-variants", "compare retail-bank-weekday.yaml --format json" },
        { "optimize-retail-bank-weekday", "optimize retail-bank-weekday.yaml --format json" },
        { "optimize-small-staffing-plan", "optimize small-staffing-plan.yaml --format json" },
        { "staff-retail-bank-weekday", "staff retail-bank-weekday.yaml --format json" },
        { "staff-bank-multiskill", "staff bank-multiskill.yaml --format json" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Example_outputs_stay_byte_for_byte_the_same(string name, string command)
    {
        string[] args = [.. command.Split(' ').Select(a => a.EndsWith(".yaml", StringComparison.Ordinal) ? RepositoryPaths.Scenario(a) : a)];
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 0, result.Error);
        // Paths to the scenarios differ between clones: the goldens hold them relative to the repository.
        string output = result.Output.Replace(RepositoryPaths.Root() + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

        // Multi-week outputs run to megabytes: those are pinned by their SHA-256 instead of their text.
        bool large = output.Length > LargeOutput;
        string golden = Path.Combine(RepositoryPaths.Root(), "tests", "golden", name + (large ? ".sha256" : ".json"));
        string actual = large ? Hash(output) + "\n" : output;
        if (Environment.GetEnvironmentVariable("CCSIM_UPDATE_GOLDENS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }
        Assert.True(File.Exists(golden), $"{golden} is missing: run with CCSIM_UPDATE_GOLDENS=1 to write it.");
        string expected = File.ReadAllText(golden);
        if (expected == actual) return;
        if (large)
        {
            string saved = Path.Combine(Path.GetTempPath(), $"ccsim-golden-{name}.json");
            File.WriteAllText(saved, output);
            Assert.Fail($"{name}: output's SHA-256 differs from tests/golden/{name}.sha256; the output is in {saved}.");
        }
        int at = Enumerable.Range(0, Math.Min(expected.Length, output.Length))
            .FirstOrDefault(i => expected[i] != output[i], Math.Min(expected.Length, output.Length));
        int line = expected.Take(at).Count(c => c == '\n') + 1;
        Assert.Fail($"{name}: output differs from tests/golden/{name}.json from line {line}: expected «{Excerpt(expected, at)}», got «{Excerpt(output, at)}».");
    }

    private const int LargeOutput = 400_000;

    private static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40));
}
