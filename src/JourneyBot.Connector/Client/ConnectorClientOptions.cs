using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Connector.Client;

/// <summary>Retry and timeout settings of outbound Bot Connector calls, bound from the "Connector" section.</summary>
/// <remarks>
/// The defaults fit a Teams turn: Teams waits 15 seconds for the bot's HTTP answer, so a reply sent inside a
/// turn has to succeed or give up well within that (docs/protocol.md, Inbound requests; Throttling and retries).
/// </remarks>
public sealed class ConnectorClientOptions
{
    public const string SectionName = "Connector";

    /// <summary>How many times a call is tried in all, the first try included; 1 turns retries off.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff delay; later ones grow exponentially, with random jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff delay the exponential growth may reach.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for. A 429 or 503 asking for more is not retried: the
    /// caller gets the failure at once instead of a wait that the total timeout would cut short anyway.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// How long one attempt may take before it is abandoned: long enough for a slow connector to finish creating a
    /// message, since a timed-out <c>POST</c> is not tried again (it may have been posted); a <c>PUT</c> is.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a call may take with all its attempts and delays.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// How long a turn may take to answer, counted from the activity's arrival: a reply, update or delete sent during the
    /// turn gets what is left of it (at most <see cref="TotalTimeout"/>). Teams waits 15 seconds for the HTTP answer; a
    /// turn that spent 8 seconds on storage (Storage:TurnDeadline) must not then wait 12 more for the connector.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(14);

    /// <summary>
    /// How long edits of one message are gathered before one update is sent (<see cref="MessageUpdateCoalescer"/>):
    /// a burst of clicks on a shared card becomes one PUT, inside Teams' per-conversation rate limits.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan UpdateCoalescingWindow { get; set; } = TimeSpan.FromSeconds(1);
}
