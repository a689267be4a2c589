using JourneyBot.Cards;

namespace JourneyBot.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("[click me](https://evil.example)", @"\[click me\]\(https://evil.example\)")]
    [InlineData("**loud** and _soft_", @"\*\*loud\*\* and \_soft\_")]
    [InlineData("<at>Everyone</at>", "＜at＞Everyone＜/at＞")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("1. not a list", @"1\. not a list")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("line\nbreak\u0007bell", "line break bell")]
    [InlineData("고객 여정 1.5배 개선 - 좋음", "고객 여정 1.5배 개선 - 좋음")]
    public void User_text_cannot_become_links_mentions_or_markup(string typed, string shown)
    {
        Assert.Equal(shown, CardText.Escape(typed));
    }
}
