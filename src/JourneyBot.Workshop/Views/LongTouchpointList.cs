namespace JourneyBot.Workshop;

/// <summary>A stage with more touchpoints than the threshold: a finding, shown as a warning (docs/method.md, Step 3).</summary>
public sealed record LongTouchpointList(string StageId, int Count, int Threshold);
