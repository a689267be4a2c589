using System.Net.Sockets;
using Azure;

namespace JourneyBot.Storage;

/// <summary>
/// Which exceptions mean "storage could not be reached, refused, or did not answer in time", as opposed to a defect or
/// the caller's own cancellation. The one classification every storage caller uses (docs/architecture.md, Storage faults).
/// </summary>
public static class StorageFaults
{
    /// <summary>
    /// True for: a request storage refused (<see cref="RequestFailedException"/>: throttled, unavailable, forbidden); a
    /// timeout or a cancellation the caller did not ask for (the client's network timeout, the turn's storage deadline:
    /// <see cref="OperationCanceledException"/> while <paramref name="cancellationToken"/> is not cancelled, or a
    /// <see cref="TimeoutException"/>); a broken or refused connection (<see cref="IOException"/>,
    /// <see cref="SocketException"/>, <see cref="HttpRequestException"/>); an <see cref="AggregateException"/> of these
    /// (Azure.Core's "every attempt failed"); and any exception whose inner exception is one of these.
    /// </summary>
    public static bool IsFault(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case OperationCanceledException:
                    // The caller's own cancellation is never a storage fault, however it is wrapped.
                    return !cancellationToken.IsCancellationRequested;
                case RequestFailedException or TimeoutException or IOException or SocketException or HttpRequestException:
                    return true;
                case AggregateException aggregate:
                    return aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(inner => IsFault(inner, cancellationToken));
            }
        }

        return false;
    }

    /// <summary>True when storage said the table does not exist (deleted, or not created yet): create it and try once more.</summary>
    public static bool IsTableMissing(Exception exception) =>
        exception is RequestFailedException { ErrorCode: "TableNotFound" };
}
