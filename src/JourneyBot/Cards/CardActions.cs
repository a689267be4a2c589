using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>A button on a card.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }

    public ActionStyle? Style { get; init; }
}

/// <summary>
/// An Action.Execute (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and
/// <see cref="Data"/>, merged with the card's inputs. The data carries the card's context, so every click is self-contained.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, JsonElement? Data = null) : CardAction(Title)
{
    /// <summary>None for a button that only moves (back to the board or the stage), so an empty required input does not hold it.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}

/// <summary>
/// Opens a card inside the card (Action.ShowCard): a form that stays folded until someone wants it. Its inputs are sent
/// with any Action.Execute of that inner card.
/// </summary>
public sealed record ShowCardAction(string Title, InnerCard Card) : CardAction(Title);

/// <summary>Opens a web address in the browser (Action.OpenUrl): no invoke reaches the bot.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);

/// <summary>The card an Action.ShowCard opens: a body and actions, without the top-level card's schema and version.</summary>
public sealed record InnerCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction> Actions)
{
    [JsonPropertyOrder(-1)] public string Type => "AdaptiveCard";
}
