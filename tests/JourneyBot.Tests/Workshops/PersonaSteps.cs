using System.Text.Json;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.Personas;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Workshops;

/// <summary>What people do with personas on the cards, and how a test reads the cards back (buttons of one persona, errors below an input).</summary>
internal static class PersonaSteps
{
    /// <summary>Fills the board's folded add form (name and any key fields) and presses Add.</summary>
    public static Task<InvokeResult> AddPersonaAsync(
        this Conversation chat, BotMessage board, CardView current, TestUser by, string name, string? jobTitle = null, string? channels = null) =>
        chat.ClickOnBoardAsync(board, current, PersonasSection.Add, by, new Dictionary<string, object?>
        {
            [PersonaField.Name.InputId] = name,
            [PersonaField.JobTitle.InputId] = jobTitle ?? string.Empty,
            [PersonaField.Goals.InputId] = string.Empty,
            [PersonaField.PainPoints.InputId] = string.Empty,
            [PersonaField.PreferredChannels.InputId] = channels ?? string.Empty,
        });

    /// <summary>The ids of the personas a card lists, in order (from their Details buttons).</summary>
    public static IReadOnlyList<string> PersonaIds(this CardView card) =>
        [.. card.Buttons.Where(button => button.Verb == PersonasSection.Details).Select(ItemOf).OfType<string>()];

    /// <summary>The button with <paramref name="verb"/> about item <paramref name="item"/> (and section <paramref name="number"/>).</summary>
    public static CardButton ButtonFor(this CardView card, string verb, string item, int? number = null) =>
        card.Buttons.Single(button => button.Verb == verb && ItemOf(button) == item && (number is null || NumberOf(button) == number));

    /// <summary>Opens the section form of persona <paramref name="item"/> from its detail card and saves <paramref name="inputs"/>.</summary>
    public static async Task<InvokeResult> SaveSectionAsync(
        this Conversation chat, BotMessage board, CardView current, string item, PersonaSection section, IReadOnlyDictionary<string, object?> inputs, TestUser by)
    {
        var details = await chat.ClickAsync(board, current.ButtonFor(PersonasSection.Details, item), by: by);
        var form = await chat.ClickAsync(board, details.Card.ButtonFor(PersonasSection.EditSection, item, (int)section), by: by);
        return await chat.ClickAsync(board, form.Card.Button(PersonasSection.Save), inputs, by);
    }

    /// <summary>The text of the attention-coloured block right after input <paramref name="inputId"/>, or null: the error beside the field.</summary>
    /// <summary>Runs a command on the stored workshop directly: for work other steps' cards make (stage notes, emotion scores).</summary>
    public static async Task ArrangeAsync(this BotHost bot, Conversation chat, string workshopId, Func<JourneyMap, MapOutcome> command)
    {
        var store = bot.Services.GetRequiredService<IWorkshopStore>();
        var result = await store.ApplyAsync(new WorkshopOwner(chat.Account.TenantId, chat.Id), workshopId, command, CancellationToken.None);
        Assert.Equal(WorkshopCommandStatus.Applied, result.Status);
    }

    public static async Task<JourneyMap> StoredMapAsync(this BotHost bot, Conversation chat, string workshopId)
    {
        var store = bot.Services.GetRequiredService<IWorkshopStore>();
        var loaded = await store.LoadAsync(new WorkshopOwner(chat.Account.TenantId, chat.Id), workshopId, CancellationToken.None);
        return Assert.IsType<LoadedWorkshop>(loaded).Map;
    }

    public static string WorkshopIdOf(this CardView card) =>
        card.Buttons.Select(button => button.Data).OfType<JsonElement>().Select(data => data.TryGetProperty("wid", out var wid) ? wid.GetString() : null).OfType<string>().First();

    private static string? ItemOf(CardButton button) =>
        button.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("item", out var item) ? item.GetString() : null;

    private static int? NumberOf(CardButton button) =>
        button.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("n", out var n) ? n.GetInt32() : null;
}
