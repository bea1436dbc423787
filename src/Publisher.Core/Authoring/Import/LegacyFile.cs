using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace Publisher.Core.Authoring.Import;

/// <summary>Reads a file of legacy minutes with the reader of its type: plain text (.txt) or Word (.docx).</summary>
public static class LegacyFile
{
    /// <param name="sourceName">How messages name the file.</param>
    /// <exception cref="ImportRefusedException">The file is of another type, or cannot be read.</exception>
    public static LegacyDocument Read(string path, string sourceName)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            switch (extension)
            {
                case ".txt":
                    return PlainTextReader.Read(sourceName, File.ReadAllBytes(path));
                case ".docx":
                    using (var stream = File.OpenRead(path))
                        return DocxReader.Read(sourceName, stream);
                default:
                    throw new ImportRefusedException(ImportMessages.UnknownFileType(sourceName));
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new ImportRefusedException(ImportMessages.NotAWordDocument(sourceName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportRefusedException(ImportMessages.Unreadable(sourceName, e.Message));
        }
    }
}
