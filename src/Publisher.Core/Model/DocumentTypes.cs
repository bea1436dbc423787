namespace Publisher.Core.Model;

/// <summary>What the site knows of one type of document.</summary>
/// <param name="Key">What editors write as <c>type:</c>, and the key of the type's texts in the theme (<c>types.KEY.label</c>).</param>
/// <param name="ListUrl">The address of the list of all documents of the type.</param>
public sealed record DocumentTypeFacts(DocumentType Type, string Key, string ListUrl);

/// <summary>The facts of every document type, in one place.</summary>
public static class DocumentTypes
{
    public static IReadOnlyList<DocumentTypeFacts> All { get; } =
    [
        new(DocumentType.Minutes, "minutes", "/zapisy/"),
        new(DocumentType.Plan, "plan", "/plany/"),
        new(DocumentType.News, "news", "/aktuality/"),
    ];

    private static readonly Dictionary<string, DocumentTypeFacts> ByKey = All.ToDictionary(t => t.Key, StringComparer.Ordinal);

    public static DocumentTypeFacts Of(DocumentType type) => All[(int)type];

    /// <summary>The type an editor's <c>type:</c> names; null when it names none.</summary>
    public static DocumentTypeFacts? Find(string key) => ByKey.GetValueOrDefault(key);

    public static IEnumerable<string> Keys => ByKey.Keys;
}
