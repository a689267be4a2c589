namespace JourneyBot.Storage.Partitions;

/// <summary>
/// What <see cref="PartitionClient"/> needs from a storage connection string beyond the endpoint (which the Table SDK
/// reads): the account key or the SAS. <c>UseDevelopmentStorage=true</c> means Azurite's well-known account key.
/// </summary>
internal sealed record StorageConnectionString(byte[]? AccountKey, string? SharedAccessSignature)
{
    /// <summary>Azurite's published development key (not a secret: every emulator has it).</summary>
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static StorageConnectionString Parse(string connectionString)
    {
        var settings = connectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last()[1], StringComparer.OrdinalIgnoreCase);
        if (settings.TryGetValue("AccountKey", out var key))
        {
            return new StorageConnectionString(Convert.FromBase64String(key), null);
        }

        if (settings.TryGetValue("SharedAccessSignature", out var sas))
        {
            return new StorageConnectionString(null, sas);
        }

        return settings.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var use) && use
            ? new StorageConnectionString(Convert.FromBase64String(DevelopmentKey), null)
            : new StorageConnectionString(null, null);
    }
}
