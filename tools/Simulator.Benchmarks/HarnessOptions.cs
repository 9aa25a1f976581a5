using System.Globalization;

namespace Simulator.Benchmarks;

/// <summary>"--name value" options of the timing harnesses.</summary>
internal static class HarnessOptions
{
    public static double Number(string[] args, string name, double fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static int Whole(string[] args, string name, int fallback) => (int)Number(args, name, fallback);
}
