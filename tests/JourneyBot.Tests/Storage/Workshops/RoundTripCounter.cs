using Azure.Core;
using Azure.Core.Pipeline;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>Counts every HTTP request a Table Storage client sends, retries included: the store's round trips.</summary>
internal sealed class RoundTripCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
