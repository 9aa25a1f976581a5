using Simulator.Reports.Charts;
using SkiaSharp;

namespace Simulator.Reports.Tests;

/// <summary>
/// What a rendered chart looks like, read from its pixels: whether its data area holds marks and whether its
/// title stays inside the figure. A blank or empty chart has no marks, however large its file.
/// </summary>
internal static class ChartPicture
{
    /// <summary>Pixels sampled every this many along each axis: marks are lines at least this wide.</summary>
    private const int Step = 3;

    /// <summary>
    /// Share of sampled pixels inside the plot's data area that are marks: coloured (lines, bars, bands, heatmap
    /// cells) or dark (black lines and whiskers). The white background and the pale grid are not marks.
    /// </summary>
    public static double MarkShare(Chart chart)
    {
        using var bitmap = SKBitmap.Decode(ChartRenderer.Png(chart));
        var area = chart.Plot.RenderManager.LastRender.DataRect;
        int marks = 0, sampled = 0;
        for (int y = (int)area.Top + Step; y < (int)area.Bottom - Step; y += Step)
        {
            for (int x = (int)area.Left + Step; x < (int)area.Right - Step; x += Step)
            {
                sampled++;
                if (IsMark(bitmap.GetPixel(x, y))) marks++;
            }
        }
        return sampled == 0 ? 0 : (double)marks / sampled;
    }

    /// <summary>
    /// Whether the title lies within the figure: ink in the band above the data area, none in the outermost
    /// <paramref name="margin"/> columns (a title cut off at the edges runs into them).
    /// </summary>
    public static (bool HasInk, bool TouchesEdge) TitleBand(Chart chart, int margin = 12)
    {
        using var bitmap = SKBitmap.Decode(ChartRenderer.Png(chart));
        var area = chart.Plot.RenderManager.LastRender.DataRect;
        bool ink = false, edge = false;
        for (int y = 0; y < (int)area.Top - 4; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                if (!IsInk(bitmap.GetPixel(x, y))) continue;
                ink = true;
                if (x < margin || x >= bitmap.Width - margin) edge = true;
            }
        }
        return (ink, edge);
    }

    private static bool IsMark(SKColor pixel)
    {
        int max = Math.Max(pixel.Red, Math.Max(pixel.Green, pixel.Blue));
        int min = Math.Min(pixel.Red, Math.Min(pixel.Green, pixel.Blue));
        return max - min > 60 || max < 160;
    }

    private static bool IsInk(SKColor pixel) => Math.Max(pixel.Red, Math.Max(pixel.Green, pixel.Blue)) < 200;
}
