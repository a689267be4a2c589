using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class CellTests
{
    private static readonly JourneyMap Map = Sample.Workshop().AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now).ShouldSucceed();

    [Fact]
    public void The_first_write_adds_the_cell_and_later_writes_by_anyone_update_it()
    {
        var notes = new CellNotes { CustomerGoal = " find a tool ", Actions = "searches", ThoughtsAndQuestions = "is it safe?", PainPoints = "too many options" };

        var written = Map.WriteCell(People.Bob, "p1", StageKeys.Awareness, notes, Sample.Now).ShouldChange(Added(ItemKind.PersonaStageCell, "p1.awareness"));
        var cell = written.CellFor("p1", StageKeys.Awareness);
        Assert.Equal(notes with { CustomerGoal = "find a tool" }, cell?.Notes);

        var later = Sample.Now.AddMinutes(3);
        var rewritten = written.WriteCell(People.Carol, "p1", StageKeys.Awareness, new CellNotes { Actions = "asks a friend" }, later)
            .ShouldChange(Updated(ItemKind.PersonaStageCell, "p1.awareness"));
        var updated = rewritten.CellFor("p1", StageKeys.Awareness);
        Assert.Equal(new CellNotes { Actions = "asks a friend" }, updated?.Notes);
        Assert.Equal((People.Bob, Sample.Now, People.Carol, later), (updated?.Author, updated?.CreatedAt, updated?.UpdatedBy, updated?.UpdatedAt));
    }

    [Fact]
    public void A_cell_needs_a_known_persona_and_stage()
    {
        Map.WriteCell(People.Bob, "p9", "s9", new CellNotes(), Sample.Now)
            .ShouldBeRefused(Map, ("personaId", ErrorCodes.NotFound), ("stageId", ErrorCodes.NotFound));
    }

    [Theory]
    [InlineData("customerGoal")]
    [InlineData("actions")]
    [InlineData("thoughtsAndQuestions")]
    [InlineData("painPoints")]
    public void Each_cell_field_holds_at_most_2000_characters(string field)
    {
        var text = new string('x', Limits.MaxLongTextLength + 1);
        var notes = field switch
        {
            "customerGoal" => new CellNotes { CustomerGoal = text },
            "actions" => new CellNotes { Actions = text },
            "thoughtsAndQuestions" => new CellNotes { ThoughtsAndQuestions = text },
            _ => new CellNotes { PainPoints = text },
        };

        Map.WriteCell(People.Bob, "p1", StageKeys.Awareness, notes, Sample.Now).ShouldBeRefused(Map, (field, ErrorCodes.TooLong));
    }
}
