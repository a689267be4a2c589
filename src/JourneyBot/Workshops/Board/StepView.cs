using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Board;

/// <summary>
/// What a workshop card is drawn from: the map, who looks at it (null: the shared board everyone sees), the words, and
/// after a refused submission the errors and what the person typed, so the form comes back as they left it.
/// </summary>
public sealed record StepView
{
    public required JourneyMap Map { get; init; }
    public required BotText Text { get; init; }

    /// <summary>The person the card is for (an invoke response), or null for the shared message everyone sees.</summary>
    public Participant? Viewer { get; init; }

    /// <summary>The click that led here, when there was one: its card data (item id) and inputs.</summary>
    public WorkshopClick? Click { get; init; }

    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>A line shown above the card's content: what just happened, or why nothing did.</summary>
    public string? Notice { get; init; }

    /// <summary>
    /// What was just saved (its name, escaped and shortened) when a save comes back to the card the person works on
    /// rather than the board: shown on top as "Saved: …".
    /// </summary>
    public string? Saved { get; init; }

    /// <summary>True when the viewer is known to facilitate; the shared board shows facilitator buttons to all (labelled).</summary>
    public bool ShowsFacilitatorActions => Viewer is null || Map.IsFacilitator(Viewer);

    /// <summary>
    /// Whether the card may offer Edit and Remove for <paramref name="item"/>: to its author or a facilitator in their own
    /// view, and to everyone on the shared board (the domain refuses others, with a reason).
    /// </summary>
    public bool MayChange(IContribution item) => Viewer is null || Map.CanChange(item, Viewer);

    /// <summary>Someone to ask "whose is this?" for: the viewer, or nobody (the shared board sees no private scores).</summary>
    public Participant Observer => Viewer ?? Nobody;

    /// <summary>The state forms on this card are drawn with.</summary>
    public FormState Form => new(Text, Errors, Click?.Inputs);

    private static readonly Participant Nobody = new(string.Empty, string.Empty);
}
