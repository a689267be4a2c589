using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>
/// A Teams mention in a card: <see cref="Text"/> (<c>&lt;at&gt;Name&lt;/at&gt;</c>) appears in a TextBlock, and the card's
/// <c>msteams.entities</c> carries this entity, naming the person by their Entra object id, which Teams accepts for bots'
/// Adaptive Cards (docs/protocol.md, Adaptive Cards in Teams).
/// </summary>
public sealed record CardMention
{
    private const int ShownNameLength = 60;

    [JsonPropertyOrder(-1)] public string Type => "mention";

    /// <summary>Exactly the text in the TextBlock, tag included.</summary>
    public required string Text { get; init; }

    public required MentionedPerson Mentioned { get; init; }

    /// <summary>
    /// The mention of <paramref name="name"/> (their display name) with <paramref name="id"/>: the name inside the tag is
    /// shortened and escaped like any user text (a '&lt;' becomes '＜', so a name cannot close the tag or open another).
    /// </summary>
    public static CardMention Of(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(name);
        return new CardMention { Text = $"<at>{CardText.Shown(name, ShownNameLength)}</at>", Mentioned = new MentionedPerson(id, CardText.Shorten(name, ShownNameLength)) };
    }

    /// <summary>Every mention of the text blocks in <paramref name="body"/> (also inside containers and columns), each text once.</summary>
    public static IReadOnlyList<CardMention> In(IEnumerable<CardElement> body) =>
        [.. Walk(body).DistinctBy(mention => mention.Text, StringComparer.Ordinal)];

    private static IEnumerable<CardMention> Walk(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            var inner = element switch
            {
                TextBlock { Mentions: { } mentions } => mentions,
                Container container => Walk(container.Items),
                ColumnSet columns => Walk(columns.Columns.SelectMany(column => column.Items)),
                _ => [],
            };
            foreach (var mention in inner)
            {
                yield return mention;
            }
        }
    }
}

/// <summary>Who a <see cref="CardMention"/> is about.</summary>
public sealed record MentionedPerson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name);
