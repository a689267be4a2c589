using System.ComponentModel.DataAnnotations;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops;

/// <summary>How the workshop cards judge what the team adds; bound from section <c>Workshop</c> and checked at start-up.</summary>
public sealed class WorkshopOptions
{
    public const string Section = "Workshop";

    /// <summary>
    /// A stage with more touchpoints than this gets the long-list warning (docs/method.md, Step 3: the customer is asked to
    /// do too much). The guides' "more than 7" unless a team sets its own.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Workshop:LongTouchpointListThreshold must be from 1 to 100.")]
    public int LongTouchpointListThreshold { get; set; } = Limits.DefaultTouchpointListThreshold;
}
