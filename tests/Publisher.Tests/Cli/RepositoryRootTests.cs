using Publisher.Tests.Support;

namespace Publisher.Tests.Cli;

public sealed class RepositoryRootTests
{
    [Fact]
    public void The_repository_is_found_from_any_folder_inside_it()
    {
        Assert.Equal(RepositoryPaths.Root, RepositoryRoot.Find(Path.Combine(RepositoryPaths.Root, "src", "Publisher")));
        Assert.Equal(RepositoryPaths.Root, RepositoryRoot.Find(RepositoryPaths.Root));
    }

    [Fact]
    public void Outside_a_repository_nothing_is_found()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("input"));
        Assert.Null(RepositoryRoot.Find(temp.Path));
    }
}
