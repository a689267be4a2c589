namespace JourneyBot.Maps.Page;

/// <summary>Where the page's download links point: the map's exports, as URLs the app serves (absolute http(s) or relative).</summary>
/// <param name="Spreadsheet">The workbook (XLSX).</param>
/// <param name="Csv">The lists as zipped CSV files.</param>
public sealed record MapPageLinks(string Spreadsheet, string Csv);
