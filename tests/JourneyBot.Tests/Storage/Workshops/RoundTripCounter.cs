using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using JourneyBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>Counts every HTTP request a Table Storage client sends, retries included: the store's round trips.</summary>
internal sealed class RoundTripCounter : HttpPipelineSynchronousPolicy
{
    private int _count;
    private ConcurrentQueue<string> _paths = new();

    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// The requests since the last reset whose path names <paramref name="table"/> (the prefixed name ends with it), e.g.
    /// a page's reads, apart from what else the app did meanwhile (a typed command's index write finishing after its reply).
    /// </summary>
    public int CountFor(string table) =>
        _paths.Count(path => path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { } last
            && last.Split('(')[0].EndsWith(table, StringComparison.Ordinal)
            && !(table == "Workshops" && last.Split('(')[0].EndsWith("ConversationWorkshops", StringComparison.Ordinal)));

    /// <summary>The path of every request since the last reset, in the order sent.</summary>
    public IReadOnlyList<string> Paths => [.. Volatile.Read(ref _paths)];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _paths, new ConcurrentQueue<string>());
    }

    /// <summary>Makes the app's Table client (in <paramref name="services"/>) one that this counter counts, every request and retry.</summary>
    public void CountAppRequests(IServiceCollection services, string connectionString)
    {
        services.RemoveAll<TableAccess>();
        services.AddSingleton(_ =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(this, HttpPipelinePosition.PerRetry);
            return TableAccess.FromConnectionString(connectionString, options, TimeProvider.System);
        });
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        Interlocked.Increment(ref _count);
        Volatile.Read(ref _paths).Enqueue(message.Request.Uri.Path);
    }
}
