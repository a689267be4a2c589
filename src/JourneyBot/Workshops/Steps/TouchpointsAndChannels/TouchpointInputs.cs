using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>The inputs of the touchpoint forms, and how a submission becomes the domain's values.</summary>
public static class TouchpointInputs
{
    public const string Name = "touchpoint.name";
    public const string Category = "touchpoint.category";
    public const string Mode = "touchpoint.mode";
    public const string Channel = "touchpoint.channel";
    public const string OwningTeam = "touchpoint.owningTeam";

    /// <summary>A suggestion key from <see cref="TouchpointSuggestions"/> (add form only).</summary>
    public const string Suggestion = "touchpoint.suggestion";

    public const string PersonaPreference = "touchpoint.fit.personaPreference";
    public const string StageRelevance = "touchpoint.fit.stageRelevance";
    public const string ResourceAvailability = "touchpoint.fit.resourceAvailability";

    /// <summary>
    /// The details as submitted. A picked suggestion fills what the person left empty: the name (in the workshop's
    /// language), the category and online/offline; what they chose themselves wins. Parse errors come back beside the
    /// input's domain field; the details then hold stand-in values and must not be applied (see MapOutcomes.WithInputErrors).
    /// </summary>
    public static (TouchpointDetails Details, IReadOnlyList<ValidationError> Errors) Details(SubmittedInputs inputs, BotText text)
    {
        var errors = new List<ValidationError>();
        var suggestionKey = NonBlank(inputs.Text(Suggestion));
        var suggestion = TouchpointSuggestions.All.FirstOrDefault(candidate => candidate.Key == suggestionKey);
        var name = NonBlank(inputs.Text(Name)) ?? (suggestion is null ? null : text.TouchpointSuggestion(suggestion.Key));
        var category = suggestion is not null && NonBlank(inputs.Text(Category)) is null
            ? suggestion.Category
            : inputs.Choice<TouchpointCategory>(Category, "category", errors);
        var mode = suggestion is not null && NonBlank(inputs.Text(Mode)) is null
            ? suggestion.Mode
            : inputs.Choice<ChannelMode>(Mode, "mode", errors);
        var details = new TouchpointDetails
        {
            Name = name ?? string.Empty,
            Category = category ?? TouchpointCategory.Other,
            Mode = mode ?? ChannelMode.Online,
            Channel = inputs.Text(Channel),
            OwningTeam = inputs.Text(OwningTeam),
            SuggestionKey = suggestionKey,
        };
        return (details, errors);
    }

    /// <summary>
    /// The channel fit as submitted: none when all three criteria are left empty (not rated yet); otherwise each is
    /// required here, and its range is the domain's to check.
    /// </summary>
    public static (ChannelFit? Fit, IReadOnlyList<ValidationError> Errors) Fit(SubmittedInputs inputs)
    {
        string[] ids = [PersonaPreference, StageRelevance, ResourceAvailability];
        if (ids.All(id => NonBlank(inputs.Text(id)) is null))
        {
            return (null, []);
        }

        var errors = new List<ValidationError>();
        int Rating(string inputId, string field)
        {
            var rating = inputs.WholeNumber(inputId, field, errors);
            if (rating is null && errors.All(error => error.Field != field))
            {
                errors.Add(ValidationError.Of(field, ErrorCodes.Required));
            }

            return rating ?? 0;
        }

        var fit = new ChannelFit(
            Rating(PersonaPreference, "personaPreference"),
            Rating(StageRelevance, "stageRelevance"),
            Rating(ResourceAvailability, "resourceAvailability"));
        return (fit, errors);
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
