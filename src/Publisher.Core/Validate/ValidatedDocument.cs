using Publisher.Core.Model;

namespace Publisher.Core.Validate;

/// <summary>A document that passed its own checks, and whether it is a draft, which is checked but not published.</summary>
/// <param name="Body">Its Markdown body as the site uses it (<see cref="Load.DocumentBody"/>), most often the end of its file's text.</param>
public sealed record ValidatedDocument(Document Document, bool IsDraft, ReadOnlyMemory<char> Body);
