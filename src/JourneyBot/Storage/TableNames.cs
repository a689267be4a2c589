using Microsoft.Extensions.Options;

namespace JourneyBot.Storage;

/// <summary>The tables of docs/architecture.md (Storage), with the configured prefix.</summary>
public sealed class TableNames(IOptions<StorageOptions> options)
{
    /// <summary>One row per conversation the bot is in: the reference to write to it later.</summary>
    public string Conversations { get; } = options.Value.TablePrefix + "Conversations";

    /// <summary>One partition per workshop: its header and one row per item.</summary>
    public string Workshops { get; } = options.Value.TablePrefix + "Workshops";

    /// <summary>One partition per conversation: a row per workshop it has had, which one is active.</summary>
    public string ConversationWorkshops { get; } = options.Value.TablePrefix + "ConversationWorkshops";

    /// <summary>One row per reminder the bot will post (a finished map's revisit, overdue action items): src/JourneyBot/Reminders.</summary>
    public string Reminders { get; } = options.Value.TablePrefix + "Reminders";

    /// <summary>One partition per workshop: a row (or a few) per finished version, outside the workshop's own partition.</summary>
    public string MapVersions { get; } = options.Value.TablePrefix + "MapVersions";

    public IReadOnlyList<string> All => [Conversations, Workshops, ConversationWorkshops, MapVersions, Reminders];
}
