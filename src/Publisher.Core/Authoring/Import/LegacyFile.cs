using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using Publisher.Core.Load;

namespace Publisher.Core.Authoring.Import;

/// <summary>Reads a file of legacy minutes with the reader of its type: plain text (.txt) or Word (.docx).</summary>
public static class LegacyFile
{
    /// <summary>Room for a Word document with its pictures; the text of minutes is a small part of that.</summary>
    public const long MaxBytes = 50 * 1024 * 1024;

    /// <param name="sourceName">How messages name the file.</param>
    /// <exception cref="ImportRefusedException">The file is of another type, or cannot be read.</exception>
    public static LegacyDocument Read(string path, string sourceName)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            // Opening a named pipe would wait for a writer, and reading a device would not end: only files are read.
            var kind = FileKinds.Of(path);
            if (kind == FileKind.SymbolicLink && new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is { } target)
                kind = FileKinds.Of(target.FullName);
            if (kind == FileKind.Missing) throw new FileNotFoundException(null, path);
            if (kind != FileKind.Regular) throw new ImportRefusedException(ImportMessages.NotAFile(sourceName));
            if (new FileInfo(path).Length > MaxBytes)
                throw new ImportRefusedException(ImportMessages.TooLarge(sourceName, (int)(MaxBytes / (1024 * 1024))));
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
