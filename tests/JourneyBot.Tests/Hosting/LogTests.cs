using System.Reflection;
using System.Text.Json;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Tests.Hosting;

/// <summary>Log messages: one Log class per assembly with unique event ids, and a scope that ties a turn's lines together.</summary>
[Collection(BotTests.Name)]
public sealed class LogTests(BotEnvironment environment)
{
    private static readonly Assembly[] Assemblies = [typeof(JourneyBot.Routing.BotRouter).Assembly, typeof(JourneyBot.Connector.Hosting.IBot).Assembly];

    [Fact]
    public void Every_log_message_is_in_its_assemblys_Log_class_with_an_event_id_no_other_message_has()
    {
        var messages = Assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(method => (Method: method, Attribute: method.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(entry => entry.Attribute is not null)
            .Select(entry => (Name: $"{entry.Method.DeclaringType!.FullName}.{entry.Method.Name}", Class: entry.Method.DeclaringType.Name, entry.Attribute!.EventId))
            .ToList();

        Assert.True(messages.Count > 30, $"only {messages.Count} log messages found: is the search looking in the right place?");
        Assert.Empty(messages.Where(message => message.Class != "Log").Select(message => $"{message.Name} is outside Log.cs"));
        Assert.DoesNotContain(messages, message => message.EventId <= 0);
        var repeated = messages.GroupBy(message => message.EventId).Where(group => group.Count() > 1).Select(group => $"{group.Key}: {string.Join(", ", group.Select(m => m.Name))}");
        Assert.Empty(repeated);
    }

    [Fact]
    public async Task A_line_logged_during_a_turn_carries_the_activity_id_type_and_verb()
    {
        var logs = new RecordedLogs();
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Logs = logs });
        var chat = bot.PersonalChat(TestUser.Alice);
        var help = await chat.SendAndGetReplyAsync("help");
        var forged = JsonSerializer.SerializeToElement(new { wid = "../another-tenant", v = 1 });

        await chat.ClickAsync(help, new CardButton("Action.Execute", "Refresh", WorkshopVerbs.Show, forged));

        var refused = Assert.Single(logs.Lines, line => line.EventId == 3000);
        Assert.Equal("invoke", refused.Scope["ActivityType"]);
        Assert.Equal(WorkshopVerbs.Show, refused.Scope["Verb"]);
        Assert.False(string.IsNullOrEmpty(refused.Scope["ActivityId"] as string));
    }
}
