using System.Resources;
using JourneyBot.Workshop;

namespace JourneyBot.Resources;

/// <summary>
/// Labels for what the workshop domain holds as enums, keys and error codes, from CatalogText.resx and CatalogText.ko.resx.
/// A resource pair of its own, so the catalog's words change apart from the cards' words.
/// </summary>
public sealed partial class BotText
{
    private static readonly ResourceManager CatalogResources = new("JourneyBot.Resources.CatalogText", typeof(BotText).Assembly);

    public string MapTypeName(MapType type) => Label("MapType", type);

    public string MapTypeDescription(MapType type) => Label("MapTypeDescription", type);

    /// <summary>The template as a picker shows it, with its number of stages taken from the template itself.</summary>
    public string TemplateName(StageTemplate template) =>
        KoreanParticles.Format(_culture, Label("Template", template), StageTemplates.StageKeysOf(template).Count);

    /// <summary>The label of a template stage; the Korean differs by template (SaaS awareness 인지, Services awareness 인식).</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not one of the template's stage keys.</exception>
    public string StageName(StageTemplate template, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!StageTemplates.StageKeysOf(template).Contains(key))
        {
            throw new ArgumentException($"'{key}' is not a stage of the {template} template.", nameof(key));
        }

        return Catalog($"Stage.{template}.{key}");
    }

    /// <summary>The team's name for the stage when it has one (renamed or custom), else its template label.</summary>
    /// <exception cref="ArgumentException">The stage has neither a name nor a key, which the domain never makes.</exception>
    public string StageName(StageTemplate template, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.Name
            ?? (stage.Key is { } key ? StageName(template, key) : throw new ArgumentException($"Stage '{stage.Id}' has neither a name nor a key.", nameof(stage)));
    }

    public string StatusName(WorkshopStatus status) => Label("Status", status);

    public string CategoryName(TouchpointCategory category) => Label("Category", category);

    public string ModeName(ChannelMode mode) => Label("Mode", mode);

    public string SourceName(EvidenceSource source) => Label("Source", source);

    public string BackingName(EvidenceBacking backing) => Label("Backing", backing);

    /// <summary>The label of one research source.</summary>
    /// <exception cref="ArgumentException"><paramref name="source"/> is None, a combination, or not a defined flag.</exception>
    public string ResearchSourceName(ResearchSources source) =>
        source != ResearchSources.None && Enum.IsDefined(source)
            ? Catalog($"ResearchSource.{source}")
            : throw new ArgumentException($"Expected exactly one research source, got '{source}'.", nameof(source));

    /// <summary>The labels of every source set, in enum order, separated by commas (both languages write ", "); empty for None.</summary>
    public string ResearchSourceNames(ResearchSources sources) =>
        string.Join(", ", Enum.GetValues<ResearchSources>()
            .Where(flag => flag != ResearchSources.None && sources.HasFlag(flag))
            .Select(ResearchSourceName));

    /// <summary>The text of a suggested touchpoint.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not in <see cref="TouchpointSuggestions.All"/>.</exception>
    public string TouchpointSuggestion(string key) =>
        TouchpointSuggestions.All.Any(suggestion => suggestion.Key == key)
            ? Catalog($"Touchpoint.{key}")
            : throw new ArgumentException($"'{key}' is not a touchpoint suggestion.", nameof(key));

    /// <summary>The text of a suggested KPI.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not in <see cref="KpiSuggestions.AllKeys"/>.</exception>
    public string KpiSuggestion(string key) =>
        KpiSuggestions.AllKeys.Contains(key)
            ? Catalog($"Kpi.{key}")
            : throw new ArgumentException($"'{key}' is not a KPI suggestion.", nameof(key));

    /// <summary>
    /// The example's profile in this language, to load as the team's own text: every text field the example sets comes from
    /// the resource "ExamplePersona.{key}.{field path}", so a field added to the catalog without a translation fails loudly.
    /// </summary>
    public PersonaProfile ExamplePersona(ExamplePersona example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var profile = example.Profile;
        string? Text(string? value, string field) => value is null ? null : Catalog($"ExamplePersona.{example.Key}.{field}");

        return profile with
        {
            Name = Catalog($"ExamplePersona.{example.Key}.name"),
            Demographics = profile.Demographics with
            {
                AgeRange = Text(profile.Demographics.AgeRange, "demographics.ageRange"),
                Gender = Text(profile.Demographics.Gender, "demographics.gender"),
                Location = Text(profile.Demographics.Location, "demographics.location"),
                Income = Text(profile.Demographics.Income, "demographics.income"),
                Education = Text(profile.Demographics.Education, "demographics.education"),
            },
            Firmographics = profile.Firmographics with
            {
                CompanySize = Text(profile.Firmographics.CompanySize, "firmographics.companySize"),
                Industry = Text(profile.Firmographics.Industry, "firmographics.industry"),
                Revenue = Text(profile.Firmographics.Revenue, "firmographics.revenue"),
                Location = Text(profile.Firmographics.Location, "firmographics.location"),
                TechStack = Text(profile.Firmographics.TechStack, "firmographics.techStack"),
            },
            Role = profile.Role with
            {
                JobTitle = Text(profile.Role.JobTitle, "role.jobTitle"),
                ReportsTo = Text(profile.Role.ReportsTo, "role.reportsTo"),
            },
            Behaviour = profile.Behaviour with
            {
                WebActivity = Text(profile.Behaviour.WebActivity, "behaviour.webActivity"),
                PurchaseHistory = Text(profile.Behaviour.PurchaseHistory, "behaviour.purchaseHistory"),
                ProductUsage = Text(profile.Behaviour.ProductUsage, "behaviour.productUsage"),
                SupportContacts = Text(profile.Behaviour.SupportContacts, "behaviour.supportContacts"),
            },
            Goals = Text(profile.Goals, "goals"),
            PainPoints = Text(profile.PainPoints, "painPoints"),
            PreferredChannels = Text(profile.PreferredChannels, "preferredChannels"),
            TypicalQuestions = Text(profile.TypicalQuestions, "typicalQuestions"),
            DayInTheLife = Text(profile.DayInTheLife, "dayInTheLife"),
            TriggerEvents = Text(profile.TriggerEvents, "triggerEvents"),
        };
    }

    /// <summary>The hint beside the persona list; the recommended range comes from <see cref="Limits"/>.</summary>
    public string PersonaCountHint(PersonaCountHint hint, int count)
    {
        // "Only 0 personas" reads badly, so an empty list has its own words.
        var key = hint == Workshop.PersonaCountHint.TooFew && count == 0 ? "PersonaCountHint.None" : EnumKey("PersonaCountHint", hint);
        return KoreanParticles.Format(_culture, PluralForm(Catalog(key), count), count, Limits.RecommendedMinPersonas, Limits.RecommendedMaxPersonas);
    }

    /// <summary>
    /// The message shown next to the field: "Error.{code}" formatted with the error's arguments, a status shown by its label;
    /// a counted message ("one|other", as <see cref="Counted"/>) counts its first argument.
    /// Never throws for what the domain sends: an unknown code, or arguments the message cannot take, give a generic message.
    /// </summary>
    public string Error(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = CatalogResources.GetString($"Error.{error.Code}", _culture);
        if (message is null)
        {
            return Catalog("ErrorNotAccepted");
        }

        var arguments = error.Arguments.Select(argument => argument is WorkshopStatus status && Enum.IsDefined(status) ? StatusName(status) : argument).ToArray();
        try
        {
            var count = arguments.FirstOrDefault() is int or long ? Convert.ToInt64(arguments[0], System.Globalization.CultureInfo.InvariantCulture) : 0;
            return KoreanParticles.Format(_culture, PluralForm(message, count), arguments);
        }
        catch (FormatException)
        {
            // Fewer arguments than the message needs: a defect in whoever made the error, not a reason to lose the turn.
            return Catalog("ErrorNotAccepted");
        }
    }

    private string Catalog(string key) =>
        CatalogResources.GetString(key, _culture) ?? throw new KeyNotFoundException($"No text '{key}' in CatalogText.");

    private string Label<TEnum>(string group, TEnum value)
        where TEnum : struct, Enum => Catalog(EnumKey(group, value));

    /// <summary>"{group}.{value}" for a defined enum value; a cast number has no label.</summary>
    private static string EnumKey<TEnum>(string group, TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? $"{group}.{value}"
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
}
