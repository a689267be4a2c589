using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace JourneyBot.Maps.Exports;

/// <summary>The workbook's shared string table: each distinct text stored once (maps repeat labels and notes a lot), as Excel writes it.</summary>
internal sealed class SheetStrings
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private int _uses;

    /// <summary>The index of <paramref name="text"/> (already <see cref="SheetText.Clean"/>ed), adding it the first time.</summary>
    public int IndexOf(string text)
    {
        _uses++;
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _texts.Count;
            _indexes.Add(text, index);
            _texts.Add(text);
        }

        return index;
    }

    public SharedStringTable ToTable() =>
        new(_texts.Select(text => new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_uses,
            UniqueCount = (uint)_texts.Count,
        };
}
