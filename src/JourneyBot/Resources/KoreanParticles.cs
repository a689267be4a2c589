using System.Globalization;
using System.Text.RegularExpressions;

namespace JourneyBot.Resources;

/// <summary>A Korean particle whose form depends on the sound the word before it ends in.</summary>
public enum KoreanParticle
{
    /// <summary>을 after a final consonant, 를 after a vowel (the object).</summary>
    EulReul,

    /// <summary>이 / 가 (the subject).</summary>
    IGa,

    /// <summary>은 / 는 (the topic).</summary>
    EunNeun,

    /// <summary>과 / 와 ("and", "with").</summary>
    GwaWa,

    /// <summary>으로 after a final consonant, 로 after a vowel or ㄹ ("to", "as").</summary>
    EuroRo,
}

/// <summary>How a word ends when read aloud in Korean: what a particle after it depends on.</summary>
public enum KoreanEnding
{
    /// <summary>Not known (emoji, punctuation, other scripts): the particle keeps its combined form, 을(를).</summary>
    Unknown,

    /// <summary>A vowel: 를, 가, 는, 와, 로.</summary>
    Vowel,

    /// <summary>The final consonant ㄹ: 을, 이, 은, 과, but 로.</summary>
    Rieul,

    /// <summary>Any other final consonant: 을, 이, 은, 과, 으로.</summary>
    Consonant,
}

/// <summary>
/// Particles after names people give (a persona, a stage, a workshop), chosen by the last sound (docs/glossary.md, Particles).
/// Korean resources write the particle after a placeholder in its combined form, <c>{0}을(를)</c> or <c>“{0}”(으)로</c>:
/// <see cref="Format"/> replaces it by the one form that fits the formatted value, and leaves the combined form (still
/// correct Korean) when the last sound cannot be told. English resources never contain these forms, so they are untouched.
/// </summary>
/// <remarks>
/// How the last character is read:
/// <list type="bullet">
/// <item>a Hangul syllable by its final consonant (jongseong), from the Unicode arithmetic (code − U+AC00) mod 28: 0 is none, 8 is ㄹ;</item>
/// <item>a digit as Korean reads it: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구 (so 1, 7, 8 end in ㄹ; 0, 3, 6 in
/// another consonant; a trailing 0 in a longer number is 십, 백, 천 or 만, a consonant too);</item>
/// <item>Latin letters in capitals only (CEO, CRM, URL, a single letter) by the letters' Korean names: L 엘 and R 알 end in ㄹ,
/// M 엠 and N 엔 in a consonant, every other name in a vowel;</item>
/// <item>any other Latin word as a loanword is spelt in Korean: ending in l or le → ㄹ (Excel, Google); m, n, ng, or a silent e
/// after m or n → consonant (Zoom, Notion, phone); b, k, p or t after a vowel or doubled (Bob, chat, app, Slack) → consonant;
/// anything else → vowel (SaaS 사스, Alice, blog 블로그, desk 데스크, manager 매니저). Names read otherwise (Park as 박) are
/// the rule's known misses; the result is still readable;</item>
/// <item>anything else (emoji, punctuation, other scripts) is <see cref="KoreanEnding.Unknown"/>. Closing quotes are looked
/// through (“서울”로), a bracketed group at the end is passed over as Korean spelling does (고객층 (SMB)을, 커피(coffee)를),
/// and the backslash that escapes a quote or bracket in card markdown is skipped.</item>
/// </list>
/// </remarks>
public static partial class KoreanParticles
{
    /// <summary>Closing quotes, looked into: “서울”로.</summary>
    private const string ClosingQuotes = "\"'”’」』》〉＞";

    /// <summary>Closing brackets and their openers: a bracketed group at the end is passed over, 고객층 (SMB)을.</summary>
    private const string ClosingBrackets = ")]}）］｝";

    private const string OpeningBrackets = "([{（［｛";

