using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class EmotionTests
{
    private const string Awareness = StageKeys.Awareness;

    /// <summary>Scores for p1 in awareness: Alice +2, Bob -2, Carol +1, Cody +1, a minute apart; mean 0.5, spread 1.5.</summary>
    private static readonly JourneyMap Scored = Sample.Workshop()
        .AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now).ShouldSucceed()
        .ScoreEmotion(People.Alice, "p1", Awareness, 2, "excited", Sample.Now).ShouldSucceed()
        .ScoreEmotion(People.Bob, "p1", Awareness, -2, "lost", Sample.Now.AddMinutes(1)).ShouldSucceed()
        .ScoreEmotion(People.Carol, "p1", Awareness, 1, null, Sample.Now.AddMinutes(2)).ShouldSucceed()
        .ScoreEmotion(People.CoFacilitator, "p1", Awareness, 1, null, Sample.Now.AddMinutes(3)).ShouldSucceed();

    private static EmotionCellView Cell(JourneyMap map, Participant viewer) =>
        map.EmotionsFor(viewer).Single(cell => cell.PersonaId == "p1" && cell.StageId == Awareness);

    [Fact]
    public void A_score_is_stored_under_the_participants_own_id_for_the_cell()
    {
        var map = Sample.Workshop().AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now).ShouldSucceed();
        var id = $"p1.awareness.{People.Bob.AadObjectId}";

        var scored = map.ScoreEmotion(People.Bob, "p1", Awareness, -1, " confused ", Sample.Now).ShouldChange(Added(ItemKind.EmotionScore, id));

        var score = Assert.Single(scored.EmotionScores);
        Assert.Equal((id, -1, "confused", People.Bob), (score.Id, score.Score, score.Word, score.Author));
    }

    [Fact]
    public void Scoring_again_replaces_the_participants_score()
    {
        var id = EmotionScore.IdFor("p1", Awareness, People.Bob.AadObjectId);

        var rescored = Scored.ScoreEmotion(People.Bob, "p1", Awareness, 0, null, Sample.Now.AddHours(1)).ShouldChange(Updated(ItemKind.EmotionScore, id));

        Assert.Equal(4, rescored.EmotionScores.Count);
        Assert.Equal((0, null, Sample.Now.AddMinutes(1)), (Cell(rescored, People.Bob).Own?.Score, Cell(rescored, People.Bob).Own?.Word, Cell(rescored, People.Bob).Own?.CreatedAt));
    }

    [Fact]
    public void The_same_person_with_a_differently_cased_object_id_still_has_one_score()
    {
        var bob = new Participant("ABC-1", "Bob");
        var map = Scored.ScoreEmotion(bob, "p1", Awareness, 1, null, Sample.Now).ShouldSucceed();

        var rescored = map.ScoreEmotion(bob with { AadObjectId = "abc-1" }, "p1", Awareness, -1, null, Sample.Now)
            .ShouldChange(Updated(ItemKind.EmotionScore, "p1.awareness.abc-1"));

        Assert.Equal(5, rescored.EmotionScores.Count);
    }

    [Theory]
    [InlineData(-3, false)]
    [InlineData(-2, true)]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void An_emotion_score_runs_from_minus_2_to_plus_2(int score, bool accepted)
    {
        var outcome = Scored.ScoreEmotion(People.Bob, "p1", StageKeys.Decision, score, null, Sample.Now);

        if (accepted)
        {
            outcome.ShouldSucceed();
        }
        else
        {
            outcome.ShouldBeRefused(Scored, ("score", ErrorCodes.OutOfRange));
            Assert.Equal([-2, 2], outcome.Errors.Single().Arguments);
        }
    }

    [Fact]
    public void An_emotion_word_is_short_and_the_cell_must_exist()
    {
        Scored.ScoreEmotion(People.Bob, "p1", Awareness, 1, new string('w', 201), Sample.Now).ShouldBeRefused(Scored, ("word", ErrorCodes.TooLong));
        Scored.ScoreEmotion(People.Bob, "p9", "nowhere", 1, null, Sample.Now)
            .ShouldBeRefused(Scored, ("personaId", ErrorCodes.NotFound), ("stageId", ErrorCodes.NotFound));
    }

    [Theory]
    [InlineData("alice", 2)]
    [InlineData("bob", -2)]
    [InlineData("facilitator", null)]
    [InlineData("coFacilitator", 1)]
    public void Before_the_reveal_everyone_facilitators_included_sees_only_their_own_score_and_how_many_scored(string who, int? own)
    {
        var viewer = People.Named(who);

        var cell = Cell(Scored, viewer);

        Assert.Equal(own, cell.Own?.Score);
        Assert.True(cell.Own is null || cell.Own.Author.IsSamePersonAs(viewer));
        Assert.Equal(4, cell.Count);
        Assert.Null(cell.Aggregate);
    }

    [Fact]
    public void The_view_covers_every_persona_and_stage_in_journey_order()
    {
        var map = Scored.AddPersona(People.Bob, "p2", Sample.Profile("Manager"), Sample.Now).ShouldSucceed();

        var cells = map.EmotionsFor(People.Bob);

        Assert.Equal(10, cells.Count);
        Assert.Equal(["awareness", "consideration", "decision", "retention", "loyalty"], cells.Take(5).Select(cell => cell.StageId));
        Assert.Equal(["p1", "p2"], cells.Select(cell => cell.PersonaId).Distinct());
        Assert.All(cells.Skip(1), cell => Assert.Equal((0, null), (cell.Count, cell.Own)));
    }

    [Fact]
    public void After_the_reveal_a_cell_shows_mean_spread_count_and_who_diverges_most()
    {
        var revealed = Scored.RevealEmotions(People.Facilitator).ShouldSucceed();

        var aggregate = Cell(revealed, People.Alice).Aggregate;

        Assert.NotNull(aggregate);
        Assert.Equal(0.5, aggregate.Mean, precision: 10);
        Assert.Equal(1.5, aggregate.Spread, precision: 10);
        Assert.Equal(4, aggregate.Count);
        Assert.Equal(People.Bob, aggregate.MostDivergent?.Author);
        Assert.Equal(-2, aggregate.MostDivergent?.Score);
        Assert.Equal(2, Cell(revealed, People.Alice).Own?.Score);
    }

    [Fact]
    public void Scores_given_after_the_reveal_count_at_once()
    {
        var revealed = Scored.RevealEmotions(People.Facilitator).ShouldSucceed()
            .ScoreEmotion(People.Facilitator, "p1", Awareness, -2, null, Sample.Now.AddMinutes(9)).ShouldSucceed();

        var aggregate = Cell(revealed, People.Carol).Aggregate;

        Assert.Equal((5, 0.0), (aggregate?.Count, aggregate?.Mean));
        Assert.Equal(Math.Sqrt(2.8), aggregate?.Spread ?? 0, precision: 10);
        Assert.Equal(People.Alice, aggregate?.MostDivergent?.Author);
    }

    [Fact]
    public void When_everyone_agrees_the_spread_is_zero_and_nobody_diverges()
    {
        var aggregate = EmotionAggregate.Of([Score(People.Alice, 1, 0), Score(People.Bob, 1, 1), Score(People.Carol, 1, 2)]);

        Assert.Equal(new EmotionAggregate(1, 0, 3, null), aggregate);
    }

    [Theory]
    [InlineData(0, 1, "alice")]
    [InlineData(1, 0, "bob")]
    public void Equally_divergent_scores_name_the_earlier_one(int aliceMinute, int bobMinute, string expected)
    {
        var aggregate = EmotionAggregate.Of([Score(People.Alice, 2, aliceMinute), Score(People.Bob, 0, bobMinute)]);

        Assert.Equal((1.0, 1.0), (aggregate?.Mean, aggregate?.Spread));
        Assert.Equal(People.Named(expected), aggregate?.MostDivergent?.Author);
    }

    [Fact]
    public void A_single_score_has_no_spread_and_no_cell_without_scores_has_an_aggregate()
    {
        Assert.Equal(new EmotionAggregate(-1, 0, 1, null), EmotionAggregate.Of([Score(People.Alice, -1, 0)]));
        Assert.Null(EmotionAggregate.Of([]));
    }

    [Theory]
    [InlineData(new[] { -1 }, EmotionAgreement.OneScore)]
    [InlineData(new[] { 2 }, EmotionAgreement.OneScore)]
    [InlineData(new[] { 1, 1 }, EmotionAgreement.Same)]
    [InlineData(new[] { 0, 0, 0 }, EmotionAgreement.Same)]
    [InlineData(new[] { 1, 2 }, EmotionAgreement.Differ)]
    [InlineData(new[] { -2, 2, 0 }, EmotionAgreement.Differ)]
    public void A_single_score_is_one_score_not_a_team_that_agrees(int[] scores, EmotionAgreement expected)
    {
        Participant[] people = [People.Alice, People.Bob, People.Carol];

        var aggregate = EmotionAggregate.Of([.. scores.Select((score, index) => Score(people[index], score, index))]);

        Assert.Equal(expected, aggregate?.Agreement);
        Assert.Equal(expected == EmotionAgreement.Differ, aggregate?.MostDivergent is not null);
    }

    [Fact]
    public void A_stage_is_summed_up_per_persona_never_averaged_across_personas()
    {
        // p1: Alice +2, Bob -2, Carol +1, Cody +1 (mean 0.5); p2: Bob -1 alone. A mean across personas would be 0.2.
        var map = Scored.AddPersona(People.Bob, "p2", Sample.Profile("Manager"), Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Bob, "p2", Awareness, -1, null, Sample.Now).ShouldSucceed()
            .RevealEmotions(People.Facilitator).ShouldSucceed();

        var stages = map.StageEmotionsFor(People.Bob);
        var awareness = stages[0];

        Assert.Equal(map.StagesInOrder.Select(stage => stage.Id), stages.Select(stage => stage.StageId));
        Assert.Equal(["p1", "p2"], awareness.Personas.Select(cell => cell.PersonaId));
        Assert.Equal((5, 2), (awareness.Count, awareness.OwnCount));
        Assert.Equal((0.5, 4, EmotionAgreement.Differ), (awareness.Personas[0].Aggregate?.Mean, awareness.Personas[0].Aggregate?.Count, awareness.Personas[0].Aggregate?.Agreement));
        Assert.Equal((-1.0, 1, EmotionAgreement.OneScore), (awareness.Personas[1].Aggregate?.Mean, awareness.Personas[1].Aggregate?.Count, awareness.Personas[1].Aggregate?.Agreement));
        Assert.All(stages.Skip(1), stage => Assert.Equal((0, 0), (stage.Count, stage.OwnCount)));
    }

    [Theory]
    [InlineData("alice", 1)]
    [InlineData("bob", 2)]
    [InlineData("facilitator", 0)]
    public void Before_the_reveal_a_stage_gives_counts_and_the_viewers_own_scores_only(string who, int ownCount)
    {
        var map = Scored.AddPersona(People.Bob, "p2", Sample.Profile("Manager"), Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Bob, "p2", Awareness, -1, null, Sample.Now).ShouldSucceed();
        var viewer = People.Named(who);

        var awareness = map.StageEmotionsFor(viewer)[0];

        Assert.Equal((5, ownCount), (awareness.Count, awareness.OwnCount));
        Assert.All(awareness.Personas, cell => Assert.Null(cell.Aggregate));
        Assert.All(awareness.Personas, cell => Assert.True(cell.Own is null || cell.Own.Author.IsSamePersonAs(viewer)));
    }

    [Fact]
    public void A_participant_withdraws_their_score()
    {
        var id = EmotionScore.IdFor("p1", Awareness, People.Carol.AadObjectId);

        var withdrawn = Scored.RemoveEmotionScore(People.Carol, id).ShouldChange(Removed(ItemKind.EmotionScore, id));

        Assert.Equal((3, null), (Cell(withdrawn, People.Carol).Count, Cell(withdrawn, People.Carol).Own));
    }

    private static EmotionScore Score(Participant author, int score, int minute) => new()
    {
        Id = EmotionScore.IdFor("p1", Awareness, author.AadObjectId),
        PersonaId = "p1",
        StageId = Awareness,
        Score = score,
        Author = author,
        CreatedAt = Sample.Now.AddMinutes(minute),
    };
}
