using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.Tests.Workshops;

public sealed partial class FeedbackTests
{
    [Fact]
    public async Task A_person_withdraws_their_own_rating_and_only_theirs()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        await bot.ChangeStoredAsync(chat, board, map => map.AddTouchpoint(TestUser.Alice.AsParticipant(), "pricing", "consideration", FeedbackSteps.Touchpoint("Pricing page"), DateTimeOffset.UtcNow));
        var aliceCard = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Alice);
        await chat.ClickAsync(message, aliceCard.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "consideration"), Rating("pricing", "4"), TestUser.Alice);
        await chat.ClickAsync(message, aliceCard.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "consideration"), Rating("pricing", "2"), TestUser.Bora);
        var boraCard = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Bora);
        var chrisCard = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Chris);
        Assert.Empty(aliceCard.ItemsOf(FeedbackAndDataVerbs.WithdrawSatisfaction));
        Assert.Equal(["pricing"], boraCard.ItemsOf(FeedbackAndDataVerbs.WithdrawSatisfaction));
        Assert.Empty(chrisCard.ItemsOf(FeedbackAndDataVerbs.WithdrawSatisfaction));

        var withdrawn = await chat.ClickAsync(message, boraCard.ButtonFor(FeedbackAndDataVerbs.WithdrawSatisfaction, "pricing"), by: TestUser.Bora);

        Assert.Contains("Pricing page: 4 from 1 rating\n", withdrawn.Card.Text, Exact);
        Assert.DoesNotContain("Saved:", withdrawn.Card.Text, Exact);
        Assert.Contains("satisfaction 4 (1 rating)", (await chat.BoardAsync(message, withdrawn.Card, TestUser.Bora)).Text, Exact);
        Assert.Contains("satisfaction 4 (1 rating)", (await chat.SharedCardAsync(message))?.Text, Exact);
        var after = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Bora);
        Assert.Contains("Pricing page: 4 from 1 rating\n", after.Text, Exact);
        Assert.Empty(after.ItemsOf(FeedbackAndDataVerbs.WithdrawSatisfaction));

        var byChris = await chat.ClickAsync(message, boraCard.ButtonFor(FeedbackAndDataVerbs.WithdrawSatisfaction, "pricing"), by: TestUser.Chris);

        Assert.Contains("This no longer exists; someone may have removed it.", byChris.Card.Text, Exact);
        var left = Assert.Single((await bot.StoredMapAsync(chat, board)).SatisfactionRatings);
        Assert.Equal((TestUser.Alice.AadObjectId, 4), (left.Author.AadObjectId, left.Score));
        var forAlice = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Alice);
        Assert.Equal(["pricing"], forAlice.ItemsOf(FeedbackAndDataVerbs.WithdrawSatisfaction));
    }
}
