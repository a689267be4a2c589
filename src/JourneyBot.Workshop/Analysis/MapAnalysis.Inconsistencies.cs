using System.Globalization;

namespace JourneyBot.Workshop;

/// <summary>Inconsistencies: channels, touchpoints and emotions that disagree.</summary>
public sealed partial class MapAnalysis
{
    /// <summary>What separates channels in a persona's preferred channels ("Email, social media / forums").</summary>
    private const string ChannelSeparators = ",;/|\n\r、·•";

    /// <summary>
    /// Per touchpoint category, the best and the worst channel by the mean of all their ratings (2 places); far apart is
    /// an inconsistency (Medium). Channels match ignoring case; a touchpoint without a channel or a rating is not compared.
    /// </summary>
    private static void CategorySpreads(AnalysisIndex index, AnalysisThresholds thresholds, List<Finding> findings)
    {
        var byCategory = new Dictionary<TouchpointCategory, List<ChannelRatings>>();
        var journeyOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var touchpoint in index.Stages.SelectMany(stage => index.TouchpointsByStage[stage.Id]))
        {
            journeyOrder[touchpoint.Id] = journeyOrder.Count;
            if (touchpoint.Details.Channel is not { } channel || !index.RatingTotals.TryGetValue(touchpoint.Id, out var totals))
            {
                continue;
            }

            if (!byCategory.TryGetValue(touchpoint.Details.Category, out var channels))
            {
                byCategory[touchpoint.Details.Category] = channels = [];
            }

            // Few channels per category: a short list keeps first-seen order for ties.
            var key = ChannelKey(channel);
            var ratings = channels.Find(candidate => candidate.Key == key);
            if (ratings is null)
            {
                channels.Add(ratings = new ChannelRatings(key, channel));
            }

            ratings.Add(touchpoint.Id, totals.Sum, totals.Count);
        }

