namespace JourneyBot.Maps.Model;

/// <summary>The shape drawn at each point of a persona's emotion curve and beside its pain points.</summary>
public enum MarkerShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
}

/// <summary>A persona's colour (as "#RRGGBB") and marker.</summary>
public sealed record PersonaStyle(string Color, MarkerShape Marker);

/// <summary>
/// One colour and one marker per persona, the same in the picture and on the page. The colours are the Okabe–Ito palette,
/// told apart with colour blindness too; the marker tells personas apart in black-and-white prints.
/// </summary>
public static class PersonaStyles
{
    private static readonly string[] Colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7A5C00", "#000000"];

    private static readonly MarkerShape[] Markers = Enum.GetValues<MarkerShape>();

    /// <summary>The style of the persona at <paramref name="index"/>; past eight personas colours repeat with another marker.</summary>
    public static PersonaStyle For(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new PersonaStyle(Colors[index % Colors.Length], Markers[(index + (index / Colors.Length)) % Markers.Length]);
    }
}
