using JourneyBot.Workshop;
using Microsoft.Extensions.Options;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Forms;
using JourneyBot.Workshops.Steps;
using JourneyBot.Workshops.Steps.Analyze;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using JourneyBot.Workshops.Steps.JourneyStages;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;
using JourneyBot.Workshops.Steps.Implement;
using JourneyBot.Workshops.Steps.Visualize;
using JourneyBot.Workshops.Versions;

namespace JourneyBot.Workshops;

/// <summary>Registers the workshop dialog: its options, its steps, the board, the flow and the dialog itself (all stateless singletons).</summary>
public static class WorkshopServiceCollectionExtensions
{
    public static IServiceCollection AddWorkshopDialog(this IServiceCollection services)
    {
        services.AddOptions<WorkshopOptions>().BindConfiguration(WorkshopOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CardsOptions>().BindConfiguration(CardsOptions.Section).ValidateOnStart();
        services.AddSingleton<CardForms>();
        services.AddSingleton<Dialog.DialogBoardSeal>();
        services.AddSingleton<IWorkshopStep, GoalsAndPersonasStep>();
        services.AddSingleton<IWorkshopStep, JourneyStagesStep>();
        services.AddSingleton<IWorkshopStep, TouchpointsAndChannelsStep>();
        services.AddSingleton<IWorkshopStep, FeedbackAndDataStep>();
        services.AddSingleton<MapCard>();
        services.AddSingleton<IWorkshopStep, VisualizeStep>();
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AnalysisOptions>, AnalysisOptionsValidator>();
        services.AddSingleton<Analyses>();
        services.AddSingleton<FindingsSection>();
        services.AddSingleton<IdeasSection>();
        services.AddSingleton<IWorkshopStep, AnalyzeStep>();
        services.AddSingleton<ActionsSection>();
        services.AddSingleton<IWorkshopStep, ImplementStep>();
        services.AddOptions<Conversations.ConversationMembersOptions>().BindConfiguration(Conversations.ConversationMembersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Conversations.ConversationMembers>();
        services.AddSingleton<VersionSnapshots>();
        services.AddSingleton<VersionsFlow>();
        services.AddSingleton<IWorkshopVerbs>(provider => provider.GetRequiredService<VersionsFlow>());

        services.AddSingleton<WorkshopBoard>();
        services.AddSingleton<WorkshopFlow>();
        services.AddSingleton<WorkshopIndex>();
        services.AddSingleton<BoardUpdates>();
        services.AddSingleton<LiveBoard>();
        services.AddSingleton<WorkshopDialog>();
        return services;
    }
}
