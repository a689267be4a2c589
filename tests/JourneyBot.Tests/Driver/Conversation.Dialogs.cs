using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Tests.Driver;

/// <summary>Teams dialogs (Cards:Forms = Dialog): a button that asks for one (task/fetch), and a dialog's buttons (task/submit).</summary>
public sealed partial class Conversation
{
    /// <summary>
    /// <paramref name="by"/> presses <paramref name="button"/> of <paramref name="message"/>'s card, an Action.Submit that asks
    /// Teams for a dialog: the bot is sent <c>task/fetch</c> with the button's data, as Teams does.
    /// </summary>
    public async Task<DialogAnswer> OpenDialogAsync(BotMessage message, CardButton button, TestUser by)
    {
        Assert.Equal("Action.Submit", button.Type);
        Assert.True(button.Data is { } data && data.TryGetProperty("msteams", out var teams) && teams.GetProperty("type").GetString() == "task/fetch",
            $"'{button.Title}' does not open a dialog: {button.Data}");
        var invoke = NewActivity(ActivityTypes.Invoke, by) with
        {
            Name = InvokeNames.TaskFetch,
            ReplyToId = message.ActivityId,
            Entities = [ClientInfo()],
            Value = JsonSerializer.SerializeToElement(new { data = button.Data, context = new { theme = "default" } }),
        };
        return await DialogAnswerAsync(invoke);
    }

    /// <summary>
    /// <paramref name="by"/> presses the button of <paramref name="dialog"/> whose data names <paramref name="verb"/>, with the
    /// dialog's inputs set to <paramref name="inputs"/> (the first such button, or the one about <paramref name="about"/>): the bot
    /// is sent <c>task/submit</c>. No <c>replyToId</c>: the dialog's
    /// buttons carry the board they were opened from themselves.
    /// </summary>
    public async Task<DialogAnswer> SubmitDialogAsync(CardView dialog, string verb, IReadOnlyDictionary<string, object?> inputs, TestUser by, string? about = null)
    {
        var button = dialog.Buttons.FirstOrDefault(candidate =>
            candidate is { Type: "Action.Submit", Data: { } data } && data.TryGetProperty("verb", out var named) && named.GetString() == verb
            && (about is null || CardView.AboutOf(candidate) == about))
            ?? throw new InvalidOperationException($"No dialog button for {verb} {about} on:\n{dialog.Text}");
        var data = JsonNode.Parse(button.Data!.Value.GetRawText())!.AsObject();
        foreach (var (name, value) in inputs)
        {
            data[name] = JsonSerializer.SerializeToNode(value);
        }

        var invoke = NewActivity(ActivityTypes.Invoke, by) with
        {
            Name = InvokeNames.TaskSubmit,
            Entities = [ClientInfo()],
            Value = JsonSerializer.SerializeToElement(new { data, context = new { theme = "default" } }),
        };
        return await DialogAnswerAsync(invoke);
    }

    private async Task<DialogAnswer> DialogAnswerAsync(Activity invoke)
    {
        using var response = await PostRawAsync(invoke);
        Assert.Equal(200, (int)response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var task = body.RootElement.GetProperty("task");
        switch (task.GetProperty("type").GetString())
        {
            case "continue":
                var value = task.GetProperty("value");
                var card = value.GetProperty("card");
                Assert.Equal(Attachment.AdaptiveCardContentType, card.GetProperty("contentType").GetString());
                var content = card.GetProperty("content").Clone();
                await _host.Environment.Cards.AssertValidAsync(content, CancellationToken.None);
                return new DialogAnswer(value.GetProperty("title").GetString(), new CardView(content), null);
            case "message":
                return new DialogAnswer(null, null, task.GetProperty("value").GetString());
            default:
                throw new InvalidOperationException("Unknown dialog answer: " + body.RootElement.GetRawText());
        }
    }
}

/// <summary>What a dialog shows next: a card (with the dialog's title), or a closing message.</summary>
public sealed record DialogAnswer(string? Title, CardView? Card, string? Message)
{
    /// <summary>The card in the dialog; fails the test when the dialog closed instead.</summary>
    public CardView Shown => Card ?? throw new InvalidOperationException("The dialog closed with: " + Message);
}
