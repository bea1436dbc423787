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
    public void Outside_a_repository_the_start_folder_is_used()
    {
        using var temp = new TempDirectory();
        Assert.Equal(temp.Path, RepositoryRoot.Find(temp.Path));
    }
}
