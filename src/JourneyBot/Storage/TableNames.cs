using Microsoft.Extensions.Options;

namespace JourneyBot.Storage;

/// <summary>The tables of DESIGN.md (Data), with the configured prefix.</summary>
public sealed class TableNames(IOptions<StorageOptions> options)
{
    /// <summary>One row per conversation the bot is in: the reference to write to it later.</summary>
    public string Conversations { get; } = options.Value.TablePrefix + "Conversations";

    public IReadOnlyList<string> All => [Conversations];
}
