using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>The inputs of a touchpoint, for the add form (with the suggestions) and the edit form (with the stored values).</summary>
public static class TouchpointFields
{
    /// <summary>The edit form: name, category, online/offline, channel and owning team as stored, each with its error below it.</summary>
    public static IEnumerable<CardElement> Details(FormState form, TouchpointDetails stored) =>
    [
        .. FormFields.Text(form, TouchpointInputs.Name, "name", form.Text["TouchpointNameLabel"], Limits.MaxNameLength, stored.Name, required: true),
        .. Attributes(form, stored, fromSuggestion: false),
    ];

    /// <summary>
    /// The add form for stage <paramref name="stageId"/>: the suggestions the stage has not taken yet first (the method's
    /// touchpoints per category, docs/method.md, Step 3), then the details. The name is not required on the card, because a
    /// suggestion may fill it; the domain still refuses a touchpoint without one.
    /// </summary>
    public static IEnumerable<CardElement> New(FormState form, JourneyMap map, string stageId)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = form.Text;
        var suggestions = Suggestions(text, TouchpointSuggestions.UnusedFor(map, stageId));
        return
        [
            .. suggestions.Count > 0 ? FormFields.Choice(form, TouchpointInputs.Suggestion, "suggestionKey", text["TouchpointSuggestionLabel"], suggestions, null) : [],
            new TextInput
            {
                Id = TouchpointInputs.Name,
                Label = text.Format("TouchpointNewNameLabel", Limits.MaxNameLength),
                Value = form.Kept(TouchpointInputs.Name, null),
                MaxLength = Limits.MaxNameLength,
                Placeholder = text["TouchpointNamePlaceholder"],
            },
            .. FormFields.ErrorBelow(form, "name"),
            .. Attributes(form, null, fromSuggestion: suggestions.Count > 0),
        ];
    }

    /// <summary>
    /// Category and online/offline are required; on the add form a picked suggestion fills them (TouchpointInputs.Details),
    /// so there the label says so and the client does not insist (<paramref name="fromSuggestion"/>).
    /// </summary>
    private static IEnumerable<CardElement> Attributes(FormState form, TouchpointDetails? stored, bool fromSuggestion)
    {
        var text = form.Text;
        string Label(string key) => fromSuggestion ? text.Format("TouchpointFieldFromSuggestion", text[key]) : text[key];
        return
        [
            .. FormFields.Choice(form, TouchpointInputs.Category, "category", Label("TouchpointCategoryLabel"),
                [.. Enum.GetValues<TouchpointCategory>().Select(category => new Choice(text.CategoryName(category), category.ToString()))],
                stored?.Category.ToString(), required: !fromSuggestion),
            .. FormFields.Choice(form, TouchpointInputs.Mode, "mode", Label("TouchpointModeLabel"),
                [.. Enum.GetValues<ChannelMode>().Select(mode => new Choice(text.ModeName(mode), mode.ToString()))],
                stored?.Mode.ToString(), expanded: true, required: !fromSuggestion),
            .. FormFields.Text(form, TouchpointInputs.Channel, "channel", text["TouchpointChannelLabel"], Limits.MaxShortTextLength, stored?.Channel,
                placeholder: text["TouchpointChannelPlaceholder"]),
            .. FormFields.Text(form, TouchpointInputs.OwningTeam, "owningTeam", text["TouchpointOwningTeamLabel"], Limits.MaxShortTextLength, stored?.OwningTeam,
                placeholder: text["TouchpointOwningTeamPlaceholder"]),
        ];
    }

    /// <summary>The three channel fit criteria, each 1 to 5.</summary>
    public static IEnumerable<CardElement> Fit(FormState form, ChannelFit? stored)
    {
        var text = form.Text;
        return
        [
            .. Rating(form, TouchpointInputs.PersonaPreference, "personaPreference", text["TouchpointFitPersonaPreference"], stored?.PersonaPreference),
            .. Rating(form, TouchpointInputs.StageRelevance, "stageRelevance", text["TouchpointFitStageRelevance"], stored?.StageRelevance),
            .. Rating(form, TouchpointInputs.ResourceAvailability, "resourceAvailability", text["TouchpointFitResourceAvailability"], stored?.ResourceAvailability),
        ];
    }

    /// <summary>Grouped by category, so a drop-down of 22 reads as a few short lists.</summary>
    private static List<Choice> Suggestions(BotText text, IReadOnlyList<TouchpointSuggestion> unused) =>
    [
        .. unused
            .OrderBy(suggestion => suggestion.Category)
            .Select(suggestion => new Choice($"{text.CategoryName(suggestion.Category)} · {text.TouchpointSuggestion(suggestion.Key)}", suggestion.Key)),
    ];

    private static IEnumerable<CardElement> Rating(FormState form, string inputId, string field, string label, int? stored) =>
        FormFields.Choice(form, inputId, field, label,
            [.. Enumerable.Range(Limits.MinRating, Limits.MaxRating - Limits.MinRating + 1).Select(rating => new Choice(Number(rating), Number(rating)))],
            stored is { } value ? Number(value) : null, expanded: true);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
