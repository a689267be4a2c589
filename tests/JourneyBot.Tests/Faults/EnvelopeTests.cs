using System.Net;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Workshops;

namespace JourneyBot.Tests.Faults;

/// <summary>
/// An activity without a sender, recipient or conversation, or with ids beyond the stated limits (docs/protocol.md,
/// Envelope limits), is refused with 400 and a fixed reason in the log, before any storage call and without a reply.
/// </summary>
[Collection(BotTests.Name)]
public sealed class EnvelopeTests(BotEnvironment environment)
{
    private static readonly string Huge = new('x', 100_000);

    /// <summary>The change, and the event and reason logged (a sender without an id does not even read as an activity: 1002).</summary>
    public static TheoryData<string, int, string> BadEnvelopes => new()
    {
        { "no from", 1004, "no from.id" },
        { "from without id", 1002, "not an activity" },
        { "no recipient", 1004, "no recipient.id" },
        { "huge conversation id", 1004, "an id longer than 1024 characters" },
        { "huge tenant id", 1004, "a tenant id longer than 128 characters" },
        { "huge activity id", 1004, "an id longer than 1024 characters" },
        { "huge serviceUrl", 1004, "a serviceUrl longer than 2048 characters" },
    };

    [Theory]
    [MemberData(nameof(BadEnvelopes))]
    public async Task A_message_and_a_click_with_a_bad_envelope_get_400_before_any_storage_call(string change, int eventId, string reason)
    {
        var logs = new RecordedLogs();
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Logs = logs });
        var chat = bot.PersonalChat(TestUser.Alice);

        foreach (var type in new[] { ActivityTypes.Message, ActivityTypes.Invoke })
        {
            var activity = Broken(chat.NewActivity(type, null) with
            {
                Text = "next",
                Name = type == ActivityTypes.Invoke ? InvokeNames.AdaptiveCardAction : null,
                Value = type == ActivityTypes.Invoke ? System.Text.Json.JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "workshop.next" } }) : null,
            }, change);

            var (status, messages) = await chat.PostAsync(activity);

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Empty(messages);
        }

        Assert.Equal(2, logs.Lines.Count(line => line.EventId == eventId && line.Message.Contains(reason, StringComparison.Ordinal)));

        // No turn began: nothing was logged inside a turn's scope (the endpoint opens it once the activity is accepted).
        Assert.DoesNotContain(logs.Lines, line => line.Scope.ContainsKey("ActivityId"));
    }

    [Fact]
    public async Task A_conversation_id_at_the_limit_runs_a_workshop()
    {
        await using var bot = await environment.StartBotAsync();
        // The driver's activity ids are the conversation id and a counter: they stay within the limit too.
        var id = "a:1" + new string('k', ActivityEnvelope.MaxIdLength - 20);
        var chat = bot.PersonalChat(TestUser.Alice, id, "en-US");

        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var moved = await chat.ClickAsync(message, board.Button(JourneyBot.Workshops.Flow.WorkshopVerbs.Next));

        Assert.Contains("Step 2/7", moved.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Step 2/7", (await chat.SendAndGetReplyAsync("status")).Card.Text, StringComparison.Ordinal);
    }

    private static Activity Broken(Activity activity, string change) => change switch
    {
        "no from" => activity with { From = null },
        "from without id" => activity with { From = activity.From! with { Id = null! } },
        "no recipient" => activity with { Recipient = null },
        "huge conversation id" => activity with { Conversation = activity.Conversation! with { Id = Huge } },
        "huge tenant id" => activity with { Conversation = activity.Conversation! with { TenantId = Huge } },
        "huge activity id" => activity with { Id = Huge },
        "huge serviceUrl" => activity with { ServiceUrl = activity.ServiceUrl + "?" + new string('q', 3000) },
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };
}
