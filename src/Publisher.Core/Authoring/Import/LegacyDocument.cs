namespace Publisher.Core.Authoring.Import;

/// <summary>What a line of legacy minutes is: the readers decide it from the text's markers or the document's styles.</summary>
public enum LineRole { Blank, Paragraph, Heading, BulletItem, NumberedItem }

/// <summary>A part of legacy minutes as read from the file, before anything in it is recognised.</summary>
public abstract record LegacyBlock;

/// <summary>One line (a paragraph of a Word document) without its list marker.</summary>
/// <param name="Level">For a heading, 1 for the document's main sections and more for their subsections.</param>
public sealed record LegacyLine(string Text, LineRole Role, int Level = 0) : LegacyBlock
{
    public static readonly LegacyLine Blank = new(string.Empty, LineRole.Blank);
}

/// <summary>A table: its first row is read as the header.</summary>
public sealed record LegacyTable(IReadOnlyList<IReadOnlyList<string>> Rows) : LegacyBlock;

/// <summary>Legacy minutes read from a file, in the order of the file.</summary>
/// <param name="SourceName">How messages name the file.</param>
public sealed record LegacyDocument(string SourceName, IReadOnlyList<LegacyBlock> Blocks);
