using JourneyBot.Resources;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Resources;

public sealed class ItemKindLabelTests
{
    public static TheoryData<Language> BothLanguages => [Language.English, Language.Korean];

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void Every_declared_kind_has_its_own_label(Language language)
    {
        var text = BotText.For(language);

        var labels = ItemKinds.All.Select(declaration => text[declaration.LabelKey]).ToList();

        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Theory]
    [InlineData(ItemKind.PersonaStageCell, "Persona notes", "페르소나 메모")]
    [InlineData(ItemKind.EmotionScore, "Emotion scores", "감정 점수")]
    [InlineData(ItemKind.Touchpoint, "Touchpoints", "터치포인트")]
    [InlineData(ItemKind.SatisfactionRating, "Satisfaction ratings", "만족도 평가")]
    [InlineData(ItemKind.Kpi, "KPIs", "KPI")]
    [InlineData(ItemKind.EvidenceNote, "Evidence notes", "근거 메모")]
    public void A_stages_dependents_keep_the_labels_the_removal_card_showed(ItemKind kind, string english, string korean)
    {
        var key = ItemKinds.Of(kind).LabelKey;

        Assert.Equal(english, BotText.English[key]);
        Assert.Equal(korean, BotText.Korean[key]);
    }
}
