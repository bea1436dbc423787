using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>The real site: <c>input/</c> with <c>theme/</c>, built once for all end-to-end tests.</summary>
public sealed class SeedSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new(RepositoryPaths.Input);

    public void Dispose() => Site.Dispose();
}

/// <summary>The real site plus test documents: a draft, aliases, a plan with two versions, hostile values.</summary>
public sealed class ExtendedSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new(RepositoryPaths.Input, Path.Combine(RepositoryPaths.Fixtures, "additions"));

    public void Dispose() => Site.Dispose();
}
