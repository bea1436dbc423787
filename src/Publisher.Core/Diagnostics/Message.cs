namespace Publisher.Core.Diagnostics;

/// <summary>The language messages are printed in: the site's language for editors, English for developers and bug reports.</summary>
public enum MessageLanguage { Czech, English }

/// <summary>
/// A message to an editor in both languages the program speaks, made once where the problem is found and printed in
/// the language chosen on the command line. Messages are written in the <c>*Messages</c> catalogs beside the code that
/// reports them, each giving both texts, so that a message cannot exist in one language only.
/// </summary>
public sealed record Message(string English, string Czech)
{
    public static readonly Message Empty = new(string.Empty, string.Empty);

    public string In(MessageLanguage language) => language == MessageLanguage.English ? English : Czech;

    /// <summary>A message read back from a record of an earlier build, which made it in a catalog then.</summary>
    public static Message Restored(string english, string czech) => new(english, czech);

    public static Message operator +(Message first, Message second) => new(first.English + second.English, first.Czech + second.Czech);

    /// <summary>The English text, for logs and debugging; the command line prints <see cref="In"/>.</summary>
    public override string ToString() => English;
}
