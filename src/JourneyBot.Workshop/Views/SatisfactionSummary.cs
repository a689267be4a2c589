namespace JourneyBot.Workshop;

/// <summary>A touchpoint's satisfaction: how many rated it and the mean (null when nobody has).</summary>
public sealed record SatisfactionSummary(string TouchpointId, int Count, decimal? Mean);
