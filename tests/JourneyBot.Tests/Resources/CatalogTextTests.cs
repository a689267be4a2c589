using System.Reflection;
using JourneyBot.Resources;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Resources;

public sealed class CatalogTextTests
{
    private static readonly Participant Facilitator = new("aad-1", "Facilitator");

    /// <summary>Each labelled enum, as the labels of all its values in one language.</summary>
    private static readonly Dictionary<string, Func<BotText, IEnumerable<string>>> EnumLabels = new()
    {
        [nameof(MapType)] = text => Enum.GetValues<MapType>().Select(text.MapTypeName),
        ["MapTypeDescription"] = text => Enum.GetValues<MapType>().Select(text.MapTypeDescription),
        [nameof(StageTemplate)] = text => Enum.GetValues<StageTemplate>().Select(text.TemplateName),
        [nameof(WorkshopStatus)] = text => Enum.GetValues<WorkshopStatus>().Select(text.StatusName),
        [nameof(TouchpointCategory)] = text => Enum.GetValues<TouchpointCategory>().Select(text.CategoryName),
        [nameof(ChannelMode)] = text => Enum.GetValues<ChannelMode>().Select(text.ModeName),
        [nameof(EvidenceSource)] = text => Enum.GetValues<EvidenceSource>().Select(text.SourceName),
        [nameof(EvidenceBacking)] = text => Enum.GetValues<EvidenceBacking>().Select(text.BackingName),
        [nameof(ResearchSources)] = text => Enum.GetValues<ResearchSources>().Where(source => source != ResearchSources.None).Select(text.ResearchSourceName),
        [nameof(PersonaCountHint)] = text => Enum.GetValues<PersonaCountHint>().Select(hint => text.PersonaCountHint(hint, 2)),
    };

    public static TheoryData<string, Language> EnumsInBothLanguages => InBothLanguages(EnumLabels.Keys);

    public static TheoryData<StageTemplate, Language> TemplatesInBothLanguages => InBothLanguages(Enum.GetValues<StageTemplate>());

    public static TheoryData<Language> BothLanguages => [Language.English, Language.Korean];

