using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;
using JourneyBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Driver;

/// <summary>
/// A Teams conversation with the bot, played through the real <c>/api/messages</c> endpoint (our replacement for
/// Microsoft.Bot.Builder.Testing). People send messages and click card buttons; the bot's answers are read back from
/// the fake connector; every card is checked by the official Adaptive Cards library.
/// </summary>
public sealed partial class Conversation
{
    public static readonly ChannelAccount Bot = new() { Id = "28:journeybot-test", Name = "JourneyBot", Role = "bot" };

    private const string TenantId = "72f988bf-0000-0000-0000-0000000000aa";
    private readonly BotHost _host;
    private readonly List<BotHost> _hosts;
    private readonly TestUser _defaultUser;
    private int _sequence;
    private int _posts;

    private Conversation(BotHost host, ConversationAccount account, TestUser defaultUser, string locale, TeamsChannelData channelData, bool mentionsBot)
    {
        _host = host;
        _hosts = [host];
        Account = account;
        _defaultUser = defaultUser;
        Locale = locale;
        ChannelData = channelData;
        MentionsBot = mentionsBot;
    }

    public ConversationAccount Account { get; }
    public string Id => Account.Id;

    /// <summary>This very conversation, its activities delivered to <paramref name="other"/> (another instance of the bot).</summary>
    public Conversation Through(BotHost other) => new(other, Account, _defaultUser, Locale, ChannelData, MentionsBot) { BotAccount = BotAccount };
    public string Locale { get; set; }
    public TeamsChannelData ChannelData { get; }

    /// <summary>The bot as this conversation knows it (the activities' <c>recipient</c>): a team may show it by another name.</summary>
    public ChannelAccount BotAccount { get; set; } = Bot;

    /// <summary>In channels and group chats Teams only delivers messages that @mention the bot.</summary>
    public bool MentionsBot { get; }

    private FakeConnector Connector => _host.Environment.Connector;

    internal static Conversation Personal(BotHost host, TestUser user, string locale, string? id = null) => new(
        host,
        new ConversationAccount { Id = id ?? $"a:1{Guid.NewGuid():N}", ConversationType = ConversationTypes.Personal, TenantId = TenantId },
        user, locale, new TeamsChannelData { Tenant = new TeamsIdentity { Id = TenantId } }, mentionsBot: false);

    internal static Conversation InChannel(BotHost host, string locale)
    {
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        return new(
            host,
            new ConversationAccount { Id = channel, ConversationType = ConversationTypes.Channel, TenantId = TenantId, IsGroup = true },
            TestUser.Alice, locale,
            new TeamsChannelData
            {
                Tenant = new TeamsIdentity { Id = TenantId },
                Team = new TeamsIdentity { Id = channel, Name = "Growth team" },
                Channel = new TeamsIdentity { Id = channel, Name = "General" },
            },
            mentionsBot: true);
    }

    internal static Conversation InGroupChat(BotHost host, string locale) => new(
        host,
        new ConversationAccount { Id = $"19:{Guid.NewGuid():N}@thread.v2", ConversationType = ConversationTypes.GroupChat, TenantId = TenantId, IsGroup = true },
        TestUser.Alice, locale, new TeamsChannelData { Tenant = new TeamsIdentity { Id = TenantId } }, mentionsBot: true);

    /// <summary>
    /// <paramref name="from"/> types <paramref name="text"/> (with the bot's @mention where Teams adds one); returns what
    /// the bot sent to the conversation during that turn.
    /// </summary>
    public async Task<IReadOnlyList<BotMessage>> SendAsync(string text, TestUser? from = null)
    {
        var (status, messages) = await PostAsync(MessageActivity(text, from));
        Assert.Equal(HttpStatusCode.OK, status);
        return messages;
    }

