namespace JourneyBot.Reminders;

/// <summary>The buttons of a reminder card (docs/protocol.md: verbs are <c>subject.action</c>).</summary>
public static class ReminderVerbs
{
    // "Revisit now" is step 7's own verb (Workshops/Versions/VersionsVerbs.StartRevisit), handled by the workshop dialog.

    /// <summary>Anyone in the conversation: the reminder comes again a week later.</summary>
    public const string Snooze = "reminder.snooze";

    /// <summary>Facilitators only: no more reminders of this kind for this map.</summary>
    public const string Stop = "reminder.stop";

    public static bool IsReminderVerb(string verb) => verb is Snooze or Stop;
}
