using JourneyBot.Connector.Schema;
using JourneyBot.Reminders;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Workshops;
using JourneyBot.Workshop;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Reminders;

/// <summary>
/// Many finished workshops with a due revisit, written through the bot's own stores as finishing them would leave them:
/// the workshop, its conversation's reference (to the fake connector) and its reminder row.
/// </summary>
internal static class SeededReminders
{
    private const string Tenant = "72f988bf-0000-0000-0000-0000000000bb";

    public static async Task<IReadOnlyList<Seeded>> SeedAsync(BotHost bot, int count, DateTimeOffset dueAt, string language = "en")
    {
        var workshops = bot.Services.GetRequiredService<IWorkshopStore>();
        var conversations = bot.Services.GetRequiredService<IConversationStore>();
        var reminders = bot.Services.GetRequiredService<IReminderStore>();
        var seeded = new List<Seeded>();
        for (var i = 0; i < count; i++)
        {
            var owner = new WorkshopOwner(Tenant, $"19:seeded{Guid.NewGuid():N}@thread.v2");
            var started = JourneyMap.Start(new NewWorkshop
            {
                Id = Guid.NewGuid().ToString("N"),
                Name = $"Workshop {i}",
                MapType = MapType.CurrentState,
                Template = StageTemplate.Saas,
                Language = language,
                Facilitator = TestUser.Alice.AsParticipant(),
                CreatedAt = dueAt.AddDays(-90),
            });
            var map = started.Map! with { Status = WorkshopStatus.Finished };
            Assert.Equal(SaveStatus.Saved, (await workshops.CreateAsync(owner, map, CancellationToken.None)).Status);
            await conversations.SaveAsync(new ConversationReference
            {
                ServiceUrl = bot.Environment.Connector.ServiceUrl,
                ChannelId = "msteams",
                ConversationId = owner.ConversationId,
                ConversationType = "groupChat",
                TenantId = Tenant,
            }, CancellationToken.None);
            Assert.NotNull(await reminders.WriteAsync(new Reminder
            {
                Kind = ReminderKind.Revisit,
                Owner = owner,
                WorkshopId = map.Id,
                DueAt = dueAt,
                TimeZone = StepSevenMaps.Seoul,
                Anchor = ReminderSchedule.LocalDate(dueAt, ReminderTimeZones.Resolve(StepSevenMaps.Seoul)),
            }, CancellationToken.None));
            seeded.Add(new Seeded(owner, map.Id));
        }

        return seeded;
    }
}

/// <summary>A seeded workshop: its conversation and id.</summary>
internal sealed record Seeded(WorkshopOwner Owner, string WorkshopId);
