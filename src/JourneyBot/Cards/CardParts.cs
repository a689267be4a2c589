namespace JourneyBot.Cards;

/// <summary>
/// The text pieces every card is built of, so that titles, section headings and notes look the same on every card and a
/// change of look is made once. Text given to them is shown as markdown: escape user text first (<see cref="CardText.Shown"/>).
/// </summary>
public static class CardParts
{
    /// <summary>A card's title: large, bold, and a heading for screen readers.</summary>
    public static TextBlock Title(string text, Spacing? spacing = null) =>
        new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = spacing };

    /// <summary>The heading of a section of a board (goals, personas, stages...): a line above it and room to breathe.</summary>
    public static TextBlock SectionHeading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true, Spacing = Spacing.Medium };

    /// <summary>The quiet heading of the buttons only some people see (the facilitator's): small, subtle, with a line above.</summary>
    public static TextBlock MinorHeading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Size = TextSize.Small, IsSubtle = true, Separator = true, Spacing = Spacing.Medium };

    /// <summary>A small, subtle line that explains or counts what is near it; <see cref="Spacing.None"/> ties it to the line above.</summary>
    public static TextBlock Note(string text, Spacing? spacing = null) =>
        new(text) { IsSubtle = true, Size = TextSize.Small, Spacing = spacing };

    /// <summary>A subtle line at the normal size: text that matters less than what is around it.</summary>
    public static TextBlock Subtle(string text, Spacing? spacing = null) =>
        new(text) { IsSubtle = true, Spacing = spacing };

    /// <summary>A finding or a refusal that needs attention before going on, on a warning background.</summary>
    public static Container Warning(string text) => new([new TextBlock(text)]) { Style = ContainerStyle.Warning };
}
