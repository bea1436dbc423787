using Publisher.Core.Validate;

namespace Publisher.Core.Load;

/// <summary>
/// A document's Markdown body as the site uses it: without the invisible control characters that validation warns
/// about. The same cleaning runs when a document is checked and again when its page is rendered from the file.
/// </summary>
public static class DocumentBody
{
    public static string Clean(string body) => InvisibleCharacters.Any(body) ? InvisibleCharacters.Remove(body) : body;

    /// <summary>Tells whether the file changed between the check and the rendering; stable within one build process.</summary>
    public static int Checksum(string body) => string.GetHashCode(body, StringComparison.Ordinal);
}