    /// <summary>The combined forms resources write, each with its particle.</summary>
    private static readonly (string Combined, KoreanParticle Particle)[] CombinedForms =
    [
        ("을(를)", KoreanParticle.EulReul), ("를(을)", KoreanParticle.EulReul),
        ("이(가)", KoreanParticle.IGa), ("가(이)", KoreanParticle.IGa),
        ("은(는)", KoreanParticle.EunNeun), ("는(은)", KoreanParticle.EunNeun),
        ("과(와)", KoreanParticle.GwaWa), ("와(과)", KoreanParticle.GwaWa),
        ("(으)로", KoreanParticle.EuroRo),
    ];

    /// <summary>How <paramref name="word"/> ends when read in Korean (see the remarks).</summary>
    public static KoreanEnding EndingOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var end = LastMeaningfulEnd(word, word.Length);
        if (end == 0)
        {
            return KoreanEnding.Unknown;
        }

        var last = word[end - 1];
        if (last is >= '\uAC00' and <= '\uD7A3')
        {
            return ((last - 0xAC00) % 28) switch
            {
                0 => KoreanEnding.Vowel,
                8 => KoreanEnding.Rieul,
                _ => KoreanEnding.Consonant,
            };
        }

        if (char.IsAsciiDigit(last))
        {
            return last switch
            {
                '0' or '3' or '6' => KoreanEnding.Consonant,
                '1' or '7' or '8' => KoreanEnding.Rieul,
                _ => KoreanEnding.Vowel,
            };
        }

        if (char.IsAsciiLetter(last))
        {
            var start = end;
            while (start > 0 && char.IsAsciiLetter(word[start - 1]))
            {
                start--;
            }

            var letters = word[start..end];
            return letters.All(char.IsAsciiLetterUpper) ? LetterNameEnding(last) : LoanwordEnding(letters.ToLowerInvariant());
        }

