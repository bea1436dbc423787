using System.Runtime.InteropServices;

namespace Publisher.Core.Load;

/// <summary>What a directory entry is, seen without following it if it is a link.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// Tells the kinds of directory entries apart without opening them. .NET's <see cref="FileSystemInfo"/> reports a
/// named pipe, a device or a socket as an ordinary file, and opening a named pipe blocks until something writes to
/// it, so the build has to know the kind before it opens anything.
/// </summary>
/// <remarks>
/// On Linux the kind comes from glibc's <c>statx</c>. Elsewhere it comes from .NET's file attributes: on Windows,
/// pipes and devices do not live in folders, so a folder entry is a file, a folder or a link; on macOS and the BSDs
/// a named pipe or device would pass as a file, which is accepted because git cannot check such entries out and the
/// site is built on Linux.
/// </remarks>
public static partial class FileKinds
{
    // statx(2) on every Linux architecture: the result is a 256-byte struct statx whose stx_mode, a u16, is at byte
    // offset 28; the file type is its top four bits (S_IFMT).
    private const int AtCurrentDirectory = -100;          // AT_FDCWD: resolve a relative path from the working directory
    private const int AtSymbolicLinkNoFollow = 0x100;     // AT_SYMLINK_NOFOLLOW: describe a link, not its target
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;                  // S_IFMT
    private const int RegularFileType = 0x8000;           // S_IFREG
    private const int NoSuchEntry = 2;                    // ENOENT
    private const int NotADirectory = 20;                 // ENOTDIR: a path component is a file
    private const int PermissionDenied = 13;              // EACCES
    // The rest of struct statx a stamp is made of: stx_mask (u32) at 0, stx_ino (u64) at 32, stx_size (u64) at 40,
    // stx_ctime at 96 and stx_mtime at 112 (each an i64 of seconds and a u32 of nanoseconds), stx_dev_major and
    // stx_dev_minor (u32) at 136 and 140. Asked for with the type, they cost the same call.
    private const uint StatxStampFields = 0x1 | 0x40 | 0x80 | 0x100 | 0x200; // STATX_TYPE | MTIME | CTIME | INO | SIZE

    /// <summary>The kind of the entry at <paramref name="path"/>; a link is reported as a link, not followed.</summary>
    /// <exception cref="UnauthorizedAccessException">The entry cannot be examined for lack of permission.</exception>
    /// <exception cref="IOException">The entry cannot be examined for another reason.</exception>
    public static FileKind Of(string path) => Examine(path).Kind;

    /// <summary>
    /// The kind of the entry at <paramref name="path"/> (a link reported as a link, not followed), and for a regular
    /// file its stamp, from the same call; the stamp is null for anything else, and on a system other than Linux, where
    /// no stamp is trusted.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The entry cannot be examined for lack of permission.</exception>
    /// <exception cref="IOException">The entry cannot be examined for another reason.</exception>
    public static (FileKind Kind, FileStamp? Stamp) Examine(string path) => OperatingSystem.IsLinux() ? ExamineOnLinux(path) : (FromAttributes(path), null);

    private static (FileKind Kind, FileStamp? Stamp) ExamineOnLinux(string path)
    {
        Span<byte> status = stackalloc byte[StatxSize];
        if (Statx(AtCurrentDirectory, path, AtSymbolicLinkNoFollow, StatxStampFields, status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error switch
            {
                NoSuchEntry or NotADirectory => (FileKind.Missing, null),
                PermissionDenied => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
                _ => throw new IOException($"Cannot examine '{path}': {Marshal.GetPInvokeErrorMessage(error)}"),
            };
        }
        var mode = BitConverter.ToUInt16(status.Slice(ModeOffset, sizeof(ushort)));
        var kind = (mode & TypeMask) switch
        {
            RegularFileType => FileKind.Regular, // S_IFREG
            0x4000 => FileKind.Directory,        // S_IFDIR
            0xA000 => FileKind.SymbolicLink,     // S_IFLNK
            0x1000 => FileKind.NamedPipe,        // S_IFIFO
            0x2000 => FileKind.CharacterDevice,  // S_IFCHR
            0x6000 => FileKind.BlockDevice,      // S_IFBLK
            0xC000 => FileKind.Socket,           // S_IFSOCK
            var other => throw new IOException($"'{path}' has the unknown file type 0x{other:X4}"),
        };
        var fields = BitConverter.ToUInt32(status[..4]);
        return kind == FileKind.Regular && (fields & StatxStampFields) == StatxStampFields ? (kind, StampIn(status)) : (kind, null);
    }

    /// <summary>
    /// The size of the regular file at <paramref name="path"/> and how many names (hard links) it has, seen without
    /// following a link; null for anything else, for what cannot be examined, and on a system other than Linux.
    /// </summary>
    public static (long Size, uint Names)? SizeAndNames(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        Span<byte> status = stackalloc byte[StatxSize];
        if (Statx(AtCurrentDirectory, path, AtSymbolicLinkNoFollow, StatxSizeAndNames, status) != 0) return null;
        var fields = BitConverter.ToUInt32(status[..4]);
        var mode = BitConverter.ToUInt16(status.Slice(ModeOffset, sizeof(ushort)));
        if ((fields & StatxSizeAndNames) != StatxSizeAndNames || (mode & TypeMask) != RegularFileType) return null;
        return (SizeIn(status), BitConverter.ToUInt32(status.Slice(NamesOffset, sizeof(uint))));
    }

    // stx_nlink (u32) at byte offset 16 of struct statx, asked for with STATX_NLINK.
    private const int NamesOffset = 16;
    private const uint StatxSizeAndNames = 0x1 | 0x4 | 0x200; // STATX_TYPE | STATX_NLINK | STATX_SIZE

    private static FileKind FromAttributes(string path)
    {
        FileSystemInfo entry = new FileInfo(path);
        if (!entry.Exists)
        {
            entry = new DirectoryInfo(path);
            if (!entry.Exists) return entry.LinkTarget is null ? FileKind.Missing : FileKind.SymbolicLink;
        }
        if (entry.LinkTarget is not null) return FileKind.SymbolicLink;
        return entry is DirectoryInfo ? FileKind.Directory : FileKind.Regular;
    }

    private static FileStamp StampIn(ReadOnlySpan<byte> status) => new(
        ((ulong)BitConverter.ToUInt32(status.Slice(136, 4)) << 32) | BitConverter.ToUInt32(status.Slice(140, 4)),
        BitConverter.ToUInt64(status.Slice(32, 8)),
        SizeIn(status),
        Nanoseconds(status.Slice(112, 12)),
        Nanoseconds(status.Slice(96, 12)));

    private static long SizeIn(ReadOnlySpan<byte> status) => BitConverter.ToInt64(status.Slice(40, 8));

    private static long Nanoseconds(ReadOnlySpan<byte> timestamp) =>
        BitConverter.ToInt64(timestamp[..8]) * 1_000_000_000 + BitConverter.ToUInt32(timestamp.Slice(8, 4));

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> status);
}
