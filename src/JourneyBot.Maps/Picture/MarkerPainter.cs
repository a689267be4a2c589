using JourneyBot.Maps.Model;
using JourneyBot.Workshop;
using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>Draws a persona's marker (<see cref="MarkerShape"/>) and the touchpoints' online and offline dots.</summary>
internal static class MarkerPainter
{
    /// <summary>The persona's marker in its colour, centred on (<paramref name="x"/>, <paramref name="y"/>), with a white rim when <paramref name="rim"/>.</summary>
    public static void Persona(SKCanvas canvas, int persona, float x, float y, float size, bool rim = false)
    {
        var shape = PersonaStyles.For(persona).Marker;
        using var path = Path(shape, x, y, size);
        if (rim)
        {
            using var white = new SKPaint { IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 3, StrokeJoin = SKStrokeJoin.Round };
            canvas.DrawPath(path, white);
        }

        using var paint = new SKPaint { IsAntialias = true, Color = PictureTheme.PersonaColor(persona) };
        if (shape == MarkerShape.Cross)
        {
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = Math.Max(2, size / 4);
            paint.StrokeCap = SKStrokeCap.Round;
        }

        canvas.DrawPath(path, paint);
    }

    /// <summary>A touchpoint's dot: filled for online, hollow for offline.</summary>
    public static void Channel(SKCanvas canvas, bool online, float x, float y, float size)
    {
        using var paint = new SKPaint
        {
            IsAntialias = true,
            Color = PictureTheme.Touchpoint,
            Style = online ? SKPaintStyle.Fill : SKPaintStyle.Stroke,
            StrokeWidth = 1.6f,
        };
        canvas.DrawCircle(x, y, online ? size / 2 : (size / 2) - 0.8f, paint);
    }

    /// <summary>A KPI's bullet: a small bar chart.</summary>
    public static void Kpi(SKCanvas canvas, float x, float y, float size)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = PictureTheme.Touchpoint };
        var bar = size / 4;
        var bottom = y + (size / 2);
        canvas.DrawRect(x - (size / 2), bottom - (size * 0.45f), bar, size * 0.45f, paint);
        canvas.DrawRect(x - (bar / 2), bottom - (size * 0.75f), bar, size * 0.75f, paint);
        canvas.DrawRect(x + (size / 2) - bar, bottom - size, bar, size, paint);
    }

    /// <summary>A finding's severity: a filled triangle for high, a filled circle for medium, a hollow circle for low.</summary>
    public static void Severity(SKCanvas canvas, SKColor color, FindingSeverity severity, float x, float y, float size)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = color, StrokeWidth = 1.6f };
        switch (severity)
        {
            case FindingSeverity.High:
                using (var path = Path(MarkerShape.Triangle, x, y, size))
                {
                    canvas.DrawPath(path, paint);
                }

                break;
            case FindingSeverity.Medium:
                canvas.DrawCircle(x, y, size / 2, paint);
                break;
            default:
                paint.Style = SKPaintStyle.Stroke;
                canvas.DrawCircle(x, y, (size / 2) - 0.8f, paint);
                break;
        }
    }

    /// <summary>An idea's bullet: a hollow diamond.</summary>
    public static void Idea(SKCanvas canvas, float x, float y, float size)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = PictureTheme.Idea, Style = SKPaintStyle.Stroke, StrokeWidth = 1.6f };
        using var path = Path(MarkerShape.Diamond, x, y, size - 2);
        canvas.DrawPath(path, paint);
    }

    /// <summary>A shortlisted idea's five-pointed star.</summary>
    public static void Star(SKCanvas canvas, float x, float y, float size)
    {
        using var builder = new SKPathBuilder();
        var outer = size / 2;
        var inner = outer * 0.45f;
        for (var point = 0; point < 10; point++)
        {
            var radius = point % 2 == 0 ? outer : inner;
            var angle = (MathF.PI / 5 * point) - (MathF.PI / 2);
            var at = new SKPoint(x + (radius * MathF.Cos(angle)), y + (radius * MathF.Sin(angle)));
            if (point == 0)
            {
                builder.MoveTo(at);
            }
            else
            {
                builder.LineTo(at);
            }
        }

        builder.Close();
        using var star = builder.Detach();
        using var paint = new SKPaint { IsAntialias = true, Color = PictureTheme.Shortlisted };
        canvas.DrawPath(star, paint);
    }

    private static SKPath Path(MarkerShape shape, float x, float y, float size)
    {
        var half = size / 2;
        using var path = new SKPathBuilder();
        switch (shape)
        {
            case MarkerShape.Circle:
                path.AddCircle(x, y, half);
                break;
            case MarkerShape.Square:
                path.AddRect(new SKRect(x - (half * 0.9f), y - (half * 0.9f), x + (half * 0.9f), y + (half * 0.9f)));
                break;
            case MarkerShape.Triangle:
                var t = half * 1.15f;
                path.MoveTo(x, y - t);
                path.LineTo(x + t, y + (t * 0.8f));
                path.LineTo(x - t, y + (t * 0.8f));
                path.Close();
                break;
            case MarkerShape.Diamond:
                var d = half * 1.2f;
                path.MoveTo(x, y - d);
                path.LineTo(x + d, y);
                path.LineTo(x, y + d);
                path.LineTo(x - d, y);
                path.Close();
                break;
            case MarkerShape.Cross:
                var c = half * 0.85f;
                path.MoveTo(x - c, y - c);
                path.LineTo(x + c, y + c);
                path.MoveTo(x + c, y - c);
                path.LineTo(x - c, y + c);
                break;
            default:
                path.AddCircle(x, y, half);
                break;
        }

        return path.Detach();
    }
}