        return KoreanEnding.Unknown;
    }

    /// <summary><paramref name="word"/> followed by the form of <paramref name="particle"/> that fits its last sound.</summary>
    public static string Attach(string word, KoreanParticle particle) => word + FormAfter(EndingOf(word), particle);

    /// <summary>The form of <paramref name="particle"/> after a word with <paramref name="ending"/>; the combined form when unknown.</summary>
    public static string FormAfter(KoreanEnding ending, KoreanParticle particle) => (particle, ending) switch
    {
        (KoreanParticle.EulReul, KoreanEnding.Vowel) => "를",
        (KoreanParticle.EulReul, KoreanEnding.Rieul or KoreanEnding.Consonant) => "을",
        (KoreanParticle.EulReul, _) => "을(를)",
        (KoreanParticle.IGa, KoreanEnding.Vowel) => "가",
        (KoreanParticle.IGa, KoreanEnding.Rieul or KoreanEnding.Consonant) => "이",
        (KoreanParticle.IGa, _) => "이(가)",
        (KoreanParticle.EunNeun, KoreanEnding.Vowel) => "는",
        (KoreanParticle.EunNeun, KoreanEnding.Rieul or KoreanEnding.Consonant) => "은",
        (KoreanParticle.EunNeun, _) => "은(는)",
        (KoreanParticle.GwaWa, KoreanEnding.Vowel) => "와",
        (KoreanParticle.GwaWa, KoreanEnding.Rieul or KoreanEnding.Consonant) => "과",
        (KoreanParticle.GwaWa, _) => "과(와)",
        (KoreanParticle.EuroRo, KoreanEnding.Vowel or KoreanEnding.Rieul) => "로",
        (KoreanParticle.EuroRo, KoreanEnding.Consonant) => "으로",
        (KoreanParticle.EuroRo, _) => "(으)로",
        _ => throw new ArgumentOutOfRangeException(nameof(particle), particle, null),
    };

    /// <summary>
    /// <see cref="string.Format(IFormatProvider, string, object[])"/>, with every combined particle that follows a placeholder
    /// (and any closing quotes after it) replaced by the form that fits the formatted value.
    /// </summary>
    public static string Format(IFormatProvider provider, string format, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(args);
        if (!format.Contains('(', StringComparison.Ordinal))
        {
            return string.Format(provider, format, args);
        }

        var extra = new List<object?>();
        var rewritten = ParticleAfterPlaceholder().Replace(format, match =>
        {
            var placeholder = match.Groups["placeholder"].Value;
            var quotes = match.Groups["quotes"].Value;
            var particle = CombinedForms.First(form => form.Combined == match.Groups["particle"].Value).Particle;
            var value = string.Format(provider, placeholder, args) + quotes;
            extra.Add(Attach(value, particle));
            return "{" + (args.Length + extra.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        });
        return extra.Count == 0 ? string.Format(provider, format, args) : string.Format(provider, rewritten, [.. args, .. extra]);
    }

    /// <summary>Every combined particle form in <paramref name="text"/> that no placeholder comes before (so nothing can resolve it).</summary>
    public static IReadOnlyList<string> UnresolvableIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var resolvable = ParticleAfterPlaceholder().Replace(text, string.Empty);
        return [.. CombinedForms.Where(form => resolvable.Contains(form.Combined, StringComparison.Ordinal)).Select(form => form.Combined)];
    }

    /// <summary>
    /// Where the word's last meaningful character ends: past trailing spaces, closing quotes (the particle then follows what
    /// they quote) and a trailing bracketed group (Korean writes the particle for the word before it: 커피(coffee)를); a name
    /// that is all brackets is read inside them. A backslash before a quote or bracket is card markdown's escape, and skipped.
    /// </summary>
    private static int LastMeaningfulEnd(string word, int end)
    {
        while (end > 0)
        {
            var c = word[end - 1];
            if (c is ' ' or '\\' || ClosingQuotes.Contains(c, StringComparison.Ordinal))
            {
                end--;
                continue;
            }

            var kind = ClosingBrackets.IndexOf(c, StringComparison.Ordinal);
            if (kind < 0)
            {
                return end;
            }

            var opener = OpenerOf(word, end - 1, ClosingBrackets[kind], OpeningBrackets[kind]);
            var before = opener < 0 ? 0 : LastMeaningfulEnd(word, opener);
            end = before > 0 ? before : end - 1;
            if (before > 0)
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>The index of the bracket that opens the one closing at <paramref name="close"/>; -1 when there is none.</summary>
    private static int OpenerOf(string word, int close, char closing, char opening)
    {
        var depth = 0;
        for (var i = close; i >= 0; i--)
        {
            depth += word[i] == closing ? 1 : word[i] == opening ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static KoreanEnding LetterNameEnding(char letter) => letter switch
    {
        'L' or 'R' => KoreanEnding.Rieul,
        'M' or 'N' => KoreanEnding.Consonant,
        _ => KoreanEnding.Vowel,
    };

    private static KoreanEnding LoanwordEnding(string word)
    {
        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
        var last = word[^1];
        var before = word.Length > 1 ? word[^2] : '\0';
        return last switch
        {
            'l' => KoreanEnding.Rieul,
            'e' when before == 'l' => KoreanEnding.Rieul,
            'm' or 'n' => KoreanEnding.Consonant,
            'g' when before == 'n' => KoreanEnding.Consonant,
            'e' when before is 'm' or 'n' && word.Length > 2 => KoreanEnding.Consonant,
            'b' or 'k' or 'p' or 't' when IsVowel(before) || before == last || (last == 'k' && before == 'c') => KoreanEnding.Consonant,
            _ => KoreanEnding.Vowel,
        };
    }

    [GeneratedRegex(@"(?<placeholder>\{\d+(?:,-?\d+)?(?::[^{}]*)?\})(?<quotes>[""'”’」』》〉)\]）］]*)(?<particle>을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|과\(와\)|와\(과\)|\(으\)로)")]
    private static partial Regex ParticleAfterPlaceholder();
}
