using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps;

namespace JourneyBot.Workshops;

/// <summary>Registers the workshop dialog: its options, its steps, the board, the flow and the dialog itself (all stateless singletons).</summary>
public static class WorkshopServiceCollectionExtensions
{
    public static IServiceCollection AddWorkshopDialog(this IServiceCollection services)
    {
        services.AddOptions<WorkshopOptions>().BindConfiguration(WorkshopOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IWorkshopStep, GoalsAndPersonasStep>();
        services.AddSingleton<IWorkshopStep, JourneyStagesStep>();
        services.AddSingleton<IWorkshopStep, TouchpointsAndChannelsStep>();
        services.AddSingleton<IWorkshopStep, FeedbackAndDataStep>();
        foreach (var step in new[] { WorkshopStep.Visualize, WorkshopStep.Analyze, WorkshopStep.ImplementAndIterate })
        {
            services.AddSingleton<IWorkshopStep>(new UpcomingStep(step));
        }

        services.AddSingleton<WorkshopBoard>();
        services.AddSingleton<WorkshopFlow>();
        services.AddSingleton<WorkshopIndex>();
        services.AddSingleton<BoardUpdates>();
        services.AddSingleton<WorkshopDialog>();
        return services;
    }
}
