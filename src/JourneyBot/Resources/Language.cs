using System.Globalization;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Resources;

/// <summary>The languages the bot speaks. Korean teams are many of our users (docs/method.md).</summary>
public enum Language
{
    English,
    Korean,
}

/// <summary>Converts between languages, their short codes on cards, cultures and Teams locales.</summary>
public static class Languages
{
    /// <summary>The short code carried in card data: <c>en</c> or <c>ko</c>.</summary>
    public static string Code(this Language language) => language == Language.Korean ? "ko" : "en";

    public static CultureInfo Culture(this Language language) => CultureInfo.GetCultureInfo(language.Code());

    public static Language Other(this Language language) => language == Language.Korean ? Language.English : Language.Korean;

    /// <summary>Korean for any <c>ko</c> locale (<c>ko-KR</c>), English otherwise.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && (locale.Equals("ko", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("ko-", StringComparison.OrdinalIgnoreCase))
            ? Language.Korean
            : Language.English;

    /// <summary>The activity's language: its <c>locale</c>, else the client's (the <c>clientInfo</c> entity).</summary>
    public static Language Of(Activity activity) =>
        FromLocale(activity.Locale ?? activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Locale);

    /// <summary>Parses a card's <c>lang</c> code; null for anything but <c>en</c> or <c>ko</c>.</summary>
    public static Language? TryParseCode(string? code) => code switch
    {
        "en" => Language.English,
        "ko" => Language.Korean,
        _ => null,
    };
}
