using JourneyBot.Maps.Exports;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Tests.Exports;

/// <summary>The grid both exports write: stages across, lanes down, then revealed emotions and the conversions.</summary>
public sealed class MapGridTests
{
    [Fact]
    public void Stages_run_across_and_lanes_then_emotions_then_conversions_run_down()
    {
        var document = ExportMaps.Saas();

        var grid = MapGrid.Of(document);

        Assert.Equal(["Stage", .. document.Stages.Select(stage => stage.Name)], grid.Header.Select(cell => cell.Text));
        Assert.Equal(
            [
                .. ExportMaps.GridLaneTitles(document),
                "Tech-minded founder · Emotions", "Scaling team lead · Emotions", "Enterprise IT buyer · Emotions",
                "move on",
            ],
            grid.Body.Select(row => row[0].Text));
        Assert.All(grid.Body, row => Assert.Equal(document.Stages.Count + 1, row.Count));
    }

    [Fact]
    public void A_cell_holds_its_entries_one_per_line_each_after_its_label()
    {
        var document = ExportMaps.Saas();

        var grid = MapGrid.Of(document);

        Assert.Equal(
            "Goal: Understand whether the product fits (0)\nDoes: Reads the blog, compares pricing, asks a colleague\n"
                + "Thinks: Is it worth switching from spreadsheets?",
            grid.Body[0][1].Text);
        var kpis = grid.Body[document.Lanes.ToList().FindIndex(lane => lane.Kind == LaneKind.Kpis)];
        Assert.Equal("Website visitors: 10,000 per month · target 12,000", kpis[1].Text);
    }

    [Fact]
    public void Emotion_rows_hold_the_revealed_mean_as_a_score_and_a_number_and_conversions_the_rate_into_each_later_stage()
    {
        var document = ExportMaps.Saas();

        var grid = MapGrid.Of(document);

        var firstEmotions = grid.Body[ExportMaps.GridLaneRows(document)];
        var means = document.Emotions.Series[0].Points.Select(point => point!.Mean).ToArray();
        Assert.Equal(means.Select(document.Words.Score), firstEmotions.Skip(1).Select(cell => cell.Text));
        Assert.Equal(means.Select(mean => (decimal?)decimal.Parse(document.Words.Score(mean), System.Globalization.CultureInfo.InvariantCulture)), firstEmotions.Skip(1).Select(cell => cell.Number));
        var conversions = grid.Body[^1];
        Assert.Equal(["move on", string.Empty, .. document.Conversions.Select(conversion => conversion.Text)], conversions.Select(cell => cell.Text));
        Assert.All(conversions, cell => Assert.Null(cell.Number));
        Assert.Equal("50%", conversions[2].Text);
    }

    [Fact]
    public void Hidden_emotions_have_no_rows()
    {
        var document = MapDocuments.Of(SampleMaps.SaasExample() with { EmotionsRevealed = false }, ResxMapWords.English);

        var grid = MapGrid.Of(document);

        Assert.Equal(ExportMaps.GridLaneRows(document) + 1, grid.Body.Count);
    }

    [Fact]
    public void An_empty_map_is_the_stage_word_over_the_empty_lanes_and_the_conversion_row()
    {
        var grid = MapGrid.Of(ExportMaps.Empty());

        Assert.Equal(["Stage"], grid.Header.Select(cell => cell.Text));
        Assert.Equal(["Touchpoints", "Pain points", "KPIs", "move on"], grid.Body.Select(row => Assert.Single(row).Text));
    }
}
