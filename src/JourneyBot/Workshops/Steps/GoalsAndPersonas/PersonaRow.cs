using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// A persona in a list: its name, a few key attributes shortened, its author, and Details (where those who may find Remove).
/// </summary>
public static class PersonaRow
{
    // A row filled to every limit in Korean stays near 1 KB, so eight rows and ten goals leave the board room to spare.
    private const int ShownNameLength = 80;
    private const int ShownAttributeLength = 40;
    private const int ShownSummaryLength = 90;
    private const int ShownAuthorLength = 40;

    /// <summary>The attributes a row shows, in order, when they are filled.</summary>
    private static readonly PersonaField[] KeyAttributes =
        [PersonaField.JobTitle, PersonaField.AgeRange, PersonaField.CompanySize, PersonaField.Industry, PersonaField.PreferredChannels];

    public static CardElement For(StepView view, Persona persona)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(persona);
        var (map, text) = (view.Map, view.Text);
        var author = CardText.Shown(persona.Author.Name, ShownAuthorLength);
        var summary = Summary(persona.Profile);
        var data = ButtonData.For(map, personaId: persona.Id);
        var buttons = new List<CardAction> { new ExecuteAction(text["PersonaDetailsButton"], GoalsAndPersonasVerbs.OpenPersona, data) };

        return new Container(
        [
            new TextBlock(CardText.Shown(persona.Profile.Name, ShownNameLength)) { Weight = TextWeight.Bolder },
            CardParts.Note(summary.Length == 0 ? $"— {author}" : $"{CardText.Escape(summary)} — {author}", Spacing.None),
            new ActionSet(buttons) { Spacing = Spacing.None },
        ])
        { Spacing = Spacing.Small };
    }

    /// <summary>"Founder · 25-35 · 1-10 employees": what tells personas apart at a glance.</summary>
    private static string Summary(PersonaProfile profile) => CardText.Shorten(
        string.Join(" · ", KeyAttributes.Select(field => field.Read(profile)).OfType<string>().Select(value => CardText.Shorten(value, ShownAttributeLength))),
        ShownSummaryLength);
}
