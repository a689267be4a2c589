namespace JourneyBot.Reminders;

/// <summary>Registers reminders: the options (checked at start-up), the table store, the planner, the buttons, the worker and its readiness check.</summary>
public static class RemindersServiceCollectionExtensions
{
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IReminderStore, TableReminderStore>();
        services.AddSingleton<IRevisitReminders, ReminderPlanner>();
        services.AddSingleton<ReminderClicks>();
        services.AddSingleton<ReminderInstance>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderWorker>());
        services.AddHealthChecks().AddCheck<ReminderWorkerHealthCheck>("reminders", tags: ["ready"]);
        return services;
    }
}
