namespace Publisher.Core.Build;

/// <summary>The long stages of a build, the ones a progress display counts through.</summary>
public enum BuildStage { ReadingDocuments, RenderingPages }

/// <summary>
/// Told how far a build has got, for a display on a terminal or in a CI log. Called from every core at once; an
/// implementation must be thread-safe and quick, since it is called once per document and once per page.
/// </summary>
public interface IBuildProgress
{
    void Started(BuildStage stage, int total);

    void Advanced();
}

/// <summary>For builds nobody watches: tests, and the checks of other commands.</summary>
public sealed class NoBuildProgress : IBuildProgress
{
    public static NoBuildProgress Instance { get; } = new();

    private NoBuildProgress() { }

    public void Started(BuildStage stage, int total) { }

    public void Advanced() { }
}