    [Theory]
    [MemberData(nameof(EnumsInBothLanguages))]
    public void Every_enum_value_has_its_own_label(string enumName, Language language)
    {
        var labels = EnumLabels[enumName](BotText.For(language)).ToList();

        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TemplatesInBothLanguages))]
    public void Every_template_stage_has_its_own_label(StageTemplate template, Language language)
    {
        var labels = StageTemplates.StageKeysOf(template).Select(key => BotText.For(language).StageName(template, key)).ToList();

        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Theory]
    [InlineData(StageTemplate.Saas, "인지,고려,구매/가입,온보딩,도입,유지,확장,지지")]
    [InlineData(StageTemplate.Services, "인식,고려,구매/획득,보유,옹호")]
    [InlineData(StageTemplate.Classic, "인지,고려,결정,유지,충성")]
    [InlineData(StageTemplate.BuyersJourney, "인지,고려,결정")]
    [InlineData(StageTemplate.Custom, "")]
    public void Korean_stage_labels_are_the_workshop_table(StageTemplate template, string stages)
    {
        var labels = StageTemplates.StageKeysOf(template).Select(key => BotText.Korean.StageName(template, key));

        Assert.Equal(stages, string.Join(',', labels));
    }

    [Theory]
    [InlineData(StageTemplate.Saas, StageKeys.Awareness, "Awareness", "인지")]
    [InlineData(StageTemplate.Services, StageKeys.Awareness, "Awareness", "인식")]
    [InlineData(StageTemplate.Saas, StageKeys.SignUp, "Purchase / sign-up", "구매/가입")]
    [InlineData(StageTemplate.Services, StageKeys.Purchase, "Purchase / acquisition", "구매/획득")]
    [InlineData(StageTemplate.Saas, StageKeys.Advocacy, "Advocacy", "지지")]
    [InlineData(StageTemplate.Services, StageKeys.Advocacy, "Advocacy", "옹호")]
    [InlineData(StageTemplate.Services, StageKeys.Retention, "Retention", "보유")]
    [InlineData(StageTemplate.Classic, StageKeys.Retention, "Retention", "유지")]
    [InlineData(StageTemplate.Classic, StageKeys.Loyalty, "Loyalty", "충성")]
    [InlineData(StageTemplate.BuyersJourney, StageKeys.Decision, "Decision", "결정")]
    public void A_stage_is_labelled_by_its_template_and_key(StageTemplate template, string key, string english, string korean)
    {
        Assert.Equal(english, BotText.English.StageName(template, key));
        Assert.Equal(korean, BotText.Korean.StageName(template, key));
    }

    [Fact]
    public void A_key_the_template_does_not_have_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BotText.English.StageName(StageTemplate.Services, StageKeys.SignUp));
        Assert.Throws<ArgumentException>(() => BotText.Korean.StageName(StageTemplate.Custom, StageKeys.Awareness));
    }

    [Fact]
    public void A_stage_the_team_named_shows_its_name_and_an_unnamed_one_its_template_label()
    {
        var unnamed = new Stage { Id = "awareness", Key = StageKeys.Awareness, Position = 1, Author = Facilitator, CreatedAt = DateTimeOffset.UnixEpoch };
        var renamed = unnamed with { Name = "First contact" };
        var custom = new Stage { Id = "s1", Name = "Word of mouth", Position = 2, Author = Facilitator, CreatedAt = DateTimeOffset.UnixEpoch };

        Assert.Equal("인식", BotText.Korean.StageName(StageTemplate.Services, unnamed));
        Assert.Equal("First contact", BotText.Korean.StageName(StageTemplate.Services, renamed));
        Assert.Equal("Word of mouth", BotText.English.StageName(StageTemplate.Custom, custom));
    }

    [Theory]
    [InlineData(StageTemplate.Saas, "SaaS (8 stages)", "SaaS (단계 8개)")]
    [InlineData(StageTemplate.Services, "Services (5 stages)", "서비스 (단계 5개)")]
    [InlineData(StageTemplate.BuyersJourney, "Buyer's journey (3 stages)", "구매자 여정 (단계 3개)")]
    [InlineData(StageTemplate.Custom, "Custom: name your own", "직접 정의: 단계 이름을 직접 정합니다")]
    public void A_template_is_named_with_its_number_of_stages(StageTemplate template, string english, string korean)
    {
        Assert.Equal(english, BotText.English.TemplateName(template));
        Assert.Equal(korean, BotText.Korean.TemplateName(template));
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void Every_suggestion_has_its_own_text(Language language)
    {
        var text = BotText.For(language);
        var touchpoints = TouchpointSuggestions.All.Select(suggestion => text.TouchpointSuggestion(suggestion.Key)).ToList();
        var kpis = KpiSuggestions.AllKeys.Select(text.KpiSuggestion).ToList();

        Assert.All(touchpoints.Concat(kpis), label => Assert.False(string.IsNullOrWhiteSpace(label)));
        Assert.Equal(touchpoints.Count, touchpoints.Distinct().Count());
        Assert.Equal(kpis.Count, kpis.Distinct().Count());
    }

    [Fact]
    public void A_key_that_is_not_a_suggestion_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BotText.English.TouchpointSuggestion("fax"));
        Assert.Throws<ArgumentException>(() => BotText.Korean.KpiSuggestion("website"));
    }

    [Fact]
    public void Korean_example_personas_are_fully_Korean()
    {
        Assert.All(ExamplePersonas.All, example =>
        {
            var english = TextFields(example.Profile);
            var korean = TextFields(BotText.Korean.ExamplePersona(example));

            Assert.Equal(english.Keys, korean.Keys);
            Assert.All(korean, field => Assert.True(
                field.Value is null == english[field.Key] is null && !(field.Value ?? string.Empty).Any(char.IsAsciiLetter),
                $"{example.Key}.{field.Key}: '{field.Value}'"));
            Assert.Contains(korean.Values, value => value is not null);
        });
    }

    [Fact]
    public void English_example_personas_are_the_catalogs_own_text()
    {
        Assert.All(ExamplePersonas.All, example => Assert.Equal(example.Profile, BotText.English.ExamplePersona(example)));
    }

    [Fact]
    public void An_example_persona_keeps_its_research_sources_in_translation()
    {
        var example = ExamplePersonas.All[0];
        var researched = example with { Profile = example.Profile with { ResearchSources = ResearchSources.Interviews | ResearchSources.WebAnalytics } };

        Assert.Equal(ResearchSources.Interviews | ResearchSources.WebAnalytics, BotText.Korean.ExamplePersona(researched).ResearchSources);
    }

    [Theory]
    [InlineData(ResearchSources.None)]
    [InlineData(ResearchSources.Interviews | ResearchSources.Surveys)]
    [InlineData((ResearchSources)64)]
    public void A_research_source_name_is_for_exactly_one_source(ResearchSources sources)
    {
        Assert.Throws<ArgumentException>(() => BotText.English.ResearchSourceName(sources));
    }

    [Fact]
    public void Research_sources_are_listed_in_enum_order()
    {
        const ResearchSources sources = ResearchSources.WebAnalytics | ResearchSources.Interviews | ResearchSources.Surveys;

        Assert.Equal("Interviews, Surveys, Web analytics", BotText.English.ResearchSourceNames(sources));
        Assert.Equal("인터뷰, 설문조사, 웹 분석", BotText.Korean.ResearchSourceNames(sources));
        Assert.Equal(string.Empty, BotText.Korean.ResearchSourceNames(ResearchSources.None));
    }

    [Theory]
    [InlineData(PersonaCountHint.TooFew, 2, "Only 2 personas: guides recommend 3 to 5.", "페르소나가 2개뿐입니다. 가이드는 3~5개를 권장합니다.")]
    [InlineData(PersonaCountHint.TooFew, 0, "No personas yet: guides recommend 3 to 5.", "아직 페르소나가 없습니다. 가이드는 3~5개를 권장합니다.")]
    [InlineData(PersonaCountHint.TooMany, 6, "6 personas: guides recommend 3 to 5, so consider merging some.", "페르소나가 6개입니다. 가이드는 3~5개를 권장하니 일부를 합쳐 보세요.")]
    public void The_persona_count_hint_says_how_many_and_what_guides_recommend(PersonaCountHint hint, int count, string english, string korean)
    {
        Assert.Equal(english, BotText.English.PersonaCountHint(hint, count));
        Assert.Equal(korean, BotText.Korean.PersonaCountHint(hint, count));
    }

    /// <summary>Arguments as the domain sends them for each code, and what of them the message must show.</summary>
    private static readonly Dictionary<string, (object[] Arguments, Func<BotText, string[]> Shown)> SampleErrors = new()
    {
        [ErrorCodes.Required] = ([], _ => []),
        [ErrorCodes.TooLong] = ([100], _ => ["100"]),
        [ErrorCodes.OutOfRange] = ([-2, 2], _ => ["-2", "2"]),
        [ErrorCodes.Duplicate] = (["Onboarding"], _ => ["Onboarding"]),
        [ErrorCodes.NotAllowed] = ([], _ => []),
        // The id asked for is a generated key that means nothing to a person, so the message leaves it out.
        [ErrorCodes.NotFound] = (["3f2a9c"], _ => []),
        [ErrorCodes.Invalid] = (["bad id!"], _ => ["bad id!"]),
        [ErrorCodes.InUse] = ([3], _ => ["3"]),
        [ErrorCodes.Closed] = ([WorkshopStatus.Cancelled], text => [text.StatusName(WorkshopStatus.Cancelled)]),
        // Likewise the card's version number: the message says what happened and what to do instead.
        [ErrorCodes.Stale] = ([7], _ => []),
        [ErrorCodes.VotingNotOpen] = ([], _ => []),
        [ErrorCodes.VotingClosed] = ([], _ => []),
        [ErrorCodes.VotingOpen] = ([], _ => []),
        [ErrorCodes.NoVotesLeft] = ([3], _ => ["3"]),
        [ErrorCodes.OneVotePerIdea] = ([], _ => []),
        [ErrorCodes.NeedsKpi] = ([], _ => []),
        [ErrorCodes.NotOwner] = ([], _ => []),
        [ErrorCodes.NotShortlisted] = (["idea-1"], _ => []),
        [ErrorCodes.DateOutOfRange] = ([new DateOnly(2025, 12, 1), new DateOnly(2036, 12, 1)], _ => ["2036"]),
        [ErrorCodes.Finished] = ([WorkshopStatus.Finished], _ => []),
        [ErrorCodes.NotLastStep] = ([6], _ => ["6"]),
        [ErrorCodes.NotInFuture] = (["2026-11-22"], _ => ["2026-11-22"]),
        // The status is always "active" here: the message says what to do instead.
        [ErrorCodes.NotFinished] = ([WorkshopStatus.Active], _ => []),
    };

    private static IEnumerable<string> AllErrorCodes() =>
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void Every_error_code_has_its_own_message_showing_its_arguments(Language language)
    {
        var text = BotText.For(language);
        var generic = text.Error(ValidationError.Of("name", "noSuchCode"));

        Assert.Equal(AllErrorCodes().Order(), SampleErrors.Keys.Order());
        var messages = SampleErrors.Select(sample =>
        {
            var message = text.Error(ValidationError.Of("field", sample.Key, sample.Value.Arguments));
            Assert.NotEqual(generic, message);
            Assert.All(sample.Value.Shown(text), shown => Assert.Contains(shown, message, StringComparison.Ordinal));
            return message;
        }).ToList();
        Assert.Equal(messages.Count, messages.Distinct().Count());
    }

    [Fact]
    public void A_closed_workshop_is_named_by_its_status_label()
    {
        var closed = ValidationError.Of("status", ErrorCodes.Closed, WorkshopStatus.Completed);

        Assert.Equal("This workshop is closed (Completed): it no longer changes.", BotText.English.Error(closed));
        Assert.Equal("종료된 워크숍입니다(완료됨). 더 이상 바꿀 수 없습니다.", BotText.Korean.Error(closed));
    }

    [Fact]
    public void Numbers_in_messages_are_written_the_way_the_language_writes_them()
    {
        var tooLong = ValidationError.Of("goal", ErrorCodes.TooLong, Limits.MaxLongTextLength);
        var outOfRange = ValidationError.Of("value", ErrorCodes.OutOfRange, 0m, Limits.MaxKpiValue);

        Assert.Equal("At most 2,000 characters.", BotText.English.Error(tooLong));
        Assert.Equal("2,000자 이내로 입력하세요.", BotText.Korean.Error(tooLong));
        Assert.Equal("Must be from 0 to 1,000,000,000,000.", BotText.English.Error(outOfRange));
    }

    [Theory]
    [InlineData("noSuchCode")]
    [InlineData("")]
    [InlineData("Error.required")]
    public void An_unknown_code_gives_the_generic_message(string code)
    {
        Assert.Equal("This value was not accepted.", BotText.English.Error(ValidationError.Of("name", code)));
        Assert.Equal("이 값은 받을 수 없습니다.", BotText.Korean.Error(ValidationError.Of("name", code)));
    }

    [Fact]
    public void Arguments_a_message_cannot_take_never_fail_the_turn()
    {
        Assert.Equal("This value was not accepted.", BotText.English.Error(ValidationError.Of("name", ErrorCodes.TooLong)));
        Assert.Equal("This workshop is closed (9): it no longer changes.", BotText.English.Error(ValidationError.Of("status", ErrorCodes.Closed, (WorkshopStatus)9)));
    }

    private static TheoryData<T, Language> InBothLanguages<T>(IEnumerable<T> values)
    {
        var data = new TheoryData<T, Language>();
        foreach (var value in values)
        {
            data.Add(value, Language.English);
            data.Add(value, Language.Korean);
        }

        return data;
    }

    /// <summary>Every text property of a profile and its attribute groups, by dotted path.</summary>
    private static Dictionary<string, string?> TextFields(PersonaProfile profile)
    {
        var fields = new Dictionary<string, string?>();
        Collect(profile, string.Empty, fields);
        return fields;
    }

    private static void Collect(object value, string prefix, Dictionary<string, string?> fields)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var path = prefix + property.Name;
            if (property.PropertyType == typeof(string))
            {
                fields[path] = (string?)property.GetValue(value);
            }
            else if (property.PropertyType.IsClass && property.GetValue(value) is { } group && property.PropertyType.Namespace == typeof(PersonaProfile).Namespace)
            {
                Collect(group, path + ".", fields);
            }
        }
    }
}
