namespace JourneyBot.SharedMaps;

/// <summary>What a link serves.</summary>
public enum MapFormat
{
    /// <summary>The picture (PNG) at full size: lives as long as <see cref="MapsOptions.PictureLifetime"/>.</summary>
    Picture,

    /// <summary>The picture scaled to fit 1024 x 1024 (PNG), the most Teams shows in a card; lives as long as the picture.</summary>
    CardPicture,

    /// <summary>The printable page (HTML).</summary>
    Page,

    /// <summary>The workbook (XLSX).</summary>
    Spreadsheet,

    /// <summary>The lists as CSV files, zipped.</summary>
    Lists,
}

/// <summary>How each format is named in links and served.</summary>
public static class MapFormats
{
    /// <summary>The last segment of a link.</summary>
    public static string FileName(this MapFormat format) => format switch
    {
        MapFormat.Picture => "map.png",
        MapFormat.CardPicture => "map-card.png",
        MapFormat.Page => "map.html",
        MapFormat.Spreadsheet => "map.xlsx",
        MapFormat.Lists => "map-lists.zip",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format a link's last segment names, or null.</summary>
    public static MapFormat? FromFileName(string fileName) =>
        Enum.GetValues<MapFormat>().Cast<MapFormat?>().FirstOrDefault(format => format!.Value.FileName() == fileName);

    public static string ContentType(this MapFormat format) => format switch
    {
        MapFormat.Picture or MapFormat.CardPicture => "image/png",
        MapFormat.Page => "text/html; charset=utf-8",
        MapFormat.Spreadsheet => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MapFormat.Lists => "application/zip",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The extension of the file a person saves.</summary>
    public static string Extension(this MapFormat format) => format switch
    {
        MapFormat.Picture or MapFormat.CardPicture => ".png",
        MapFormat.Page => ".html",
        MapFormat.Spreadsheet => ".xlsx",
        MapFormat.Lists => ".zip",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>True for the page and the exports, which show step 7's comparison with the version before; the picture does not.</summary>
    public static bool ShowsComparison(this MapFormat format) => format is MapFormat.Page or MapFormat.Spreadsheet or MapFormat.Lists;

    /// <summary>True for what a browser shows (picture, page); false for what it saves (exports).</summary>
    public static bool IsShownInline(this MapFormat format) => format is MapFormat.Picture or MapFormat.CardPicture or MapFormat.Page;

    public static TimeSpan Lifetime(this MapFormat format, MapsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return format is MapFormat.Picture or MapFormat.CardPicture ? options.PictureLifetime : options.PageLifetime;
    }
}
