namespace JourneyBot.Maps.Model;

/// <summary>
/// Step 7's comparison as the outputs show it: the map against the version before it (docs/method.md, Step 7), resolved to
/// text in the map's language. The page shows it as a section after step 6; the spreadsheets as the comparison list.
/// </summary>
/// <param name="Heading">"Since version 1", or for a future-state map "Since the current state (its name, version 2)".</param>
/// <param name="Basis">What is compared with what: the older version's number and the day it was finished.</param>
/// <param name="Kpis">Every KPI of either map, the newer's in journey order first: its value before and after, and the change.</param>
/// <param name="Emotions">Each persona x stage whose revealed mean changed, or is revealed in only one of the two.</param>
/// <param name="NewPainPoints">The pain point findings the older did not have, as sentences.</param>
/// <param name="GonePainPoints">The older's pain point findings the map no longer has, as sentences (worded from the older map).</param>
/// <param name="ActionsDone">The titles of the actions done since the older.</param>
/// <param name="ActionsDropped">The titles of the actions dropped since the older.</param>
public sealed record MapComparison(
    string Heading,
    string Basis,
    IReadOnlyList<MapChangeRow> Kpis,
    IReadOnlyList<MapChangeRow> Emotions,
    IReadOnlyList<string> NewPainPoints,
    IReadOnlyList<string> GonePainPoints,
    IReadOnlyList<string> ActionsDone,
    IReadOnlyList<string> ActionsDropped);

/// <summary>One value in both maps (a KPI, an emotion mean): empty before or after when only one map has it, and then no change.</summary>
/// <param name="Subject">What it is, e.g. "Onboarding · Activation rate" or "Founder · Onboarding" (as the team wrote the names).</param>
/// <param name="Before">The older's value, or <see cref="MapValue.Empty"/>.</param>
/// <param name="After">The newer's value, or <see cref="MapValue.Empty"/>.</param>
/// <param name="Change">After minus before with its sign ("+2", "-0.5", "±0"), or <see cref="MapValue.Empty"/>.</param>
public sealed record MapChangeRow(string Subject, MapValue Before, MapValue After, MapValue Change);
