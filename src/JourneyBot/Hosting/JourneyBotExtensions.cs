using JourneyBot.Connector.Hosting;
using JourneyBot.Conversations;
using JourneyBot.Reminders;
using JourneyBot.Routing;
using JourneyBot.SharedMaps;
using JourneyBot.Storage;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Dialog;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace JourneyBot.Hosting;

/// <summary>The app's wiring, so Program.cs stays two lines long.</summary>
public static class JourneyBotExtensions
{
    /// <summary>Registers the protocol layer, storage, and the bot.</summary>
    public static WebApplicationBuilder AddJourneyBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBotConnector(builder.Configuration);
        services.AddTableStorage(builder.Configuration);
        services.AddMemoryCache(options => options.SizeLimit = 50_000);
        services.AddSingleton<ConversationRegistry>();
        services.AddSharedMaps();
        services.AddWorkshopDialog();
        services.AddSingleton<WorkshopCommands>();
        services.AddReminders();
        services.AddSingleton<IBot, BotRouter>();
        services.AddHostedService<WarmUp>();

        // A request's code runs on the thread that read it from the socket, not on a thread-pool thread it is handed to:
        // with DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 (set where the app is deployed and run; docs/deploy.md) the
        // storage and connector answers it awaits continue on their socket thread too, so a turn wakes no other thread.
        // It is safe because nothing on a turn's path blocks: storage, the connector and tokens are awaited, and the heavy
        // work (drawing a map, compressing or reading a stored version) is moved to the thread pool (MapRenders,
        // TableMapVersionStore). docs/architecture.md, Benchmarks, sixth round.
        builder.WebHost.UseSockets(options => options.UnsafePreferInlineScheduling = true);
        return builder;
    }

    /// <summary>
    /// Maps <c>/api/messages</c>, the shared map's signed links (<c>/maps/…</c>), <c>/healthz</c> (the process is up), <c>/readyz</c> (storage answers, the reminder worker runs), and the pages the
    /// Teams manifest links to (<c>/</c>, <c>/privacy/</c>, <c>/terms/</c>, from wwwroot).
    /// </summary>
    public static WebApplication MapJourneyBot(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapBotMessages("/api/messages");
        app.MapSharedMaps();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = ReadinessResponse.WriteAsync });
        return app;
    }
}
