namespace Publisher.Core.Build;

/// <param name="InputDirectory">Content: <c>site.yml</c>, <c>regions.yml</c> and Markdown documents.</param>
/// <param name="OutputDirectory">Replaced by the finished site only when the whole build succeeds.</param>
/// <param name="ThemeDirectory">Layouts, partials, UI texts and assets.</param>
/// <param name="Today">The day of the build (<see cref="BuildDay"/>): meetings from this day on are announced as upcoming.</param>
public sealed record BuildOptions(string InputDirectory, string OutputDirectory, string ThemeDirectory, DateOnly Today)
{
    /// <summary>Told as documents are read and pages rendered.</summary>
    public IBuildProgress Progress { get; init; } = NoBuildProgress.Instance;

    /// <summary>
    /// Whether the build keeps the pages of the previous build in the output folder whose inputs did not change, instead
    /// of rendering them again (<see cref="Render.Reuse.PageReuse"/>), and records its own pages for the next build.
    /// False renders every page and records none: for a build with nothing before it and nothing after it (a fresh
    /// checkout on a build server), where the record would only cost time.
    /// </summary>
    public bool KeepUnchangedPages { get; init; } = true;

    /// <summary>
    /// The documents earlier builds of this input checked, kept in memory by a program that builds again and again (the
    /// preview): files that did not change are not checked again. Null for a build that checks every document.
    /// </summary>
    public Validate.ValidatedDocumentCache? DocumentsCheckedBefore { get; init; }
}
