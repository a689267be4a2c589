using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Exports;

/// <summary>
/// The workbook's docProps/core.xml: the map's title and language only. No author or last-modified-by, so the file never
/// carries the server's account name. Written by hand because the package library's own properties land in a .psmdcp part
/// rather than where Excel keeps them.
/// </summary>
internal static class WorkbookProperties
{
    private const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static void Write(CoreFilePropertiesPart part, MapDocument document)
    {
        using var stream = part.GetStream(FileMode.Create);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) });
        writer.WriteStartElement("cp", "coreProperties", CoreProperties);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCore);
        writer.WriteElementString("dc", "title", DublinCore, SheetText.Clean(document.Title));
        writer.WriteElementString("dc", "language", DublinCore, SheetText.Clean(document.LanguageTag));
        writer.WriteEndElement();
    }
}