    /// <summary>The message activity <paramref name="from"/> typing <paramref name="text"/> would send, to post (and post again) yourself.</summary>
    public Activity MessageActivity(string text, TestUser? from = null)
    {
        var mention = $"<at>{BotAccount.Name}</at>";
        return NewActivity(ActivityTypes.Message, from) with
        {
            Text = MentionsBot ? $"{mention} {text}" : text,
            TextFormat = "plain",
            Entities = MentionsBot
                ? [new Entity { Type = "mention", Mentioned = BotAccount, Text = mention }, ClientInfo()]
                : [ClientInfo()],
        };
    }

    /// <summary>
    /// From now on, every other request of this conversation goes to <paramref name="other"/> (a second instance over the
    /// same tables), as a load balancer would spread them.
    /// </summary>
    public void AlternateWith(BotHost other) => _hosts.Add(other);

    /// <summary>Sends and expects exactly one answer from the bot.</summary>
    public async Task<BotMessage> SendAndGetReplyAsync(string text, TestUser? from = null)
    {
        var messages = await SendAsync(text, from);
        return Assert.Single(messages);
    }

    /// <summary>
    /// <paramref name="by"/> clicks the Action.Execute <paramref name="button"/> of <paramref name="message"/>'s card, with the
    /// card's inputs set to <paramref name="inputs"/> (merged into the action data, as Teams does).
    /// </summary>
    public Task<InvokeResult> ClickAsync(BotMessage message, CardButton button, IReadOnlyDictionary<string, object?>? inputs = null, TestUser? by = null) =>
        InvokeAsync(ClickActivity(message, button, inputs, by));

    /// <summary>The invoke activity a click would send (see <see cref="ClickAsync(BotMessage, CardButton, IReadOnlyDictionary{string, object?}?, TestUser?)"/>), to post (and post again) with <see cref="InvokeAsync"/>.</summary>
    public Activity ClickActivity(BotMessage message, CardButton button, IReadOnlyDictionary<string, object?>? inputs = null, TestUser? by = null)
    {
        Assert.Equal("Action.Execute", button.Type);
        var data = button.Data is { ValueKind: JsonValueKind.Object } d ? JsonNode.Parse(d.GetRawText())!.AsObject() : [];
        foreach (var (name, value) in inputs ?? new Dictionary<string, object?>())
        {
            data[name] = JsonSerializer.SerializeToNode(value);
        }

        return NewActivity(ActivityTypes.Invoke, by) with
        {
            Name = InvokeNames.AdaptiveCardAction,
            ReplyToId = message.ActivityId,
            Entities = [ClientInfo()], // Teams sends the client's locale and time zone with a click as with a message
            Value = JsonSerializer.SerializeToElement(new
            {
                action = new { type = "Action.Execute", verb = button.Verb, data, title = button.Title },
                trigger = "manual",
            }),
        };
    }

    /// <summary>Posts an <c>adaptiveCard/action</c> invoke and reads its answer (a card answer is checked by the official library).</summary>
    public async Task<InvokeResult> InvokeAsync(Activity invoke)
    {
        using var response = await PostRawAsync(invoke);
        var body = await response.Content.ReadAsStringAsync();
        var answer = body.Length == 0 ? null : JsonSerializer.Deserialize<AdaptiveCardInvokeResponse>(body, ConnectorJson.Options);
        if (answer is { Type: AdaptiveCardInvokeResponse.CardType, Value: { } card })
        {
            await _host.Environment.Cards.AssertValidAsync(card, CancellationToken.None);
        }

        return new InvokeResult((int)response.StatusCode, answer);
    }

    /// <summary>Clicks the first button with <paramref name="verb"/>.</summary>
    public Task<InvokeResult> ClickAsync(BotMessage message, string verb, IReadOnlyDictionary<string, object?>? inputs = null, TestUser? by = null) =>
        ClickAsync(message, message.Card.Button(verb), inputs, by);

