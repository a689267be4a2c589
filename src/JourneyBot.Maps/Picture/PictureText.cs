using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace JourneyBot.Maps.Picture;

/// <summary>
/// Measures and draws text for one render: the embedded fonts shaped by HarfBuzz (so Korean is drawn as Korean), one
/// <see cref="SKFont"/> per <see cref="TextStyle"/>. Not thread-safe: each render creates its own.
/// </summary>
internal sealed class PictureText : IDisposable
{
    private readonly SKShaper _regular;
    private readonly SKShaper _bold;
    private readonly Dictionary<TextStyle, SKFont> _fonts = [];
    private readonly SKPaint _paint = new() { IsAntialias = true };

    public PictureText(MapFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _regular = fonts.CreateShaper(bold: false);
        _bold = fonts.CreateShaper(bold: true);
        foreach (var style in Enum.GetValues<TextStyle>())
        {
            var (size, bold) = PictureTheme.Font(style);
            _fonts[style] = new SKFont(fonts[bold], size) { Edging = SKFontEdging.Antialias, Subpixel = true, Hinting = SKFontHinting.Slight };
        }
    }

    /// <summary>The advance width of <paramref name="text"/> as shaped.</summary>
    public float Measure(string text, TextStyle style) =>
        string.IsNullOrEmpty(text) ? 0 : ShaperOf(style).Shape(text, _fonts[style]).Width;

    /// <summary>A measure for <see cref="TextWrapper"/>.</summary>
    public Func<string, float> MeasureOf(TextStyle style) => text => Measure(text, style);

    /// <summary>The distance from one line's baseline to the next.</summary>
    public float LineHeight(TextStyle style)
    {
        var metrics = _fonts[style].Metrics;
        return MathF.Ceiling(metrics.Descent - metrics.Ascent + metrics.Leading);
    }

    /// <summary>The distance from a line's top to its baseline.</summary>
    public float Ascent(TextStyle style) => -_fonts[style].Metrics.Ascent;

    /// <summary>Draws one line with its baseline at <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        _paint.Color = color;
        canvas.DrawShapedText(ShaperOf(style), text, x, baseline, align, _fonts[style], _paint);
    }

    /// <summary>Draws lines top-down from <paramref name="top"/>; the first line may start further right.</summary>
    public void DrawLines(SKCanvas canvas, IReadOnlyList<string> lines, float x, float top, TextStyle style, SKColor color, float firstLineIndent = 0)
    {
        var baseline = top + Ascent(style);
        var lineHeight = LineHeight(style);
        for (var index = 0; index < lines.Count; index++)
        {
            Draw(canvas, lines[index], index == 0 ? x + firstLineIndent : x, baseline + (index * lineHeight), style, color);
        }
    }

    /// <summary>The glyph ids HarfBuzz picks for <paramref name="text"/> (0 is .notdef: a character the font lacks).</summary>
    public IReadOnlyList<uint> Glyphs(string text, TextStyle style) => ShaperOf(style).Shape(text, _fonts[style]).Codepoints;

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _paint.Dispose();
        _regular.Dispose();
        _bold.Dispose();
    }

    private SKShaper ShaperOf(TextStyle style) => PictureTheme.Font(style).Bold ? _bold : _regular;
}
