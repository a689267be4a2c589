using Azure.Core;
using Azure.Core.Pipeline;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>Runs an action just before a client sends each batch: a concurrent writer that always gets in first.</summary>
internal sealed class BeforeEachBatch(Action action) : HttpPipelineSynchronousPolicy
{
    private int _batches;

    public int Batches => Volatile.Read(ref _batches);

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _batches);
            action();
        }
    }
}
