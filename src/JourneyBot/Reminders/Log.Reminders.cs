using JourneyBot.Reminders;

namespace JourneyBot;

/// <summary>5000: reminders (the worker, the planner, the reminder buttons). Part of the app's one Log class.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Sent the {Kind} reminder of workshop {WorkshopId} to conversation {ConversationId}")]
    public static partial void ReminderSent(ILogger logger, string workshopId, ReminderKind kind, string conversationId);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "The {Kind} reminder of workshop {WorkshopId} was not sent ({Status}); it is due again in {Pause}")]
    public static partial void ReminderRetried(ILogger logger, string workshopId, ReminderKind kind, int? status, TimeSpan pause);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "The bot is no longer in conversation {ConversationId} ({Reason}): turned its {Count} reminders off")]
    public static partial void RemindersTurnedOff(ILogger logger, string conversationId, int count, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "The {Kind} reminder of workshop {WorkshopId} was replanned while it was being sent; the new plan stands")]
    public static partial void ReminderReplannedMeanwhile(ILogger logger, string workshopId, ReminderKind kind);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Storage failed the {Kind} reminder of workshop {WorkshopId}; it is taken again when its claim expires")]
    public static partial void ReminderStorageFailed(ILogger logger, Exception exception, string workshopId, ReminderKind kind);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "A reminder poll failed; the reminders wait for the next one")]
    public static partial void ReminderPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "The reminder worker is disabled on this instance (Reminders:Enabled is false)")]
    public static partial void ReminderWorkerDisabled(ILogger logger);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "Saved workshop {WorkshopId} but could not plan its reminders; the next change of its status, plan or action items plans them again")]
    public static partial void ReminderNotPlanned(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "The {Kind} reminder of workshop {WorkshopId} kept changing while it was planned; left as it is")]
    public static partial void ReminderPlanRaced(ILogger logger, string workshopId, ReminderKind kind);

    [LoggerMessage(EventId = 5020, Level = LogLevel.Warning, Message = "Refused the data of a {Verb} reminder click in conversation {ConversationId}")]
    public static partial void BadReminderClick(ILogger logger, string verb, string? conversationId);
}
