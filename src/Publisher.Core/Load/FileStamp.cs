namespace Publisher.Core.Load;

/// <summary>
/// What the file system says of a file without it being read: which file it is (device and inode), its size, and when
/// its content and its entry last changed (nanoseconds since 1970). Two equal stamps of one path taken a while after
/// the file last changed mean it was not written in between, as git's index assumes.
/// </summary>
public readonly record struct FileStamp(ulong Device, ulong Inode, long Size, long ModifiedNanoseconds, long ChangedNanoseconds)
{
    /// <summary>
    /// How long after its last change a file's stamp is trusted. A file system that keeps times in coarse steps (FAT's
    /// two seconds) gives a file written twice within one step, to the same size, the same stamp; the second write is
    /// seen only if the stamp taken between the two is not trusted.
    /// </summary>
    public static readonly TimeSpan Settled = TimeSpan.FromSeconds(3);

    /// <summary>Whether a stamp taken at <paramref name="takenAt"/> can tell later whether the file changed since.</summary>
    public bool IsSettledAt(DateTimeOffset takenAt)
    {
        var settledBefore = (takenAt - Settled).ToUnixTimeMilliseconds() * 1_000_000;
        return ModifiedNanoseconds < settledBefore && ChangedNanoseconds < settledBefore;
    }
}
