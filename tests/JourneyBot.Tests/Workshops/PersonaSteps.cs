using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;

namespace JourneyBot.Tests.Workshops;

/// <summary>What people do with personas on the cards, and how a test reads the cards back (buttons of one persona, errors below an input).</summary>
internal static class PersonaSteps
{
    /// <summary>Fills the board's folded add form (name and any key fields) and presses Add.</summary>
    public static Task<InvokeResult> AddPersonaAsync(
        this Conversation chat, BotMessage board, CardView current, TestUser by, string name, string? jobTitle = null, string? channels = null) =>
        chat.ClickOnBoardAsync(board, current, GoalsAndPersonasVerbs.AddPersona, by, new Dictionary<string, object?>
        {
            [PersonaField.Name.InputId] = name,
            [PersonaField.JobTitle.InputId] = jobTitle ?? string.Empty,
            [PersonaField.Goals.InputId] = string.Empty,
            [PersonaField.PainPoints.InputId] = string.Empty,
            [PersonaField.PreferredChannels.InputId] = channels ?? string.Empty,
        });

    /// <summary>The ids of the personas a card lists, in order (from their Details buttons).</summary>
    public static IReadOnlyList<string> PersonaIds(this CardView card) =>
        [.. card.ItemsOf(GoalsAndPersonasVerbs.OpenPersona).OfType<string>()];

    /// <summary>Opens the section form of persona <paramref name="item"/> from its detail card and saves <paramref name="inputs"/>.</summary>
    public static async Task<InvokeResult> SaveSectionAsync(
        this Conversation chat, BotMessage board, CardView current, string item, PersonaSection section, IReadOnlyDictionary<string, object?> inputs, TestUser by)
    {
        var details = await chat.ClickAsync(board, current.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, item), by: by);
        var form = await chat.ClickAsync(board, details.Card.ButtonFor(GoalsAndPersonasVerbs.EditPersonaSection, item, (int)section), by: by);
        return await chat.ClickAsync(board, form.Card.Button(GoalsAndPersonasVerbs.SavePersonaSection), inputs, by);
    }
}
