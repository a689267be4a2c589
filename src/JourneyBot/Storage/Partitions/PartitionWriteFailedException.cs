using Azure;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// Storage refused a batch: nothing of it was written. A <see cref="RequestFailedException"/> (so it is a storage
/// fault where nobody handles it) that says which action was refused, when the service named it.
/// </summary>
public sealed class PartitionWriteFailedException : RequestFailedException
{
    public PartitionWriteFailedException(int status, string message, string? errorCode, int? failedActionIndex)
        : base(status, message, errorCode, innerException: null) =>
        FailedActionIndex = failedActionIndex;

    public PartitionWriteFailedException(string message)
        : base(message)
    {
    }

    public PartitionWriteFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The index of the refused action in the batch; null when the service did not say.</summary>
    public int? FailedActionIndex { get; }
}
