using ScottPlot;

namespace Simulator.Reports.Charts;

/// <summary>
/// What every deck chart shares: 1920×1080 for 16:9 slides, fonts readable across a room, a title that
/// fits the slide (wrapped, then shrunk), a legend only where there is something to name, and value
/// axes that stay within what a KPI can take.
/// </summary>
internal static class DeckStyle
{
    public const int Width = 1920;
    public const int Height = 1080;

    public const float TitleSize = 40;
    public const float LabelSize = 30;
    public const float TickSize = 24;
    public const float LegendSize = 26;

    /// <summary>The smallest title size still read across a room; below it a title takes another line instead.</summary>
    private const float SmallestTitleSize = 28;

    /// <summary>Lines a title may take before it is shrunk: two keep the data area large.</summary>
    private const int TitleLines = 2;

    /// <summary>Space kept free on each side of the title.</summary>
    private const float TitleMargin = 60;

    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        return plot;
    }

    public static void Decorate(Plot plot, string title, string xLabel, string yLabel)
    {
        Title(plot, title);
        plot.XLabel(xLabel, LabelSize);
        plot.YLabel(yLabel, LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Legend.FontSize = LegendSize;
        // ScottPlot 5.1.59 renders the whole figure blank when a legend is shown with no items in it.
        if (HasLegendItems(plot)) plot.ShowLegend(Edge.Bottom); // outside the data area: it never hides a line
        else plot.HideLegend();
    }

    private static bool HasLegendItems(Plot plot) =>
        plot.Legend.ManualItems.Count > 0 || plot.GetPlottables().Any(p => p.IsVisible && p.LegendItems.Any(i => !string.IsNullOrEmpty(i.LabelText)));

    /// <summary>The title at full size on one line, else wrapped onto two balanced lines, else shrunk, else on as many lines as it needs.</summary>
    public static void Title(Plot plot, string title)
    {
        var (text, size) = FitTitle(plot.Axes.Title.Label, title);
        plot.Title(text, size);
    }

    /// <summary>The widest line of <paramref name="text"/> in pixels when set in <paramref name="style"/> at <paramref name="size"/>.</summary>
    public static float TextWidth(LabelStyle style, string text, float size)
    {
        var probe = new LabelStyle { Text = text, FontSize = size, FontName = style.FontName, Bold = style.Bold, Italic = style.Italic };
        using var paint = Paint.NewDisposablePaint();
        return probe.Measure(paint).Width;
    }

    private static (string Text, float Size) FitTitle(LabelStyle style, string title)
    {
        const float available = Width - 2 * TitleMargin;
        for (float size = TitleSize; size >= SmallestTitleSize; size -= 4)
        {
            var lines = Balanced(style, title, size, available, TitleLines);
            if (lines is not null) return (string.Join('\n', lines), size);
        }
        return (string.Join('\n', Greedy(style, title, SmallestTitleSize, available)), SmallestTitleSize);
    }

    /// <summary>The title on at most <paramref name="maxLines"/> lines of about equal width, each fitting; null if it cannot.</summary>
    private static List<string>? Balanced(LabelStyle style, string title, float size, float available, int maxLines)
    {
        var lines = Greedy(style, title, size, available);
        if (lines.Count > maxLines || lines.Any(l => TextWidth(style, l, size) > available)) return null;
        // Narrow the wrapping width while the line count holds, so a second line is not a single orphaned word.
        float low = available / lines.Count, high = available;
        for (int step = 0; step < 12; step++)
        {
            float middle = (low + high) / 2;
            var trial = Greedy(style, title, size, middle);
            if (trial.Count == lines.Count && trial.All(l => TextWidth(style, l, size) <= middle)) (high, lines) = (middle, trial);
            else low = middle;
        }
        return lines;
    }

    /// <summary>Words onto lines no wider than <paramref name="width"/> (a word wider than that alone on its line).</summary>
    private static List<string> Greedy(LabelStyle style, string title, float size, float width)
    {
        var lines = new List<string>();
        string current = "";
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && TextWidth(style, candidate, size) > width)
            {
                lines.Add(current);
                current = word;
            }
            else current = candidate;
        }
        if (current.Length > 0) lines.Add(current);
        return lines;
    }

    /// <summary>
    /// Fits the value axis to the data, never below zero for a quantity that cannot be negative and never above
    /// 100 for a percentage: autoscaling's margins would otherwise show −1 % abandonment or 105 % service level.
    /// </summary>
    public static void ValueAxis(Plot plot, bool nonNegative, bool percent)
    {
        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        double bottom = nonNegative ? Math.Max(0, limits.Bottom) : limits.Bottom;
        double top = percent ? Math.Min(100, limits.Top) : limits.Top;
        if (top <= bottom) top = bottom + (percent ? 100 : 1);
        plot.Axes.SetLimitsY(bottom, top);
    }
}
