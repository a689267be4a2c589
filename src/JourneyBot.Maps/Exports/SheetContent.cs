namespace JourneyBot.Maps.Exports;

/// <summary>A cell of a sheet: text, or a number Excel keeps as a number.</summary>
internal readonly record struct SheetCell(string Text, decimal? Number = null);

/// <summary>What one sheet shows: its rows (the first is the header), how many first columns stay in view, how wide columns may grow.</summary>
/// <param name="Rows">The rows, the header first.</param>
/// <param name="HeaderColumns">How many first columns are headers too: bold and frozen (the grid's lane titles).</param>
/// <param name="MinWidth">The narrowest column, in Excel's character units.</param>
/// <param name="MaxWidth">The widest column; longer text wraps.</param>
/// <param name="NumberStyle">The style of its numbers: <see cref="SheetStyles.Number"/>, or <see cref="SheetStyles.Score"/> for the grid's emotion means.</param>
internal sealed record SheetContent(IReadOnlyList<IReadOnlyList<SheetCell>> Rows, int HeaderColumns, double MinWidth, double MaxWidth, uint NumberStyle);
