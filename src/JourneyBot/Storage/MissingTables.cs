using Azure.Data.Tables;

namespace JourneyBot.Storage;

/// <summary>
/// A table that storage says does not exist (404 TableNotFound: deleted, or a turn came before start-up created it) is
/// created again and the operation tried once more, so no write is lost and no read fails for it.
/// </summary>
internal static class MissingTables
{
    public static async Task<T> RetryOnceAsync<T>(this TableClient table, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation(cancellationToken);
        }
        catch (Exception exception) when (StorageFaults.IsTableMissing(exception))
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            return await operation(cancellationToken);
        }
    }

    public static Task RetryOnceAsync(this TableClient table, Func<CancellationToken, Task> operation, CancellationToken cancellationToken) =>
        table.RetryOnceAsync(async token =>
        {
            await operation(token);
            return true;
        }, cancellationToken);
}
