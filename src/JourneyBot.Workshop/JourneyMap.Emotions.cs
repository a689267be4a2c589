namespace JourneyBot.Workshop;

/// <summary>Step 2: emotion scores, private to each participant until a facilitator reveals them.</summary>
public sealed partial record JourneyMap
{
    /// <summary>Sets the actor's own score (-2..+2, optional word) for a persona in a stage; a second score replaces the first.</summary>
    public MapOutcome ScoreEmotion(Participant actor, string personaId, string stageId, int score, string? word, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Open();
        CheckPersonaAndStage(checks, personaId, stageId);
        checks.Range("score", score, Limits.MinEmotionScore, Limits.MaxEmotionScore);
        var emotionWord = checks.Optional("word", word, Limits.MaxShortTextLength);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var id = EmotionScore.IdFor(personaId, stageId, actor.AadObjectId);
        var existing = EmotionScores.FirstOrDefault(candidate => candidate.Id == id);
        if (existing is not null)
        {
            var updated = existing with { Score = score, Word = emotionWord, Author = actor };
            return MapOutcome.Applied(this, this with { EmotionScores = Replace(EmotionScores, updated) }, [Updated(ItemKind.EmotionScore, id)]);
        }

        var added = new EmotionScore { Id = id, PersonaId = personaId, StageId = stageId, Score = score, Word = emotionWord, Author = actor, CreatedAt = at };
        return MapOutcome.Applied(this, this with { EmotionScores = [.. EmotionScores, added] }, [Added(ItemKind.EmotionScore, id)]);
    }

    /// <summary>Removes a score (see <see cref="EmotionScore.IdFor"/>); its author or a facilitator only.</summary>
    public MapOutcome RemoveEmotionScore(Participant actor, string id) => RemoveItem(actor, ItemKind.EmotionScore, id, removeDependents: false);

    /// <summary>Every persona-stage cell as <paramref name="viewer"/> may see it: their own score always, the aggregate only after the reveal.</summary>
    public IReadOnlyList<EmotionCellView> EmotionsFor(Participant viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return
        [
            .. from persona in Personas
               from stage in StagesInOrder
               let scores = EmotionScores.Where(score => score.PersonaId == persona.Id && score.StageId == stage.Id).ToArray()
               select new EmotionCellView
               {
                   PersonaId = persona.Id,
                   StageId = stage.Id,
                   Own = scores.FirstOrDefault(score => score.Author.IsSamePersonAs(viewer)),
                   Count = scores.Length,
                   Aggregate = EmotionsRevealed ? EmotionAggregate.Of(scores) : null,
               },
        ];
    }

    /// <summary>Every stage in journey order with its cells per persona as <paramref name="viewer"/> may see them (<see cref="EmotionsFor"/>).</summary>
    public IReadOnlyList<StageEmotionsView> StageEmotionsFor(Participant viewer)
    {
        var cells = EmotionsFor(viewer).ToLookup(cell => cell.StageId, StringComparer.Ordinal);
        return [.. StagesInOrder.Select(stage => new StageEmotionsView { StageId = stage.Id, Personas = [.. cells[stage.Id]] })];
    }
}
