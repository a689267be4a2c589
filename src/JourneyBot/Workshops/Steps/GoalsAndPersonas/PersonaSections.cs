using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// The parts of a persona edited one at a time. A whole profile filled to its limits in Korean would be far over a card's
/// 28 KB, so the detail card opens one section's form, and saving it replaces only that section's fields.
/// </summary>
public enum PersonaSection
{
    /// <summary>Name, role (job title, reports to), preferred channels and the research the persona rests on.</summary>
    Profile,
    Demographics,
    Firmographics,
    Behaviour,

    /// <summary>Goals, pain points and typical questions.</summary>
    Needs,

    /// <summary>A day in their life and the events that make them look for a solution.</summary>
    Story,
}

/// <summary>Which fields each <see cref="PersonaSection"/> holds, and how a section's submitted inputs change a profile.</summary>
public static class PersonaSections
{
    public const string ResearchSourcesInput = "persona.researchSources";
    public const string ResearchSourcesField = "researchSources";

    public static IReadOnlyList<PersonaSection> InOrder { get; } = Array.AsReadOnly(Enum.GetValues<PersonaSection>());

    public static IReadOnlyList<PersonaField> Fields(PersonaSection section) => section switch
    {
        PersonaSection.Profile => [PersonaField.Name, PersonaField.JobTitle, PersonaField.ReportsTo, PersonaField.PreferredChannels],
        PersonaSection.Demographics => [PersonaField.AgeRange, PersonaField.Gender, PersonaField.Location, PersonaField.Income, PersonaField.Education],
        PersonaSection.Firmographics =>
            [PersonaField.CompanySize, PersonaField.Industry, PersonaField.Revenue, PersonaField.CompanyLocation, PersonaField.TechStack],
        PersonaSection.Behaviour => [PersonaField.WebActivity, PersonaField.PurchaseHistory, PersonaField.ProductUsage, PersonaField.SupportContacts],
        PersonaSection.Needs => [PersonaField.Goals, PersonaField.PainPoints, PersonaField.TypicalQuestions],
        PersonaSection.Story => [PersonaField.DayInTheLife, PersonaField.TriggerEvents],
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Not a persona section."),
    };

    /// <summary>The research sources are a choice, not text: they live in the profile section.</summary>
    public static bool HasResearchSources(PersonaSection section) => section == PersonaSection.Profile;

    public static string Name(BotText text, PersonaSection section) => text[$"PersonaSection.{section}"];

    /// <summary>The section named by a button's number, or null when the number names none (the data is not trusted).</summary>
    public static PersonaSection? From(int? number) =>
        number is { } value && Enum.IsDefined((PersonaSection)value) ? (PersonaSection)value : null;

    /// <summary>
    /// <paramref name="profile"/> with the section's fields replaced by what was submitted (an emptied field is cleared);
    /// a research source that is not one of ours adds an error to <paramref name="inputErrors"/>.
    /// </summary>
    public static PersonaProfile Write(PersonaSection section, PersonaProfile profile, SubmittedInputs inputs, List<ValidationError> inputErrors)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var written = Fields(section).Aggregate(profile, (changed, field) => field.Write(changed, inputs.Text(field.InputId)));
        return HasResearchSources(section) ? written with { ResearchSources = ResearchSourcesOf(inputs, inputErrors) } : written;
    }

    /// <summary>The sources chosen in the multi-select (sent as "Interviews,Surveys"); only the names of single flags count.</summary>
    public static ResearchSources ResearchSourcesOf(SubmittedInputs inputs, List<ValidationError> inputErrors)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(inputErrors);
        var sources = ResearchSources.None;
        foreach (var name in inputs.Choices(ResearchSourcesInput))
        {
            var source = Sources.FirstOrDefault(flag => string.Equals(flag.ToString(), name, StringComparison.Ordinal));
            if (source == ResearchSources.None)
            {
                inputErrors.Add(ValidationError.Of(ResearchSourcesField, ErrorCodes.Invalid, CardText.Shorten(name, 40)));
            }

            sources |= source;
        }

        return sources;
    }

    /// <summary>The research sources as check boxes, the stored ones ticked (or what was submitted, after a refusal).</summary>
    public static IEnumerable<CardElement> ResearchSourcesInputFor(FormState form, ResearchSources stored) =>
        FormFields.Choice(form, ResearchSourcesInput, ResearchSourcesField, form.Text["PersonaField.researchSources"],
            [.. Sources.Select(source => new Choice(form.Text.ResearchSourceName(source), source.ToString()))],
            stored == ResearchSources.None ? null : string.Join(",", Sources.Where(source => stored.HasFlag(source))), expanded: true, multiSelect: true);

    private static readonly ResearchSources[] Sources = [.. Enum.GetValues<ResearchSources>().Where(source => source != ResearchSources.None)];
}
