using Azure;

namespace JourneyBot.Storage;

/// <summary>Which exceptions mean "storage could not be reached or refused", as opposed to a defect or the caller's cancellation.</summary>
public static class StorageFaults
{
    /// <summary>
    /// A request that failed (throttled, refused, unavailable); every attempt failing without a response, which Azure.Core
    /// reports as an AggregateException of them; or the client's network timeout, which is not <paramref name="cancellationToken"/>.
    /// </summary>
    public static bool IsFault(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(inner => inner is RequestFailedException),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
