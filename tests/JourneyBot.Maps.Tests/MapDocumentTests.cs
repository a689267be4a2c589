using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Tests;

/// <summary>The layout model: stages as columns in journey order, one lane per persona then the shared lanes, words resolved.</summary>
public sealed class MapDocumentTests
{
    [Fact]
    public void Stages_are_columns_in_journey_order_and_every_lane_has_one_cell_per_stage()
    {
        var map = SampleMaps.SaasExample();

        var document = MapDocuments.Of(map, ResxMapWords.English);

        Assert.Equal(map.StagesInOrder.Select(stage => stage.Id), document.Stages.Select(stage => stage.Id));
        Assert.All(document.Lanes, lane => Assert.Equal(document.Stages.Count, lane.Cells.Count));
        Assert.Equal(
            [
                LaneKind.PersonaJourney, LaneKind.PersonaJourney, LaneKind.PersonaJourney, LaneKind.Touchpoints, LaneKind.PainPoints, LaneKind.Kpis,
                LaneKind.Findings, LaneKind.Opportunities,
            ],
            document.Lanes.Select(lane => lane.Kind));
        Assert.Equal(["Tech-minded founder", "Scaling team lead", "Enterprise IT buyer"], document.Lanes.Take(3).Select(lane => lane.Title));
    }

    [Fact]
    public void A_persona_lane_holds_the_cell_notes_labelled_and_pain_points_carry_their_persona()
    {
        var document = MapDocuments.Of(SampleMaps.SaasExample(), ResxMapWords.English);

        var firstCell = document.Lanes[0].Cells[0];
        Assert.Equal(["Goal", "Does", "Thinks"], firstCell.Select(entry => entry.Label));
        var painPoints = document.Lanes.Single(lane => lane.Kind == LaneKind.PainPoints).Cells[0];
        var painPoint = Assert.Single(painPoints);
        Assert.Equal((EntryMark.Persona, 1, "Scaling team lead"), (painPoint.Mark, painPoint.Persona!.Value, painPoint.Label));
    }

    [Fact]
    public void Touchpoints_are_marked_online_or_offline_with_their_channel()
    {
        var document = MapDocuments.Of(SampleMaps.SaasExample(), ResxMapWords.English);

        var touchpoints = document.Lanes.Single(lane => lane.Kind == LaneKind.Touchpoints).Cells[0];
        Assert.Equal([(EntryMark.Online, "Blog post · website"), (EntryMark.Offline, "Sales call · phone")], touchpoints.Select(entry => (entry.Mark, entry.Text)));
    }

    [Fact]
    public void Kpis_read_value_period_and_target_and_conversions_join_consecutive_stages()
    {
        var document = MapDocuments.Of(SampleMaps.SaasExample(), ResxMapWords.English);

        var kpis = document.Lanes.Single(lane => lane.Kind == LaneKind.Kpis).Cells[0];
        Assert.Equal("Website visitors: 10,000 per month · target 12,000", Assert.Single(kpis).Text);
        Assert.Equal(7, document.Conversions.Count);
        Assert.Equal((0, 1, 0.5m, "50%"), (document.Conversions[0].FromStage, document.Conversions[0].ToStage, document.Conversions[0].Rate, document.Conversions[0].Text));
    }

    [Fact]
    public void Emotion_points_are_the_revealed_mean_and_nothing_before_the_reveal()
    {
        var map = SampleMaps.SaasExample();

        var revealed = MapDocuments.Of(map, ResxMapWords.English).Emotions;
        var hidden = MapDocuments.Of(map with { EmotionsRevealed = false }, ResxMapWords.English).Emotions;

        var expected = map.EmotionScores.Where(score => score.PersonaId == "p1" && score.StageId == "awareness").Average(score => score.Score);
        Assert.Equal(expected, revealed.Series[0].Points[0]!.Mean);
        Assert.Equal(3, revealed.Series[0].Points[0]!.Count);
        Assert.False(hidden.Revealed);
        Assert.All(hidden.Series, series => Assert.All(series.Points, Assert.Null));
        Assert.Equal(map.EmotionScores.Count, hidden.ScoresGiven);
    }

    [Fact]
    public void An_empty_map_is_a_document_with_empty_lanes()
    {
        var document = MapDocuments.Of(SampleMaps.Empty(), ResxMapWords.English);

        Assert.True(document.IsEmpty);
        Assert.Empty(document.Stages);
        Assert.All(document.Lanes, lane => Assert.Empty(lane.Cells));
        Assert.All(document.Tables, table => Assert.Empty(table.Rows));
    }

    [Fact]
    public void Tables_have_a_value_per_column_and_numbers_stay_numbers()
    {
        var document = MapDocuments.Of(SampleMaps.Korean(), ResxMapWords.Korean);

        Assert.Equal(["personas", "touchpoints", "kpis", "evidence", "findings", "ideas"], document.Tables.Select(table => table.Key));
        Assert.All(document.Tables, table => Assert.All(table.Rows, row => Assert.Equal(table.Columns.Count, row.Count)));
        var kpi = document.Tables.Single(table => table.Key == "kpis").Rows[0];
        Assert.Equal(("인지", 10_000m), (kpi[0].Text, kpi[2].Number!.Value));
        Assert.Equal("단계", document.Tables.Single(table => table.Key == "kpis").Columns[0]);
    }

    [Fact]
    public void Persona_styles_differ_for_the_first_eight_and_stay_apart_after()
    {
        var styles = Enumerable.Range(0, 10).Select(PersonaStyles.For).ToArray();

        Assert.Equal(8, styles.Take(8).Select(style => style.Color).Distinct().Count());
        Assert.Equal(10, styles.Distinct().Count());
    }
}
