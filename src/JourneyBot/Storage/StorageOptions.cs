using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Storage;

/// <summary>
/// Where the tables live: <c>ConnectionStrings:Tables</c> (Azurite locally: <c>UseDevelopmentStorage=true</c>), or
/// <c>Storage:TableServiceUri</c> with a managed identity (Azure). Bound from section <c>Storage</c>.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>A connection string; wins over <see cref="TableServiceUri"/> when both are set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table endpoint, e.g. https://account.table.core.windows.net, used with Azure.Identity.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The client id of the user-assigned managed identity to use with <see cref="TableServiceUri"/>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prepended to every table name: lets several environments (or test runs) share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,29}$|^$", ErrorMessage = "Storage:TablePrefix must be letters and digits, starting with a letter, at most 30.")]
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>
    /// How long one turn may spend on storage in all (from when the activity arrived): past it the turn stops waiting and
    /// answers "try again", so Teams, which gives up after 15 seconds, always gets an answer. The Table client's own
    /// retries and network timeout are set from it (<see cref="TableAccess"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:12", ErrorMessage = "Storage:TurnDeadline must be between 1 and 12 seconds (Teams waits 15).")]
    public TimeSpan TurnDeadline { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How long <c>/readyz</c> waits for storage before it answers "not ready".</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:10", ErrorMessage = "Storage:ReadinessTimeout must be between 0.1 and 10 seconds.")]
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the record of an applied activity is kept, so a redelivery of it is recognised (Teams redelivers within
    /// minutes); older records are removed by <see cref="Workshops.AppliedActivityCleanup"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Storage:AppliedActivityLifetime must be between 1 minute and 30 days.")]
    public TimeSpan AppliedActivityLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How many megabytes of rows' JSON this instance keeps decoded (headers and items, by ETag), so loading a workshop
    /// again decodes only the rows that changed (<see cref="Workshops.DecodedRows"/>); 0 decodes every row on every load.
    /// A row counts its JSON and 256 bytes more; the decoded records take more than their JSON (a string is UTF-16).
    /// The default, 16, holds about 25,000 rows of a few hundred bytes: a thousand workshops' worth.
    /// </summary>
    [Range(0, 1024, ErrorMessage = "Storage:DecodedRowsMegabytes must be between 0 and 1024.")]
    public int DecodedRowsMegabytes { get; set; } = 16;
}
