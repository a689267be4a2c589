using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Conversations;
using JourneyBot.Reminders;
using JourneyBot.Resources;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Routing;

/// <summary>
/// Every route of the bot in one place: typed commands, card verbs, and conversation events (docs/architecture.md, One turn, step 5).
/// </summary>
public sealed class BotRouter(
    ConversationRegistry conversations, WorkshopDialog dialog, WorkshopCommands workshopCommands, CardForms forms, ReminderClicks reminders,
    ILogger<BotRouter> logger) : IBot
{
    /// <summary>How much of an unknown command is quoted back: enough to recognise it, not a pasted essay.</summary>
    private const int ShownCommandLength = 80;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await conversations.RememberAsync(turn, cancellationToken);
                await OnCommandAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Invoke when turn.IsInvoke(InvokeNames.AdaptiveCardAction):
                await conversations.RememberAsync(turn, cancellationToken);
                await OnCardActionAsync(turn, cancellationToken);
                break;
            case ActivityTypes.Invoke when turn.IsInvoke(InvokeNames.TaskFetch) || turn.IsInvoke(InvokeNames.TaskSubmit):
                // A form in a Teams dialog (Cards:Forms = Dialog): only workshop cards open dialogs.
                await conversations.RememberAsync(turn, cancellationToken);
                await dialog.OnTaskAsync(turn, submitted: turn.IsInvoke(InvokeNames.TaskSubmit), cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(turn, cancellationToken);
                break;
            default:
                Log.Ignored(logger, activity.Type, activity.Name);
                break;
        }
    }

    /// <summary>A message typed to the bot (mention removed): the table of commands.</summary>
    private async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var command = Command.Parse(turn.Text);
        var text = BotText.For(command.Language ?? Languages.Of(turn.Activity));
        var card = command.Kind switch
        {
            CommandKind.Help => HelpCard.Build(text, HowToType.For(turn.Activity)),
            CommandKind.Unknown => HelpCard.Build(text, HowToType.For(turn.Activity), text.Format("UnknownCommand", CardText.Shown(turn.Text, ShownCommandLength))),
            _ => null,
        };
        if (card is null)
        {
            // Workshop commands send their own answer: a board they post becomes the workshop's live board.
            await workshopCommands.RespondAsync(turn, command, text, cancellationToken);
            return;
        }

        await turn.SendCardAsync(forms.ForConversation(card), cancellationToken);
    }

    /// <summary>The table of card verbs: each shows a card, in the language the button asks for, saying how to type here.</summary>
    private static readonly FrozenDictionary<string, Func<BotText, HowToType, AdaptiveCard>> CardsByVerb =
        new Dictionary<string, Func<BotText, HowToType, AdaptiveCard>>
        {
            [CardVerbs.Help] = (text, typing) => HelpCard.Build(text, typing),
            [CardVerbs.Start] = (text, _) => StartCard.Build(text),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// An Action.Execute click. The answer replaces the clicked card, for the clicker, in the invoke response; workshop
    /// cards go to the workshop dialog, which also redraws the board for everyone.
    /// </summary>
    private async Task OnCardActionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = BotText.For(Languages.Of(turn.Activity));
        var action = CardClick.Read(turn.Activity);
        if (action is not null && ReminderVerbs.IsReminderVerb(action.Verb))
        {
            // Before the dialog: a reminder's buttons name a workshop too, but change the reminder, not the map.
            await reminders.OnClickAsync(turn, action.Verb, action.Data, cancellationToken);
            return;
        }

        if (action is not null && dialog.Answers(action.Verb, action.Data))
        {
            await dialog.OnClickAsync(turn, action.Verb, action.Data, cancellationToken);
            return;
        }

        if (action is not null && !CardsByVerb.ContainsKey(action.Verb))
        {
            // A button from a card an older version sent: show what the bot offers now.
            turn.SetInvokeResponse(AdaptiveCardInvokeResponse.Card(HelpCard.Build(text, HowToType.For(turn.Activity), text["StaleAction"]).ToPayload()));
            return;
        }

        if (action is null || ShowCardData.Parse(action.Data) is not { } data)
        {
            Log.BadAction(logger, turn.Activity.Conversation?.Id);
            turn.SetInvokeResponse(AdaptiveCardInvokeResponse.Error(400, "BadRequest", text["BadActionData"]));
            return;
        }

        var card = CardsByVerb[action.Verb](TextFor(data, turn), HowToType.For(turn.Activity));
        turn.SetInvokeResponse(AdaptiveCardInvokeResponse.Card(card.ToPayload()));
    }

    private async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        if (turn.Activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await conversations.ForgetAsync(turn, cancellationToken);
            return;
        }

        await conversations.RememberAsync(turn, cancellationToken);

        // Teams announces the bot's own arrival as a member added: that is when a team meets it.
        if (turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            var welcome = WelcomeCard.Build(BotText.For(Languages.Of(turn.Activity)), HowToType.For(turn.Activity));
            await turn.SendCardAsync(welcome.ToPayload(), cancellationToken);
        }
    }

    /// <summary>
    /// Install and uninstall. The welcome is sent on the conversationUpdate that accompanies an install, so that a
    /// team does not get two; here the conversation is only remembered or forgotten.
    /// </summary>
    private Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Action is "remove" or "remove-upgrade"
            ? conversations.ForgetAsync(turn, cancellationToken)
            : conversations.RememberAsync(turn, cancellationToken);

    private static BotText TextFor(ShowCardData data, TurnContext turn) => BotText.For(data.Language ?? Languages.Of(turn.Activity));
}
