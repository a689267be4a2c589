using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class EvidenceTests
{
    private static readonly JourneyMap Map = Sample.WithPersonaAndTouchpoint();

    [Theory]
    [InlineData(ItemKind.Stage, StageKeys.Awareness, EvidenceBacking.Assumption)]
    [InlineData(ItemKind.Touchpoint, "t1", EvidenceBacking.PartlyBacked)]
    [InlineData(ItemKind.Stage, StageKeys.Loyalty, EvidenceBacking.DataBacked)]
    public void A_note_is_about_a_stage_or_a_touchpoint_and_says_how_well_it_is_backed(ItemKind kind, string id, EvidenceBacking backing)
    {
        var target = new EvidenceTarget(kind, id);

        var added = Map.AddEvidenceNote(People.Carol, "n1", " 84% want to be treated as people ", target, backing, Sample.Now)
            .ShouldChange(Added(ItemKind.EvidenceNote, "n1"));

        var note = Assert.Single(added.EvidenceAbout(target));
        Assert.Equal(("84% want to be treated as people", backing, People.Carol), (note.Text, note.Backing, note.Author));
    }

    [Fact]
    public void An_assumption_becomes_data_backed_when_edited()
    {
        var map = Map.AddEvidenceNote(People.Carol, "n1", "Slow replies lose leads", EvidenceTarget.Stage(StageKeys.Decision), EvidenceBacking.Assumption, Sample.Now).ShouldSucceed();

        var edited = map.EditEvidenceNote(People.Carol, "n1", "Replies after 1h lose 40% of leads", EvidenceBacking.DataBacked).ShouldChange(Updated(ItemKind.EvidenceNote, "n1"));

        Assert.Equal(("Replies after 1h lose 40% of leads", EvidenceBacking.DataBacked), (edited.EvidenceNotes[0].Text, edited.EvidenceNotes[0].Backing));
    }

    [Theory]
    [InlineData(ItemKind.Stage, "nowhere", ErrorCodes.NotFound)]
    [InlineData(ItemKind.Touchpoint, "t9", ErrorCodes.NotFound)]
    [InlineData(ItemKind.Persona, "p1", ErrorCodes.Invalid)]
    public void A_note_must_be_about_an_existing_stage_or_touchpoint(ItemKind kind, string id, string code)
    {
        Map.AddEvidenceNote(People.Carol, "n1", "text", new EvidenceTarget(kind, id), EvidenceBacking.Assumption, Sample.Now)
            .ShouldBeRefused(Map, ("target", code));
    }

    [Fact]
    public void A_note_needs_text_of_at_most_2000_characters_and_a_known_backing()
    {
        var target = EvidenceTarget.Stage(StageKeys.Awareness);

        Map.AddEvidenceNote(People.Carol, "n1", "", target, (EvidenceBacking)7, Sample.Now)
            .ShouldBeRefused(Map, ("text", ErrorCodes.Required), ("backing", ErrorCodes.Invalid));
        Map.AddEvidenceNote(People.Carol, "n1", new string('x', 2001), target, EvidenceBacking.Assumption, Sample.Now)
            .ShouldBeRefused(Map, ("text", ErrorCodes.TooLong));
    }
}
