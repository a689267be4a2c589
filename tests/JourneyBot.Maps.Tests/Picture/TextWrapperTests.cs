using System.Globalization;
using System.Text;
using JourneyBot.Maps.Picture;

namespace JourneyBot.Maps.Tests.Picture;

/// <summary>Text wraps within its width, is cut with an ellipsis after its last line, and never splits a grapheme.</summary>
public sealed class TextWrapperTests
{
    /// <summary>Every grapheme 10 px wide: easy to reason about.</summary>
    private static readonly Func<string, float> TenPerGrapheme = text => 10f * new StringInfo(text).LengthInTextElements;

    [Fact]
    public void Lines_fit_the_width_and_break_between_words()
    {
        const string text = "the quick brown fox jumps over the lazy dog";

        var lines = TextWrapper.Wrap(text, 100, 10, TenPerGrapheme);

        Assert.Equal(["the quick", "brown fox", "jumps over", "the lazy", "dog"], lines);
        Assert.All(lines, line => Assert.True(TenPerGrapheme(line) <= 100, line));
    }

    [Fact]
    public void Text_past_the_last_line_is_cut_with_an_ellipsis_that_still_fits()
    {
        var lines = TextWrapper.Wrap("the quick brown fox jumps over the lazy dog", 100, 2, TenPerGrapheme);

        Assert.Equal(2, lines.Count);
        Assert.Equal("the quick", lines[0]);
        Assert.EndsWith(TextWrapper.Ellipsis, lines[1], StringComparison.Ordinal);
        Assert.Equal("brown fox…", lines[1]);
        Assert.True(TenPerGrapheme(lines[1]) <= 100);
    }

    [Fact]
    public void Text_that_fits_gets_no_ellipsis()
    {
        Assert.Equal(["short text"], TextWrapper.Wrap("short text", 100, 1, TenPerGrapheme));
        Assert.Equal(["brown fox"], TextWrapper.Wrap("brown fox", 100, 3, TenPerGrapheme));
    }

    [Fact]
    public void A_word_wider_than_the_line_breaks_between_graphemes()
    {
        var lines = TextWrapper.Wrap("abcdefghijklmnop", 50, 10, TenPerGrapheme);

        Assert.Equal(["abcde", "fghij", "klmno", "p"], lines);
    }

    [Fact]
    public void Emoji_surrogate_pairs_and_joined_sequences_are_never_split()
    {
        const string faces = "😀😀😀😀😀😀😀";
        const string family = "👨‍👩‍👧";
        var families = string.Concat(Enumerable.Repeat(family, 5));

        var faceLines = TextWrapper.Wrap(faces, 35, 10, TenPerGrapheme);
        var familyLines = TextWrapper.Wrap(families, 25, 10, TenPerGrapheme);
        var cut = TextWrapper.Wrap(faces, 35, 1, TenPerGrapheme);

        Assert.Equal(["😀😀😀", "😀😀😀", "😀"], faceLines);
        Assert.Equal([family + family, family + family, family], familyLines);
        Assert.Equal(["😀😀…"], cut);
        Assert.All(faceLines.Concat(familyLines).Concat(cut), line => Assert.True(IsWellFormed(line), line));
    }

    [Fact]
    public void Hangul_syllables_and_combining_sequences_are_never_split()
    {
        var decomposed = "한국어로쓴글".Normalize(NormalizationForm.FormD);
        var accents = string.Concat(Enumerable.Repeat("e\u0301", 7));

        var hangul = TextWrapper.Wrap(decomposed, 25, 10, TenPerGrapheme);
        var combining = TextWrapper.Wrap(accents, 35, 2, TenPerGrapheme);

        Assert.Equal(["한국", "어로", "쓴글"], hangul.Select(line => line.Normalize(NormalizationForm.FormC)));
        Assert.Equal(decomposed, string.Concat(hangul));
        Assert.Equal(["e\u0301e\u0301e\u0301", "e\u0301e\u0301…"], combining);
    }

    [Fact]
    public void Empty_and_blank_text_has_no_line()
    {
        Assert.Empty(TextWrapper.Wrap(string.Empty, 100, 3, TenPerGrapheme));
        Assert.Empty(TextWrapper.Wrap(null, 100, 3, TenPerGrapheme));
        Assert.Empty(TextWrapper.Wrap(" \n\t ", 100, 3, TenPerGrapheme));
        Assert.Empty(TextWrapper.Wrap("text", 100, 0, TenPerGrapheme));
        Assert.Equal(string.Empty, TextWrapper.Fit(string.Empty, 100, TenPerGrapheme));
    }

    [Fact]
    public void Text_far_longer_than_its_lines_is_clipped_before_it_is_measured()
    {
        var measured = 0L;
        var huge = string.Concat(Enumerable.Repeat("word ", 100_000));
        var withoutSpaces = new string('x', 500_000);

        var lines = TextWrapper.Wrap(huge, 100, 3, text => { measured += text.Length; return TenPerGrapheme(text); });
        var cut = TextWrapper.Wrap(withoutSpaces, 100, 2, TenPerGrapheme);

        Assert.Equal(["word word", "word word", "word word…"], lines);
        Assert.True(measured < 10_000, $"measured {measured} characters");
        Assert.Equal(["xxxxxxxxxx", "xxxxxxxxx…"], cut);
    }

    [Fact]
    public void Line_breaks_start_new_lines_and_control_characters_become_spaces()
    {
        var lines = TextWrapper.Wrap("first\r\nsecond\tline\n\nthird", 200, 10, TenPerGrapheme);

        Assert.Equal(["first", "second line", "third"], lines);
    }

    [Fact]
    public void The_first_line_leaves_room_for_a_label_and_starts_below_it_when_no_word_fits_beside_it()
    {
        var beside = TextWrapper.Wrap("ab cd ef", 50, 5, TenPerGrapheme, firstLineIndent: 20);
        var below = TextWrapper.Wrap("abcd ef", 50, 5, TenPerGrapheme, firstLineIndent: 20);

        Assert.Equal(["ab", "cd ef"], beside);
        Assert.Equal([string.Empty, "abcd", "ef"], below);
    }

    [Fact]
    public void With_the_map_fonts_Korean_and_English_lines_fit_their_width()
    {
        using var fonts = new MapFonts();
        using var text = new PictureText(fonts);
        const string korean = "블로그 글을 읽고 가격 페이지를 비교한 뒤 동료에게 의견을 묻는다. 무료 체험을 시작하고 튜토리얼 영상을 본다";
        const string english = "Reads the blog, compares pricing, asks a colleague, then starts a free trial and watches the tutorial";

        foreach (var value in new[] { korean, english })
        {
            var lines = TextWrapper.Wrap(value, 154, 4, text.MeasureOf(TextStyle.Body));

            Assert.Equal(4, lines.Count);
            Assert.All(lines, line => Assert.True(text.Measure(line, TextStyle.Body) <= 154, line));
            Assert.EndsWith(TextWrapper.Ellipsis, lines[^1], StringComparison.Ordinal);
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && (index + 1 == text.Length || !char.IsLowSurrogate(text[++index])))
            {
                return false;
            }

            if (char.IsLowSurrogate(text[index]) && (index == 0 || !char.IsHighSurrogate(text[index - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
