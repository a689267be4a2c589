using JourneyBot.Reminders;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Workshops;
using JourneyBot.Workshop;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Reminders;

/// <summary>
/// Step 7's changes for the reminder tests that play months of a clock: the map changed through the real store, then the
/// planner called the way the dialog calls it after any applied command, without a conversation per change. The same path
/// through the cards and the endpoint is RevisitReminderConversationTests.
/// </summary>
internal static class StepSevenMaps
{
    public const string Seoul = "Asia/Seoul";

    /// <summary>Starts a workshop through the cards and goes to step 7; returns the workshop's id.</summary>
    public static async Task<string> StartAtStepSevenAsync(this Conversation chat, string language = "en")
    {
        var (_, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate, language: language);
        return board.WorkshopIdOf();
    }

    /// <summary>The facilitator finishes the map with <paramref name="plan"/>.</summary>
    public static Task<MapOutcome> FinishAsync(this BotHost bot, Conversation chat, string workshopId, RevisitPlan plan) =>
        bot.ChangeAndPlanAsync(chat, workshopId, map => new MapOutcome
        {
            Before = map,
            Map = map with { Status = WorkshopStatus.Finished, Revisit = plan, Version = map.Version + 1 },
            Changes = [new MapChange(ItemKind.Header, map.Id, ChangeKind.Updated)],
        });

    /// <summary>The action items become <paramref name="actions"/> (added or replaced by id).</summary>
    public static Task<MapOutcome> SetActionsAsync(this BotHost bot, Conversation chat, string workshopId, params ActionItem[] actions) =>
        bot.ChangeAndPlanAsync(chat, workshopId, map => new MapOutcome
        {
            Before = map,
            Map = map with { Actions = actions },
            Changes = [.. actions.Select(action => new MapChange(ItemKind.ActionItem, action.Id, map.Actions.Any(a => a.Id == action.Id) ? ChangeKind.Updated : ChangeKind.Added))],
        });

    public static ActionItem Action(string id, string title, TestUser? owner, DateOnly? due, ActionStatus status = ActionStatus.NotStarted) => new()
    {
        Id = id,
        Details = new ActionDetails { Title = title, Owner = owner?.AsParticipant(), DueDate = due },
        Status = status,
        Author = TestUser.Alice.AsParticipant(),
        CreatedAt = new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero),
    };

    public static WorkshopOwner Owner(this Conversation chat) => new(chat.Account.TenantId, chat.Id);

    /// <summary>Applies <paramref name="command"/> through the store, then plans as the dialog does with the activity's zone (Seoul).</summary>
    public static async Task<MapOutcome> ChangeAndPlanAsync(this BotHost bot, Conversation chat, string workshopId, Func<JourneyMap, MapOutcome> command)
    {
        var result = await bot.Services.GetRequiredService<IWorkshopStore>().ApplyAsync(chat.Owner(), workshopId, command, CancellationToken.None);
        Assert.Equal(WorkshopCommandStatus.Applied, result.Status);
        await bot.Services.GetRequiredService<IRevisitReminders>().PlanAsync(chat.Owner(), result.Outcome!, Seoul, CancellationToken.None);
        return result.Outcome!;
    }
}
