using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Arranges what other steps' cards would have put in a workshop (personas, a full map) through the real store and the
/// domain's own commands, the way a click is applied, so a test can start where its step starts.
/// </summary>
internal static class StoredWorkshops
{
    /// <summary>The workshop a board belongs to: every workshop button carries its id.</summary>
    public static string WorkshopIdOf(this CardView card) =>
        card.Buttons.Select(button => button.Data).OfType<System.Text.Json.JsonElement>()
            .Select(data => data.TryGetProperty("wid", out var wid) ? wid.GetString() : null)
            .OfType<string>().First();

    /// <summary>The person as the workshop records them.</summary>
    public static Participant AsParticipant(this TestUser user) => new(user.AadObjectId, user.Name);

    /// <summary>Runs <paramref name="commands"/> one after another as one stored change (one batch of at most 100 entities).</summary>
    public static Task<JourneyMap> ChangeStoredAsync(this BotHost bot, Conversation chat, CardView board, params IReadOnlyList<Func<JourneyMap, MapOutcome>> commands) =>
        bot.ChangeStoredAsync(chat, board.WorkshopIdOf(), commands);

    /// <summary>Runs <paramref name="commands"/> on workshop <paramref name="workshopId"/> as one stored change; returns the map saved.</summary>
    public static async Task<JourneyMap> ChangeStoredAsync(this BotHost bot, Conversation chat, string workshopId, params IReadOnlyList<Func<JourneyMap, MapOutcome>> commands)
    {
        var result = await bot.Services.GetRequiredService<IWorkshopStore>()
            .ApplyAsync(Owner(chat), workshopId, map => Chained(map, commands), CancellationToken.None);
        Assert.True(result.Status == WorkshopCommandStatus.Applied, $"{result.Status}: {string.Join("; ", result.Outcome?.Errors ?? [])}");
        return result.Outcome!.Map;
    }

    /// <summary>The workshop as stored now.</summary>
    public static Task<JourneyMap> StoredMapAsync(this BotHost bot, Conversation chat, CardView board) => bot.StoredMapAsync(chat, board.WorkshopIdOf());

    public static async Task<JourneyMap> StoredMapAsync(this BotHost bot, Conversation chat, string workshopId)
    {
        var loaded = await bot.Services.GetRequiredService<IWorkshopStore>().LoadAsync(Owner(chat), workshopId, CancellationToken.None);
        Assert.NotNull(loaded);
        return loaded.Map;
    }

    /// <summary>Personas named <paramref name="names"/>, with the ids given (the cells' ids are "{personaId}.{stageId}").</summary>
    public static Task AddPersonasAsync(this BotHost bot, Conversation chat, CardView board, params IReadOnlyList<(string Id, string Name)> personas) =>
        bot.ChangeStoredAsync(chat, board, map => map.AddPersonas(
            TestUser.Alice.AsParticipant(),
            [.. personas.Select(persona => new NewPersona(persona.Id, new PersonaProfile { Name = persona.Name }))],
            DateTimeOffset.UtcNow));

    private static WorkshopOwner Owner(Conversation chat) => new(chat.Account.TenantId, chat.Id);

    /// <summary>Several commands as one outcome: each runs on the map the one before made.</summary>
    public static MapOutcome Chained(JourneyMap map, IReadOnlyList<Func<JourneyMap, MapOutcome>> commands)
    {
        var current = map;
        var changes = new List<MapChange>();
        foreach (var command in commands)
        {
            var outcome = command(current);
            Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
            changes.AddRange(outcome.Changes);
            current = outcome.Map;
        }

        return new MapOutcome { Before = map, Map = current, Changes = changes };
    }
}
