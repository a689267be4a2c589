namespace JourneyBot.Workshop;

/// <summary>The seven steps of a customer journey mapping workshop, in order (workshop.md).</summary>
public enum WorkshopStep
{
    GoalsAndPersonas = 1,
    JourneyStages = 2,
    TouchpointsAndChannels = 3,
    FeedbackAndData = 4,
    Visualize = 5,
    Analyze = 6,
    ImplementAndIterate = 7,
}
