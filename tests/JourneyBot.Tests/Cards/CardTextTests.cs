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
    [InlineData("* star", @"\* star")]
    [InlineData("+ plus", @"\+ plus")]
    [InlineData("> quote", "＞ quote")]
    [InlineData("3) not a list", @"3\) not a list")]
    [InlineData("  42. indented", @"  42\. indented")]
    [InlineData("1.", @"1\.")]
    [InlineData("line\nbreak\u0007bell", "line break bell")]
    [InlineData("one\u2028- two\u2029# three", "one - two # three")] // no line breaks left, so no line starts
    [InlineData("---", @"\---")]
    [InlineData("-2 and **bold**", @"-2 and \*\*bold\*\*")]
    [InlineData("고객 여정 1.5배 개선 - 좋음", "고객 여정 1.5배 개선 - 좋음")]
    public void User_text_cannot_become_links_mentions_or_markup(string typed, string shown)
    {
        Assert.Equal(shown, CardText.Escape(typed));
    }

    [Theory]
    [InlineData("1. Awareness", @"1\. Awareness")]
    [InlineData("12) Twelve", @"12\) Twelve")]
    [InlineData("Stage\n2. Consideration\r\n- dash\r# head\n> quote\n+ plus\n* star", "Stage\n2\\. Consideration\r\n\\- dash\r\\# head\n\\> quote\n\\+ plus\n\\* star")]
    [InlineData("Title\n===", "Title\n\\===")]
    [InlineData("**Bold** 1. stays\n1.5 times\n-2 mean", "**Bold** 1. stays\n1\\.5 times\n-2 mean")]
    [InlineData("Title\n---\n## Sub\n-", "Title\n\\---\n\\## Sub\n\\-")]
    [InlineData(@"1\. already \- escaped", @"1\. already \- escaped")]
    [InlineData("", "")]
    public void EscapeLineStarts_escapes_a_list_heading_or_quote_marker_on_every_line_and_nothing_else(string composed, string shown)
    {
        Assert.Equal(shown, CardText.EscapeLineStarts(composed));
    }

    [Fact]
    public void EscapeLineStarts_leaves_escaped_user_text_as_it_is()
    {
        var name = CardText.Escape("- [x](https://evil.example) *");

        Assert.Equal(name, CardText.EscapeLineStarts(name));
    }

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("eleven long", 10, "eleven lon…")]
    [InlineData("고객 여정 지도를 함께 그립니다", 5, "고객 여정…")]
    [InlineData("abcd😀efg", 5, "abcd…")] // the emoji's two halves would be cut apart at 5: it goes whole
    [InlineData("abc😀efg", 5, "abc😀…")]
    [InlineData("abcde\u0301fg", 5, "abcd…")] // e and its combining accent are one letter
    [InlineData("ab👩\u200D💻cd", 5, "ab…")] // a ZWJ emoji sequence stays whole or goes
    [InlineData("😀😀😀", 1, "…")]
    public void Shorten_cuts_between_characters_and_marks_the_cut(string text, int length, string shortened)
    {
        Assert.Equal(shortened, CardText.Shorten(text, length));
        Assert.True(shortened.Length <= length + 1);
    }

    [Fact]
    public void Shorten_cuts_inside_a_character_longer_than_the_limit_rather_than_show_nothing()
    {
        var piled = "a" + new string('\u0301', 50);

        Assert.Equal(piled[..10] + "…", CardText.Shorten(piled, 10));
    }

    [Fact]
    public void Shorten_refuses_a_limit_of_nothing()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CardText.Shorten("text", 0));
    }

    [Theory]
    [InlineData("[click me](https://evil.example)", 8, @"\[click m…")] // cut first, then escaped: the limit counts what was typed
    [InlineData("**loud**", 20, @"\*\*loud\*\*")]
    [InlineData("<at>Everyone</at>", 12, "＜at＞Everyone…")]
    [InlineData("- a list item that goes on", 6, @"\- a li…")]
    [InlineData(@"a\b", 2, @"a\\…")] // the backslash is escaped whole, after the cut
    [InlineData("😀 *wow*", 4, @"😀 \*…")]
    public void Shown_shortens_then_escapes(string text, int length, string shown)
    {
        Assert.Equal(shown, CardText.Shown(text, length));
    }
}
