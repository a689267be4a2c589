using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Flow;

/// <summary>
/// The form that starts a workshop: its name, the map type, the stage template and the language. The new workshop's id
/// is made when the form is drawn and travels in its data, so pressing Start twice creates one workshop.
/// </summary>
public static class SetupCard
{
    public const string NameInput = "setup.name";
    public const string MapTypeInput = "setup.mapType";
    public const string TemplateInput = "setup.template";
    public const string LanguageInput = "setup.language";

    /// <param name="text">The words, in the language of the person's Teams (or the one they chose).</param>
    /// <param name="replaces">The active workshop the person agreed to replace, if any.</param>
    /// <param name="errors">Refused fields, shown beside them.</param>
    /// <param name="submitted">The form as the person left it, after an error.</param>
    public static AdaptiveCard Build(BotText text, string workshopId, string? replaces, IReadOnlyList<ValidationError>? errors = null, SubmittedInputs? submitted = null, string? notice = null)
    {
        var form = new FormState(text, errors ?? [], submitted);
        var body = new List<CardElement>
        {
            CardParts.Title(text["SetupTitle"]),
            new TextBlock(text["SetupIntro"]),
        };
        if (notice is not null)
        {
            body.Add(CardParts.Warning(notice));
        }

        body.AddRange(FormFields.Text(form, NameInput, "name", text["WorkshopNameLabel"], Limits.MaxWorkshopNameLength, required: true,
            placeholder: text["WorkshopNamePlaceholder"]));
        body.AddRange(FormFields.Choice(form, MapTypeInput, "mapType", text["MapTypeLabel"],
            [.. Enum.GetValues<MapType>().Select(type => new Choice($"{text.MapTypeName(type)}: {text.MapTypeDescription(type)}", type.ToString()))],
            nameof(MapType.CurrentState), expanded: true, required: true));
        body.AddRange(FormFields.Choice(form, TemplateInput, "template", text["TemplateLabel"],
            [.. Enum.GetValues<StageTemplate>().Select(template => new Choice(text.TemplateName(template), template.ToString()))],
            nameof(StageTemplate.Saas), required: true));
        body.AddRange(FormFields.Choice(form, LanguageInput, "language", text["LanguageLabel"],
            [new Choice(BotText.English["LanguageName"], WorkshopLanguages.English), new Choice(BotText.Korean["LanguageName"], WorkshopLanguages.Korean)],
            text.Language == Language.Korean ? WorkshopLanguages.Korean : WorkshopLanguages.English, expanded: true));
        body.Add(CardParts.Note(text["SetupFacilitatorNote"]));

        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text["SetupStartButton"], WorkshopVerbs.Create, new WorkshopCardData { Seed = workshopId, ReplacesId = replaces, Language = text.Language }.ToJson()) { Style = ActionStyle.Positive },
                new ExecuteAction(text["HowItRunsButton"], Cards.CardVerbs.Start, new ShowCardData(text.Language).ToJson()),
            ],
        };
    }
}
