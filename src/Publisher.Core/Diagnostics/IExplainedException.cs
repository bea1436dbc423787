namespace Publisher.Core.Diagnostics;

/// <summary>
/// An exception whose text is written for the person running the program, in both languages; its
/// <see cref="Exception.Message"/> is the English text, for logs.
/// </summary>
public interface IExplainedException
{
    Message Text { get; }
}
