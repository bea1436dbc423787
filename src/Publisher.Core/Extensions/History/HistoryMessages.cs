using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.History;

/// <summary>What <see cref="RepositoryHistory"/> says when it cannot read the input folder's history, in both languages.</summary>
public static class HistoryMessages
{
    public static Message NoFullHistory(Message reason) => new(
        $"the build sees no full git history ({reason.English}), so pages show no dates of publication or changes and earlier addresses are not redirected; "
            + "build in a clone of the repository with its whole history (in a shallow clone run git fetch --unshallow)",
        $"sestavení nevidí celou historii v gitu ({reason.Czech}), a tak stránky neukazují data zveřejnění ani změn a dřívější adresy se nepřesměrovávají; "
            + "sestavujte v klonu repozitáře s celou jeho historií (v mělkém klonu spusťte git fetch --unshallow)");

    /// <summary>Why there is no history, for <see cref="NoFullHistory"/>.</summary>
    public static Message NoGit { get; } = new("no git executable was found on the PATH", "v cestách PATH se nenašel program git");

    public static Message NotARepository { get; } = new("the input folder is not inside a git repository", "vstupní složka není uvnitř repozitáře git");

    public static Message ShallowClone { get; } = new("the repository is a shallow clone", "repozitář je mělký klon (shallow clone)");

    public static Message LogUnreadable { get; } = new("git could not read the repository's log", "git nedokázal přečíst historii repozitáře (log)");
}
