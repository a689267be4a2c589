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
}
