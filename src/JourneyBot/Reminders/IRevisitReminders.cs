using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot.Reminders;

/// <summary>
/// Keeps a workshop's reminder rows in step with its map, after any command is applied (a click, a dialog submit, a typed
/// command): called by the workshop dialog and commands beside the conversation index.
/// </summary>
public interface IRevisitReminders
{
    /// <summary>
    /// Plans, replans or removes the revisit and overdue-actions reminders when the status, the revisit plan or the action
    /// items changed; does nothing (no storage call) otherwise. Best effort: a storage fault is logged, never thrown.
    /// </summary>
    /// <param name="timeZone">The <c>clientInfo</c> time zone of the activity that made the change, or null.</param>
    Task PlanAsync(WorkshopOwner owner, MapOutcome outcome, string? timeZone, CancellationToken cancellationToken);
}
