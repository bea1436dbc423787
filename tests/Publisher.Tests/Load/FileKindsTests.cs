using Publisher.Core.Load;
using Publisher.Tests.Support;

namespace Publisher.Tests.Load;

public sealed class FileKindsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [LinuxFact]
    public void Every_kind_of_entry_is_told_apart_without_following_links()
    {
        File.WriteAllText(_temp.Combine("soubor"), "x");
        Directory.CreateDirectory(_temp.Combine("slozka"));
        File.CreateSymbolicLink(_temp.Combine("odkaz-na-slozku"), _temp.Combine("slozka"));
        File.CreateSymbolicLink(_temp.Combine("odkaz-nikam"), _temp.Combine("neni"));
        SpecialFiles.MakeNamedPipe(_temp.Combine("roura"));
        using var socket = SpecialFiles.MakeSocket(_temp.Combine("zasuvka"));

        Assert.Equal(FileKind.Regular, FileKinds.Of(_temp.Combine("soubor")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_temp.Combine("slozka")));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(_temp.Combine("odkaz-na-slozku")));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(_temp.Combine("odkaz-nikam")));
        Assert.Equal(FileKind.NamedPipe, FileKinds.Of(_temp.Combine("roura")));
        Assert.Equal(FileKind.Socket, FileKinds.Of(_temp.Combine("zasuvka")));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
    }

    [LinuxFact]
    public void A_missing_entry_or_one_below_a_file_is_missing()
    {
        File.WriteAllText(_temp.Combine("soubor"), "x");

        Assert.Equal(FileKind.Missing, FileKinds.Of(_temp.Combine("neni")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(_temp.Combine("soubor", "pod-souborem")));
    }
}
