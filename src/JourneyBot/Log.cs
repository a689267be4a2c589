using JourneyBot.Routing;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot;

/// <summary>
/// Every log message of the app, source-generated (nothing is formatted when the level is off), with event ids in blocks:
/// 2000 routing, 2100 conversation references, 2200 tables, 2300 the workshop store, 2400 the conversation index, 2500 map versions,
/// 2900 start-up, 3000 the workshop dialog, 5000 reminders (Reminders/Log.Reminders.cs). A test refuses a repeated id. Never log card inputs or what people typed: ids and reasons only.
/// </summary>
internal static partial class Log
{
    // 2000: routing

    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Ignored a {ActivityType} activity ({Name})")]
    public static partial void Ignored(ILogger logger, string activityType, string? name);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Refused a card action that could not be read in conversation {ConversationId}")]
    public static partial void BadAction(ILogger logger, string? conversationId);

    // 2100: conversation references

    [LoggerMessage(EventId = 2100, Level = LogLevel.Error, Message = "Could not save the reference of conversation {ConversationId}; it will be saved on a later turn")]
    public static partial void ReferenceNotSaved(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Error, Message = "Could not forget conversation {ConversationId}")]
    public static partial void ReferenceNotForgotten(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Could not read the members of conversation {ConversationId} ({Reason}); offering the workshop's people as owners")]
    public static partial void MembersUnavailable(ILogger logger, string conversationId, string reason);
    // 2900: start-up

    [LoggerMessage(EventId = 2900, Level = LogLevel.Information, Message = "Warmed up in {Milliseconds} ms: {Cards} cards drawn and written")]
    public static partial void WarmedUp(ILogger logger, long milliseconds, int cards);

    [LoggerMessage(EventId = 2901, Level = LogLevel.Warning, Message = "The warm-up failed; the first turns compile what it would have")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);

    // 2200: tables

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "{Count} tables ready")]
    public static partial void TablesReady(ILogger logger, int count);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "Could not create the tables (attempt {Attempt}); trying again in {Delay}")]
    public static partial void TablesNotYet(ILogger logger, Exception exception, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Removed {Count} records of applied activities past their lifetime")]
    public static partial void AppliedActivitiesRemoved(ILogger logger, int count);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "Could not remove old records of applied activities; the next sweep will")]
    public static partial void AppliedActivitiesNotRemoved(ILogger logger, Exception exception);

    // 2300: the workshop store

    [LoggerMessage(EventId = 2300, Level = LogLevel.Warning, Message = "Workshop {WorkshopId} has a row {RowKey} this version does not know; it is left as is")]
    public static partial void UnknownRow(ILogger logger, string workshopId, string rowKey);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: storage refused the save ({Status}, HTTP {HttpStatus}) at {Kind} {ItemId}")]
    public static partial void SaveRefused(ILogger logger, string workshopId, SaveStatus status, int httpStatus, ItemKind? kind, string? itemId);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: {Count} changes exceed one batch; written in {Batches} batches")]
    public static partial void SaveSplit(ILogger logger, string workshopId, int count, int batches);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: the command conflicted {Attempts} times; gave up")]
    public static partial void TooBusy(ILogger logger, string workshopId, int attempts);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: a dependent was already removed; deleting the {Count} of its batch one by one")]
    public static partial void DependentGone(ILogger logger, string workshopId, int count);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "Workshop {WorkshopId} was asked for from conversation {ConversationId}, which does not own it; treated as not found")]
    public static partial void NotOwner(ILogger logger, string workshopId, string conversationId);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: row {RowKey} does not read; it is skipped")]
    public static partial void CorruptRow(ILogger logger, Exception exception, string workshopId, string rowKey);

    [LoggerMessage(EventId = 2307, Level = LogLevel.Error, Message = "Workshop {WorkshopId}: the header does not read; the workshop loads as not found")]
    public static partial void CorruptHeader(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 2308, Level = LogLevel.Error, Message = "Workshop {WorkshopId}: storage failed the request (HTTP {HttpStatus}, {ErrorCode}); the command was not applied")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception, string workshopId, int httpStatus, string? errorCode);

    [LoggerMessage(EventId = 2309, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: the activity was applied before (a redelivery); nothing written")]
    public static partial void AlreadyApplied(ILogger logger, string workshopId);

    // 2400: the conversation index

    [LoggerMessage(EventId = 2400, Level = LogLevel.Information, Message = "Conversation {ConversationId}: the active workshop changed concurrently (attempt {Attempt}); trying again")]
    public static partial void IndexConflict(ILogger logger, string conversationId, int attempt);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Conversation {ConversationId}: the active workshop changed concurrently on all {Attempts} attempts; gave up, nothing written")]
    public static partial void IndexGaveUp(ILogger logger, string conversationId, int attempts);

    [LoggerMessage(EventId = 2500, Level = LogLevel.Error, Message = "Version {Number} of workshop {WorkshopId} does not read: its rows are missing or corrupt")]
    public static partial void CorruptVersion(ILogger logger, Exception? exception, string workshopId, int number);

    // 3000: the workshop dialog

    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "Refused the data of a {Verb} click in conversation {ConversationId}")]
    public static partial void BadCardData(ILogger logger, string verb, string? conversationId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Storage failed a {Verb} click in conversation {ConversationId}")]
    public static partial void ClickStorageFailed(ILogger logger, Exception exception, string verb, string? conversationId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Storage failed a typed {Command} in conversation {ConversationId}")]
    public static partial void CommandStorageFailed(ILogger logger, Exception exception, CommandKind command, string? conversationId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Could not read workshop {WorkshopId} to redraw its board")]
    public static partial void BoardNotRedrawn(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Could not record the new board message of workshop {WorkshopId}; the previous board stays as it is")]
    public static partial void LiveBoardNotRecorded(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Warning, Message = "Saved workshop {WorkshopId} but could not record its new name or status in the conversation index")]
    public static partial void IndexNotRecorded(ILogger logger, Exception exception, string workshopId);

    [LoggerMessage(EventId = 3030, Level = LogLevel.Warning, Message = "Finished workshop {WorkshopId}, but could not save its version again after a change that landed meanwhile; the version saved before it stands")]
    public static partial void SaveAgainFailed(ILogger logger, Exception exception, string workshopId);

    // 4000: shared maps (step 5's picture, page and exports)

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Rendered the {Format} of workshop {WorkshopId} at revision {Revision}: {Bytes} bytes in {Milliseconds} ms")]
    public static partial void MapRendered(ILogger logger, string format, string workshopId, string revision, int bytes, long milliseconds);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Refused a map link for workshop {WorkshopId}: {Reason}")]
    public static partial void MapLinkRefused(ILogger logger, string workshopId, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Storage failed a map link for workshop {WorkshopId}")]
    public static partial void MapStorageFailed(ILogger logger, Exception exception, string workshopId);
}