    /// <summary>
    /// What everyone else now sees in <paramref name="message"/>: waits for the board redraws the bot queued, then returns
    /// the card of the last update of that message (checked by the official library), or null when it was never updated.
    /// </summary>
    public async Task<CardView?> SharedCardAsync(BotMessage message)
    {
        foreach (var host in _hosts)
        {
            await host.Services.GetRequiredService<MessageUpdateCoalescer>().WhenIdleAsync();
        }

        var update = Connector.Calls.LastOrDefault(call => call.Method == "PUT" && call.ActivityId == message.ActivityId);
        if (update?.Activity?.Attachments is not [{ Content: { } card }, ..])
        {
            return null;
        }

        await _host.Environment.Cards.AssertValidAsync(card, CancellationToken.None);
        return new CardView(card);
    }

    /// <summary>Teams announces the bot joining the conversation (install, or added to a team or chat).</summary>
    public async Task<IReadOnlyList<BotMessage>> AddBotAsync()
    {
        var update = NewActivity(ActivityTypes.ConversationUpdate, null) with { MembersAdded = [BotAccount] };
        var (status, messages) = await PostAsync(update);
        Assert.Equal(HttpStatusCode.OK, status);
        return messages;
    }

    /// <summary>Teams announces the bot was removed (uninstalled, or removed from the team).</summary>
    public async Task RemoveBotAsync()
    {
        var update = NewActivity(ActivityTypes.InstallationUpdate, null) with { Action = "remove" };
        var (status, _) = await PostAsync(update);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    /// <summary>Posts any activity (already addressed) and returns the HTTP status and what the bot sent meanwhile.</summary>
    public async Task<(HttpStatusCode Status, IReadOnlyList<BotMessage> Messages)> PostAsync(Activity activity, string? authorization = null)
    {
        var before = Connector.Calls.Count;
        using var response = await PostRawAsync(activity, authorization);
        var messages = new List<BotMessage>();
        foreach (var call in Connector.Calls.Skip(before).Where(c => c.ConversationId == Id && c.Method == "POST" && c.Activity is not null))
        {
            var sent = call.Activity!;
            foreach (var attachment in sent.Attachments ?? [])
            {
                if (attachment is { ContentType: Attachment.AdaptiveCardContentType, Content: { } card })
                {
                    await _host.Environment.Cards.AssertValidAsync(card, CancellationToken.None);
                }
            }

            messages.Add(new BotMessage(ActivityIdOf(call), sent, call));
        }

        return (response.StatusCode, messages);
    }

    /// <summary>A new inbound activity in this conversation from <paramref name="from"/> (default: the conversation's first user).</summary>
    public Activity NewActivity(string type, TestUser? from) => new()
    {
        Type = type,
        Id = $"{Id}-{Interlocked.Increment(ref _sequence)}",
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = "msteams",
        ServiceUrl = Connector.ServiceUrl,
        From = (from ?? _defaultUser).ToAccount(),
        Recipient = BotAccount,
        Conversation = Account,
        ChannelData = ChannelData,
        Locale = Locale,
    };

    /// <summary>The <c>clientInfo</c> entity Teams puts on messages and invokes alike: the client's locale and IANA time zone.</summary>
    private Entity ClientInfo() => new() { Type = "clientInfo", Locale = Locale, Timezone = "Asia/Seoul" };

    private async Task<HttpResponseMessage> PostRawAsync(Activity activity, string? authorization = null)
    {
        var host = _hosts[(Interlocked.Increment(ref _posts) - 1) % _hosts.Count];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: ConnectorJson.Options),
        };
        authorization ??= host.Settings.AppId is { } appId
            ? "Bearer " + host.Environment.Issuer.CreateToken(appId, activity.ServiceUrl!)
            : null;
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await host.Http.SendAsync(request);
    }

    /// <summary>The id the fake connector gave the message it created (its JSON answer), as the bot would see it.</summary>
    private static string ActivityIdOf(ConnectorCall call) => call.ResponseId
        ?? throw new InvalidOperationException("The fake connector did not record the id it returned.");
}
