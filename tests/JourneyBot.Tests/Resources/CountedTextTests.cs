using JourneyBot.Resources;

namespace JourneyBot.Tests.Resources;

public sealed class CountedTextTests
{
    [Theory]
    [InlineData(0, "0 KPIs")]
    [InlineData(1, "1 KPI")]
    [InlineData(2, "2 KPIs")]
    [InlineData(1200, "1,200 KPIs")]
    public void English_picks_the_singular_for_one_and_the_plural_for_any_other_count(long count, string expected) =>
        Assert.Equal(expected, BotText.English.Counted("FeedbackSummaryKpis", count, count));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Korean_has_one_form_for_every_count(long count) =>
        Assert.Equal($"KPI {count}개", BotText.Korean.Counted("FeedbackSummaryKpis", count, count));

    [Theory]
    [InlineData("a|b", 1, "a")]
    [InlineData("a|b", 0, "b")]
    [InlineData("a|b", 5, "b")]
    [InlineData("only", 1, "only")]
    [InlineData("only", 7, "only")]
    public void The_form_is_chosen_by_the_count(string forms, long count, string expected) =>
        Assert.Equal(expected, BotText.PluralForm(forms, count));

    [Fact]
    public void Three_forms_are_a_resource_defect() =>
        Assert.Throws<FormatException>(() => BotText.PluralForm("a|b|c", 1));

    [Fact]
    public void The_count_may_sit_anywhere_in_the_text() =>
        Assert.Equal("Pricing page: 4.5 from 1 rating", BotText.English.Counted("SatisfactionRow", 1, "Pricing page", "4.5", 1));

    [Theory]
    [InlineData(1, "1 other item depends on this.")]
    [InlineData(3, "3 other items depend on this.")]
    public void A_counted_error_counts_its_first_argument(int count, string expected) =>
        Assert.Equal(expected, BotText.English.Error(Workshop.ValidationError.Of("stage", Workshop.ErrorCodes.InUse, count)));
}
