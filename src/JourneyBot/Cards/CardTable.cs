using System.Text.Json.Serialization;

namespace JourneyBot.Cards;

/// <summary>A grid of cells (Adaptive Cards 1.5 <c>Table</c>): columns by relative width, rows of cells holding elements.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    /// <summary>True: the first row is the header, drawn bold and read as such by screen readers.</summary>
    public bool FirstRowAsHeaders { get; init; } = true;

    public bool ShowGridLines { get; init; } = true;
}

/// <summary>A column's relative width.</summary>
public sealed record TableColumn(int Width);

/// <summary>One row of a <see cref="Table"/>.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyOrder(-1)] public string Type => "TableRow";
}

/// <summary>One cell of a <see cref="TableRow"/>.</summary>
public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)] public string Type => "TableCell";
}
