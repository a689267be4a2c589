using System.Globalization;
using System.Xml.Linq;
using JourneyBot.Resources;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Resources;

public sealed class KoreanParticlesTests
{
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko");

    [Theory]
    // Hangul: a final consonant, none, and ㄹ.
    [InlineData("고객층", "고객층을", "고객층이", "고객층은", "고객층과", "고객층으로")]
    [InlineData("김민준", "김민준을", "김민준이", "김민준은", "김민준과", "김민준으로")]
    [InlineData("창업자", "창업자를", "창업자가", "창업자는", "창업자와", "창업자로")]
    [InlineData("서울", "서울을", "서울이", "서울은", "서울과", "서울로")]
    [InlineData("기술에 밝은 창업자", "기술에 밝은 창업자를", "기술에 밝은 창업자가", "기술에 밝은 창업자는", "기술에 밝은 창업자와", "기술에 밝은 창업자로")]
    // Latin capitals by the letters' names: 오, 엠, 엘.
    [InlineData("CEO", "CEO를", "CEO가", "CEO는", "CEO와", "CEO로")]
    [InlineData("CRM", "CRM을", "CRM이", "CRM은", "CRM과", "CRM으로")]
    [InlineData("URL", "URL을", "URL이", "URL은", "URL과", "URL로")]
    // Latin words as loanwords: 밥, 사스, 엑셀, 줌, 슬랙, 앨리스.
    [InlineData("Bob", "Bob을", "Bob이", "Bob은", "Bob과", "Bob으로")]
    [InlineData("SaaS", "SaaS를", "SaaS가", "SaaS는", "SaaS와", "SaaS로")]
    [InlineData("Excel", "Excel을", "Excel이", "Excel은", "Excel과", "Excel로")]
    [InlineData("Zoom", "Zoom을", "Zoom이", "Zoom은", "Zoom과", "Zoom으로")]
    [InlineData("Slack", "Slack을", "Slack이", "Slack은", "Slack과", "Slack으로")]
    [InlineData("Alice", "Alice를", "Alice가", "Alice는", "Alice와", "Alice로")]
    // Digits as read in Korean: 이천이십사 (사), 일, 삼, 십.
    [InlineData("2024", "2024를", "2024가", "2024는", "2024와", "2024로")]
    [InlineData("1", "1을", "1이", "1은", "1과", "1로")]
    [InlineData("스텝 3", "스텝 3을", "스텝 3이", "스텝 3은", "스텝 3과", "스텝 3으로")]
    [InlineData("10", "10을", "10이", "10은", "10과", "10으로")]
    // Closing quotes are looked through; a bracketed group at the end is passed over (the particle fits the word before it).
    [InlineData("“서울”", "“서울”을", "“서울”이", "“서울”은", "“서울”과", "“서울”로")]
    [InlineData("고객층 (SMB)", "고객층 (SMB)을", "고객층 (SMB)이", "고객층 (SMB)은", "고객층 (SMB)과", "고객층 (SMB)으로")]
    [InlineData(@"고객층 \(SMB\)", @"고객층 \(SMB\)을", @"고객층 \(SMB\)이", @"고객층 \(SMB\)은", @"고객층 \(SMB\)과", @"고객층 \(SMB\)으로")]
    [InlineData("(CEO)", "(CEO)를", "(CEO)가", "(CEO)는", "(CEO)와", "(CEO)로")]
    // What cannot be read keeps the combined form.
    [InlineData("창업자 🚀", "창업자 🚀을(를)", "창업자 🚀이(가)", "창업자 🚀은(는)", "창업자 🚀과(와)", "창업자 🚀(으)로")]
    [InlineData("창업자!", "창업자!을(를)", "창업자!이(가)", "창업자!은(는)", "창업자!과(와)", "창업자!(으)로")]
    [InlineData("東京", "東京을(를)", "東京이(가)", "東京은(는)", "東京과(와)", "東京(으)로")]
    [InlineData("", "을(를)", "이(가)", "은(는)", "과(와)", "(으)로")]
    public void Each_particle_fits_the_last_sound(string word, string eulReul, string iGa, string eunNeun, string gwaWa, string euroRo)
    {
        Assert.Equal(eulReul, KoreanParticles.Attach(word, KoreanParticle.EulReul));
        Assert.Equal(iGa, KoreanParticles.Attach(word, KoreanParticle.IGa));
        Assert.Equal(eunNeun, KoreanParticles.Attach(word, KoreanParticle.EunNeun));
        Assert.Equal(gwaWa, KoreanParticles.Attach(word, KoreanParticle.GwaWa));
        Assert.Equal(euroRo, KoreanParticles.Attach(word, KoreanParticle.EuroRo));
    }

    [Theory]
    [InlineData("페르소나 {0}을(를) 삭제할까요?", "창업자", "페르소나 창업자를 삭제할까요?")]
    [InlineData("페르소나 {0}을(를) 삭제할까요?", "고객층", "페르소나 고객층을 삭제할까요?")]
    [InlineData("이름을 비우면 템플릿 이름 “{0}”(으)로 돌아갑니다.", "인지", "이름을 비우면 템플릿 이름 “인지”로 돌아갑니다.")]
    [InlineData("이름을 비우면 템플릿 이름 “{0}”(으)로 돌아갑니다.", "구매/가입", "이름을 비우면 템플릿 이름 “구매/가입”으로 돌아갑니다.")]
    [InlineData("\"{0}\"을(를) 이해하지 못했습니다.", "hello 👋", "\"hello 👋\"을(를) 이해하지 못했습니다.")]
    [InlineData("{0}와(과) {1}은(는)", "서울", "서울과 부산은")]
    public void Format_replaces_the_combined_form_after_a_placeholder(string format, string value, string expected)
    {
        Assert.Equal(expected, KoreanParticles.Format(Korean, format, value, "부산"));
    }

    [Fact]
    public void Format_keeps_numbers_formats_and_the_other_placeholders()
    {
        Assert.Equal("항목 1,000을 삭제하고 스텝 3으로 갑니다", KoreanParticles.Format(Korean, "항목 {0:N0}을(를) 삭제하고 스텝 {1}(으)로 갑니다", 1000, 3));
        Assert.Equal("Remove the persona (s)?", KoreanParticles.Format(CultureInfo.InvariantCulture, "Remove the persona {0}?", "(s)"));
    }

    /// <summary>A combined form no placeholder comes before would show as it is written, so every Korean one must follow a placeholder.</summary>
    [Fact]
    public void Every_combined_particle_in_a_Korean_resource_follows_a_placeholder()
    {
        var unresolvable = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", "JourneyBot", "Resources"), "*.ko.resx")
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data")
                .Select(data => (Key: $"{Path.GetFileName(file)}: {(string)data.Attribute("name")!}", Forms: KoreanParticles.UnresolvableIn((string?)data.Element("value") ?? string.Empty))))
            .Where(entry => entry.Forms.Count > 0)
            .Select(entry => $"{entry.Key} ({string.Join(", ", entry.Forms)})");

        Assert.Empty(unresolvable);
    }
}
