using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Tests.Workshops;

/// <summary>A button's data made in one call is the card's data with what the button is about, and nothing more.</summary>
public sealed class ButtonDataTests
{
    [Fact]
    public void Button_data_is_the_cards_context_and_the_item_it_names()
    {
        var map = SampleWorkshops.New("w1");

        var data = ButtonData.For(map, stageId: "stage-1", seed: "seed-1", number: 2);

        Assert.Equal(
            (WorkshopCardData.For(map) with { StageId = "stage-1", Seed = "seed-1", Number = 2 }).ToJson().GetRawText(),
            data.GetRawText());
        Assert.Equal(
            $$"""{"wid":"w1","v":{{map.Version}},"step":{{(int)map.CurrentStep}},"stage":"stage-1","seed":"seed-1","n":2}""",
            data.GetRawText());
    }

    [Fact]
    public void Button_data_of_the_board_names_nothing()
    {
        var map = SampleWorkshops.New("w1");

        Assert.Equal(WorkshopCardData.For(map).ToJson().GetRawText(), ButtonData.For(map).GetRawText());
    }
}
