using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Tests.Workshops;

/// <summary>Moves a conversation through a workshop the way people do: typing, filling the card's inputs, clicking its buttons.</summary>
internal static class WorkshopSteps
{
    /// <summary>Types "start" (or 시작), fills the setup form and presses Start; returns the setup message (now the board) and the board.</summary>
    public static async Task<(BotMessage Board, CardView Card)> StartWorkshopAsync(
        this Conversation chat, TestUser facilitator, string name = "Onboarding journey", string template = "Saas", string language = "en", string mapType = "CurrentState")
    {
        var setup = await chat.SendAndGetReplyAsync(language == "ko" ? "시작" : "start", facilitator);
        var started = await chat.ClickAsync(setup, WorkshopVerbs.Create, SetupInputs(name, mapType, template, language), facilitator);
        return (setup, started.Card);
    }

    /// <summary>What a person fills into the setup form before pressing Start.</summary>
    public static Dictionary<string, object?> SetupInputs(string name, string mapType = "CurrentState", string template = "Saas", string language = "en") => new()
    {
        [SetupCard.NameInput] = name,
        [SetupCard.MapTypeInput] = mapType,
        [SetupCard.TemplateInput] = template,
        [SetupCard.LanguageInput] = language,
    };

    /// <summary>Starts a workshop and has the facilitator go to <paramref name="step"/>; returns the board message and the facilitator's board.</summary>
    public static async Task<(BotMessage Board, CardView Card)> StartAtStepAsync(
        this Conversation chat, TestUser facilitator, JourneyBot.Workshop.WorkshopStep step, string template = "Saas", string language = "en")
    {
        var (setup, board) = await chat.StartWorkshopAsync(facilitator, template: template, language: language);
        var moved = await chat.ClickOnBoardAsync(setup, board, WorkshopVerbs.Go, facilitator,
            new Dictionary<string, object?> { ["go.step"] = ((int)step).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return (setup, moved.Card);
    }

    /// <summary>
    /// Removes an item the way people do: its row's <paramref name="edit"/> button opens the edit form, "Remove…" there
    /// (<paramref name="askVerb"/>) asks, and Remove on the question (<paramref name="confirmVerb"/>) removes. Returns the
    /// form, the question and the answer to the removal.
    /// </summary>
    public static async Task<(CardView Form, CardView Question, InvokeResult Removed)> RemoveThroughFormAsync(
        this Conversation chat, BotMessage board, CardButton edit, string askVerb, string confirmVerb, TestUser by)
    {
        var form = (await chat.ClickAsync(board, edit, null, by)).Card;
        var question = (await chat.ClickAsync(board, form.Button(askVerb), null, by)).Card;
        return (form, question, await chat.ClickAsync(board, question.Button(confirmVerb), null, by));
    }

    /// <summary>Clicks <paramref name="verb"/> on the card <paramref name="board"/> shows now (its latest version for everyone).</summary>
    public static async Task<InvokeResult> ClickOnBoardAsync(
        this Conversation chat, BotMessage board, CardView current, string verb, TestUser by, IReadOnlyDictionary<string, object?>? inputs = null) =>
        await chat.ClickAsync(board, current.Button(verb), inputs, by);

    /// <summary>
    /// <paramref name="card"/> when it has a <paramref name="verb"/> button about <paramref name="item"/>; otherwise (a stage
    /// card a save came back to) the board its way back shows <paramref name="by"/>.
    /// </summary>
    public static async Task<CardView> WithButtonAsync(this Conversation chat, BotMessage message, CardView card, string verb, string item, TestUser by) =>
        card.ItemsOf(verb).Contains(item)
            ? card
            : (await chat.ClickAsync(message, card.Button(JourneyBot.Workshops.Flow.WorkshopVerbs.Show), by: by)).Card;

    /// <summary><paramref name="by"/> goes from <paramref name="card"/> (a stage card a save came back to) back to the board.</summary>
    public static async Task<CardView> BoardAsync(this Conversation chat, BotMessage message, CardView card, TestUser by) =>
        (await chat.ClickAsync(message, card.Button(JourneyBot.Workshops.Flow.WorkshopVerbs.Show), by: by)).Card;
}
