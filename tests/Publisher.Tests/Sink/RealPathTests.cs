using Publisher.Core.Sink;
using Publisher.Tests.Support;

namespace Publisher.Tests.Sink;

public sealed class RealPathTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public RealPathTests()
    {
        Directory.CreateDirectory(_temp.Combine("cil", "vnitrni"));
    }

    public void Dispose() => _temp.Dispose();

    private string Temp(string relative) => _temp.Combine(relative.Split('/'));

    private void Link(string link, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Temp(link))!);
        Directory.CreateSymbolicLink(Temp(link), target);
    }

    [Fact]
    public void A_path_without_links_is_only_made_absolute()
    {
        Assert.Equal(Temp("cil/vnitrni"), RealPath.Of(Temp("cil/vnitrni")));
        Assert.Equal(Temp("cil/vnitrni"), RealPath.Of(Temp("cil/vnitrni") + "/"));
        Assert.Equal(Temp("cil/vnitrni"), RealPath.Of(Temp("cil/jine/../vnitrni")));
        Assert.Equal(Path.GetFullPath("vystup"), RealPath.Of("vystup"));
    }

    [Fact]
    public void Folders_that_do_not_exist_yet_are_kept_as_written()
    {
        Assert.Equal(Temp("cil/nova/dalsi"), RealPath.Of(Temp("cil/nova/dalsi")));
        Assert.Equal(Temp("cil/soubor.txt/x"), RealPath.Of(Temp("cil/soubor.txt/x")));
    }

    [Fact]
    public void Absolute_and_relative_links_are_followed_in_every_component()
    {
        Link("odkazy/absolutni", Temp("cil"));
        Link("odkazy/relativni", "../cil/vnitrni");
        Link("odkazy/retez", Temp("odkazy/absolutni"));

        Assert.Equal(Temp("cil"), RealPath.Of(Temp("odkazy/absolutni")));
        Assert.Equal(Temp("cil/vnitrni/novy"), RealPath.Of(Temp("odkazy/absolutni/vnitrni/novy")));
        Assert.Equal(Temp("cil/vnitrni"), RealPath.Of(Temp("odkazy/relativni")));
        Assert.Equal(Temp("cil/vnitrni"), RealPath.Of(Temp("odkazy/retez/vnitrni")));
    }

    [Fact]
    public void Dot_dot_inside_a_link_leaves_the_folder_the_link_really_lies_in()
    {
        // cil/vnitrni/nahoru points to "../jinam"; reached through a link to cil/vnitrni, ".." is still cil.
        Link("cil/vnitrni/nahoru", "../jinam");
        Link("zkratka", Temp("cil/vnitrni"));

        Assert.Equal(Temp("cil/jinam"), RealPath.Of(Temp("zkratka/nahoru")));
    }

    [Fact]
    public void Dot_dot_in_the_given_path_is_applied_before_links_as_dotnet_file_operations_do()
    {
        Link("zkratka", Temp("cil/vnitrni"));

        Assert.Equal(Temp("jine"), RealPath.Of(Temp("zkratka/../jine")));
    }

    [Fact]
    public void A_link_to_a_file_or_to_nowhere_resolves_to_its_target()
    {
        File.WriteAllText(Temp("cil/soubor.txt"), "x");
        File.CreateSymbolicLink(Temp("na-soubor"), Temp("cil/soubor.txt"));
        Link("nikam", Temp("neexistuje"));

        Assert.Equal(Temp("cil/soubor.txt"), RealPath.Of(Temp("na-soubor")));
        Assert.Equal(Temp("neexistuje/dal"), RealPath.Of(Temp("nikam/dal")));
    }

    [Fact]
    public void The_file_system_root_and_links_to_it_resolve_to_the_root()
    {
        Link("koren", "/");

        Assert.Equal("/", RealPath.Of("/"));
        Assert.Equal("/", RealPath.Of(Temp("koren")));
        Assert.Equal("/tmp", RealPath.Of(Temp("koren") + "/tmp"));
    }

    [Fact]
    public void A_loop_of_links_is_an_error_not_a_hang()
    {
        Link("smycka/a", Temp("smycka/b"));
        Link("smycka/b", Temp("smycka/a"));
        Link("smycka/sama", "sama");

        var loop = Assert.Throws<SymbolicLinkLoopException>(() => RealPath.Of(Temp("smycka/a/vystup")));
        var self = Assert.Throws<SymbolicLinkLoopException>(() => RealPath.Of(Temp("smycka/sama")));

        Assert.Equal($"the symbolic link {Temp("smycka/a")} leads round in a loop", loop.Message);
        Assert.Equal(Temp("smycka/a"), loop.Link);
        Assert.Equal(Temp("smycka/sama"), self.Link);
    }

    [Fact]
    public void A_chain_of_links_may_be_as_long_as_linux_allows_and_no_longer()
    {
        Directory.CreateDirectory(Temp("retez"));
        for (var i = 1; i <= RealPath.MaxLinks + 1; i++)
            Directory.CreateSymbolicLink(Temp($"retez/{i}"), i == 1 ? Temp("cil") : Temp($"retez/{i - 1}"));

        Assert.Equal(Temp("cil"), RealPath.Of(Temp($"retez/{RealPath.MaxLinks}")));
        Assert.Throws<SymbolicLinkLoopException>(() => RealPath.Of(Temp($"retez/{RealPath.MaxLinks + 1}")));
    }
}
