using System.Globalization;
using JourneyBot.Workshop;

namespace JourneyBot.Maps.Model;

/// <summary>
/// Step 7's <see cref="VersionComparison"/> as the document's <see cref="MapComparison"/> and its comparison list. The
/// same parts as the versions card, in the same order: KPIs (all of them), revealed emotion means that changed, pain
/// points new and gone, actions done and dropped. Names come from the map that has them, the newer first.
/// </summary>
internal sealed class ComparisonLayout(VersionComparison comparison, IMapWords words)
{
    private readonly JourneyMap _older = comparison.Older.Map;
    private readonly JourneyMap _newer = comparison.Newer.Map;

    public MapComparison Comparison() => new(
        Heading(),
        Format(words[MapWord.ComparisonBasis], words.Number(comparison.Older.Number), comparison.Older.FinishedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        [.. comparison.Kpis.Select(Kpi)],
        [.. comparison.Emotions.Where(emotion => emotion.Change is not 0m).Select(Emotion)],
        [.. comparison.NewPainPoints.Select(finding => words.Finding(_newer, finding))],
        [.. comparison.GonePainPoints.Select(finding => words.Finding(_older, finding))],
        [.. comparison.ActionsDone.Select(action => action.Details.Title)],
        [.. comparison.ActionsDropped.Select(action => action.Details.Title)]);

    /// <summary>The comparison list (what, subject, before, after, change): the spreadsheets only, as the page has its own section.</summary>
    public static MapTable Table(MapComparison shown, IMapWords words)
    {
        IReadOnlyList<MapValue> Changed(MapWord part, MapChangeRow row) => [words[part], row.Subject, row.Before, row.After, row.Change];
        IEnumerable<IReadOnlyList<MapValue>> Listed(MapWord part, IReadOnlyList<string> subjects) =>
            subjects.Select(subject => (IReadOnlyList<MapValue>)[words[part], subject, MapValue.Empty, MapValue.Empty, MapValue.Empty]);
        return new MapTable(
            "comparison",
            words[MapWord.ComparisonTable],
            [.. new[] { MapWord.ColumnWhat, MapWord.ColumnSubject, MapWord.ColumnBefore, MapWord.ColumnAfter, MapWord.ColumnChange }.Select(column => words[column])],
            [
                .. shown.Kpis.Select(row => Changed(MapWord.ComparisonKpis, row)),
                .. shown.Emotions.Select(row => Changed(MapWord.ComparisonEmotions, row)),
                .. Listed(MapWord.ComparisonNewPainPoints, shown.NewPainPoints),
                .. Listed(MapWord.ComparisonGonePainPoints, shown.GonePainPoints),
                .. Listed(MapWord.ComparisonActionsDone, shown.ActionsDone),
                .. Listed(MapWord.ComparisonActionsDropped, shown.ActionsDropped),
            ])
        {
            OnPage = false,
        };
    }

    private string Heading() => _older.Id == _newer.Id
        ? Format(words[MapWord.ComparisonSince], words.Number(comparison.Older.Number))
        : Format(words[MapWord.ComparisonSinceCurrentState], _older.Name, words.Number(comparison.Older.Number));

    private MapChangeRow Kpi(KpiChange kpi)
    {
        var named = _newer.Kpis.FirstOrDefault(candidate => candidate.Id == kpi.KpiId && kpi.After is not null)
            ?? _older.Kpis.FirstOrDefault(candidate => candidate.Id == kpi.KpiId);
        var name = named is null ? kpi.Name : words.Kpi(named);
        return new MapChangeRow($"{StageName(kpi.StageId)} · {name}", Amount(kpi.Before), Amount(kpi.After), Change(kpi.Change));
    }

    private MapChangeRow Emotion(EmotionChange emotion)
    {
        var persona = (_newer.Personas.FirstOrDefault(candidate => candidate.Id == emotion.PersonaId)
            ?? _older.Personas.FirstOrDefault(candidate => candidate.Id == emotion.PersonaId))?.Profile.Name ?? "–";
        return new MapChangeRow($"{persona} · {StageName(emotion.StageId)}", Mean(emotion.Before), Mean(emotion.After), Change(emotion.Change));
    }

    private string StageName(string stageId) =>
        _newer.Stages.FirstOrDefault(stage => stage.Id == stageId) is { } inNewer ? words.Stage(_newer.Template, inNewer)
        : _older.Stages.FirstOrDefault(stage => stage.Id == stageId) is { } inOlder ? words.Stage(_older.Template, inOlder)
        : "–";

    private MapValue Amount(decimal? value) => value is { } number ? new MapValue(words.Number(number), number) : MapValue.Empty;

    /// <summary>An emotion mean with its sign, as the scale reads (-2..+2): "+1.25", "-0.5", "0".</summary>
    private MapValue Mean(decimal? value) => value is { } number ? new MapValue(number > 0 ? "+" + words.Number(number) : words.Number(number), number) : MapValue.Empty;

    /// <summary>A change with its sign, "±0" for none, as the versions card writes it.</summary>
    private MapValue Change(decimal? value) => value switch
    {
        null => MapValue.Empty,
        0m => new MapValue("±0", 0m),
        > 0m => new MapValue("+" + words.Number(value.Value), value.Value),
        _ => new MapValue(words.Number(value.Value), value.Value),
    };

    private static string Format(string text, params object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