        foreach (var (category, channels) in byCategory.OrderBy(pair => pair.Key))
        {
            if (channels.Count < 2)
            {
                continue;
            }

            var best = channels[0];
            var worst = channels[0];
            foreach (var channel in channels)
            {
                best = channel.Mean > best.Mean ? channel : best;
                worst = channel.Mean < worst.Mean ? channel : worst;
            }

            var spread = best.Mean - worst.Mean;
            if (spread >= thresholds.SatisfactionSpread)
            {
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.CategorySpread, FindingKinds.CodeOf(category)),
                    Kind = FindingKind.CategorySpread,
                    Severity = FindingSeverity.Medium,
                    TouchpointIds = [.. best.TouchpointIds.Concat(worst.TouchpointIds).OrderBy(id => journeyOrder[id])],
                    Arguments =
                    [
                        FindingArgument.Category(category),
                        FindingArgument.Channel(best.Text), FindingArgument.Satisfaction(best.Mean),
                        FindingArgument.Channel(worst.Text), FindingArgument.Satisfaction(worst.Mean),
                        FindingArgument.Spread(spread),
                    ],
                });
            }
        }
    }

    /// <summary>
    /// Per stage: personas feeling positive (revealed mean above 0) where touchpoints are rated low, and personas feeling
    /// negative (below 0) where touchpoints are rated high (Medium each).
    /// </summary>
    private static void EmotionSatisfactionMismatches(AnalysisIndex index, AnalysisThresholds thresholds, List<Finding> findings)
    {
        if (!index.Revealed)
        {
            return;
        }

        foreach (var stage in index.Stages)
        {
            var rated = index.TouchpointsByStage[stage.Id]
                .Where(touchpoint => index.Satisfaction.ContainsKey(touchpoint.Id))
                .Select(touchpoint => index.Satisfaction[touchpoint.Id])
                .ToArray();
            if (rated.Length == 0)
            {
                continue;
            }

            var positive = new List<string>();
            var negative = new List<string>();
            foreach (var persona in index.Personas)
            {
                switch (index.EmotionOf(persona.Id, stage.Id)?.Mean)
                {
                    case > 0:
                        positive.Add(persona.Id);
                        break;
                    case < 0:
                        negative.Add(persona.Id);
                        break;
                }
            }

            var low = rated.Where(summary => summary.Mean <= thresholds.LowSatisfaction).ToArray();
            if (positive.Count > 0 && low.Length > 0)
            {
                var lowest = low.Aggregate((worst, next) => next.Mean < worst.Mean ? next : worst);
                findings.Add(Mismatch(FindingKind.SatisfactionBelowEmotion, stage.Id, positive, low, lowest));
            }

            var high = rated.Where(summary => summary.Mean >= thresholds.HighSatisfaction).ToArray();
            if (negative.Count > 0 && high.Length > 0)
            {
                var highest = high.Aggregate((best, next) => next.Mean > best.Mean ? next : best);
                findings.Add(Mismatch(FindingKind.SatisfactionAboveEmotion, stage.Id, negative, high, highest));
            }
        }
    }

    /// <summary>
    /// A channel personas prefer, offered in one stage and not in the next (which has touchpoints: one without any is a
    /// gap of its own); one finding per channel and pair of stages, shared by every persona preferring that channel.
    /// </summary>
    private static void ChannelBreaks(JourneyMap map, AnalysisIndex index, List<Finding> findings)
    {
        var preferred = map.Personas
            .Select(persona => (persona.Id, Channels: PreferredChannelKeys(persona.Profile.PreferredChannels)))
            .Where(persona => persona.Channels.Count > 0)
            .ToArray();
        if (preferred.Length == 0)
        {
            return;
        }

        var offered = index.Stages.Select(stage => ChannelsOffered(index.TouchpointsByStage[stage.Id])).ToArray();
        for (var position = 0; position + 1 < index.Stages.Count; position++)
        {
            if (index.TouchpointsByStage[index.Stages[position + 1].Id].Count == 0)
            {
                continue;
            }

            foreach (var (key, channel) in offered[position])
            {
                if (offered[position + 1].ContainsKey(key))
                {
                    continue;
                }

                string[] personas = [.. preferred.Where(persona => persona.Channels.Contains(key)).Select(persona => persona.Id)];
                if (personas.Length == 0)
                {
                    continue;
                }

                var from = index.Stages[position].Id;
                var to = index.Stages[position + 1].Id;
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.ChannelBreak, ChannelHash(key), from, to),
                    Kind = FindingKind.ChannelBreak,
                    Severity = FindingSeverity.Medium,
                    StageId = from,
                    NextStageId = to,
                    PersonaIds = personas,
                    TouchpointIds = channel.TouchpointIds,
                    Arguments = [FindingArgument.Channel(channel.Text), FindingArgument.Stage(from), FindingArgument.Stage(to), FindingArgument.Count(personas.Length)],
                });
            }
        }
    }

    private static Finding Mismatch(FindingKind kind, string stageId, List<string> personas, SatisfactionSummary[] touchpoints, SatisfactionSummary extreme) => new()
    {
        Id = IdOf(kind, stageId),
        Kind = kind,
        Severity = FindingSeverity.Medium,
        StageId = stageId,
        PersonaIds = personas,
        TouchpointIds = [.. touchpoints.Select(summary => summary.TouchpointId)],
        Arguments =
        [
            FindingArgument.Stage(stageId), FindingArgument.Count(personas.Count), FindingArgument.Count(touchpoints.Length),
            FindingArgument.Touchpoint(extreme.TouchpointId), FindingArgument.Satisfaction(extreme.Mean ?? 0),
        ],
    };

    /// <summary>The channels of a stage's touchpoints by key, in first-seen order, each as its first touchpoint writes it.</summary>
    private static Dictionary<string, (string Text, List<string> TouchpointIds)> ChannelsOffered(List<Touchpoint> touchpoints)
    {
        var channels = new Dictionary<string, (string Text, List<string> TouchpointIds)>(StringComparer.Ordinal);
        foreach (var touchpoint in touchpoints)
        {
            if (touchpoint.Details.Channel is { } channel)
            {
                var key = ChannelKey(channel);
                if (!channels.TryGetValue(key, out var entry))
                {
                    channels[key] = entry = (channel, []);
                }

                entry.TouchpointIds.Add(touchpoint.Id);
            }
        }

        return channels;
    }

    private static HashSet<string> PreferredChannelKeys(string? preferredChannels) =>
        preferredChannels is null
            ? []
            : [.. preferredChannels.Split(ChannelSeparators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ChannelKey)];

    /// <summary>Channels compare trimmed and ignoring case ("Email" is "email").</summary>
    private static string ChannelKey(string channel) => channel.Trim().ToUpperInvariant();

    /// <summary>
    /// A channel's part of a finding id: FNV-1a (64 bits) of its key, in hex. The team's text may hold any character,
    /// an id only safe ones; and string.GetHashCode changes from run to run.
    /// </summary>
    private static string ChannelHash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>One channel's ratings within a touchpoint category.</summary>
    private sealed class ChannelRatings(string key, string text)
    {
        private int sum;
        private int count;

        public string Key { get; } = key;

        /// <summary>As the first touchpoint on it writes it.</summary>
        public string Text { get; } = text;

        public List<string> TouchpointIds { get; } = [];

        public decimal Mean => Math.Round((decimal)sum / count, 2);

        public void Add(string touchpointId, int ratingSum, int ratingCount)
        {
            TouchpointIds.Add(touchpointId);
            sum += ratingSum;
            count += ratingCount;
        }
    }
}
