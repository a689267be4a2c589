namespace JourneyBot.Reminders;

/// <summary>Who this process is in a claim: the machine and a random part, so two instances on one machine differ too.</summary>
public sealed class ReminderInstance
{
    public string Id { get; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";
}
