using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Sink;

/// <summary>
/// Lets one build at a time write an output folder, through an OS lock on <c>.NAME.lock</c> beside it: on Linux and
/// macOS <c>flock(LOCK_EX | LOCK_NB)</c>, taken here rather than left to .NET, because the program switches .NET's
/// advisory lock on every file it opens off (<c>System.IO.DisableFileLocking</c>, which saves two calls into the
/// kernel per file); on Windows a share-none handle. The lock belongs to the open file, so it also holds between two
/// builds in one process, and the kernel releases it when the process ends in any way, so a killed build never leaves
/// the folder locked.
/// </summary>
/// <remarks>
/// The lock file is never deleted: a build that opened it just before the deletion would lock a file no other
/// build can see. Where .NET's own locking is on, reading a locked file takes a shared lock, which fails, so the
/// holder names itself in a second file, <c>.NAME.holder</c>, for the build that has to stop.
/// </remarks>
public sealed partial class OutputLock : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _holderFile;

    private OutputLock(FileStream lockFile, string holderFile)
    {
        _lock = lockFile;
        _holderFile = holderFile;
    }

    /// <param name="outputDirectory">The output folder as <see cref="RealPath"/> resolves it, so every spelling of it shares one lock.</param>
    /// <exception cref="OutputFolderBusyException">Another build holds the lock.</exception>
    public static OutputLock Acquire(string outputDirectory)
    {
        var parent = Path.GetDirectoryName(outputDirectory)!;
        var name = Path.GetFileName(outputDirectory);
        var holderFile = Path.Combine(parent, $".{name}.holder");
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(Path.Combine(parent, $".{name}.lock"), FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
        }
        catch (IOException e) when (e.HResult == HeldElsewhere)
        {
            throw new OutputFolderBusyException(outputDirectory, LockHolder.Read(holderFile));
        }
        if (!OperatingSystem.IsWindows() && Flock(lockFile.SafeFileHandle, LockExclusive | LockNonBlocking) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            lockFile.Dispose();
            if (error == HeldElsewhere) throw new OutputFolderBusyException(outputDirectory, LockHolder.Read(holderFile));
            throw new IOException($"could not lock {Path.Combine(parent, $".{name}.lock")} (error {error})");
        }
        try
        {
            File.WriteAllText(holderFile, LockHolder.OfThisProcess().ToFileText());
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
        return new OutputLock(lockFile, holderFile);
    }

    private const int LockExclusive = 2;      // LOCK_EX, on Linux and macOS alike
    private const int LockNonBlocking = 4;    // LOCK_NB: fail at once instead of waiting

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(SafeFileHandle file, int operation);

    /// <summary>
    /// The error when the lock is taken: EWOULDBLOCK from flock on Linux (11) and macOS (35), as .NET also puts it
    /// into the IOException where its own locking is on; a sharing violation on Windows.
    /// </summary>
    private static int HeldElsewhere =>
        OperatingSystem.IsWindows() ? unchecked((int)0x80070020) : OperatingSystem.IsMacOS() ? 35 : 11;

    public void Dispose()
    {
        try
        {
            // Removed while still locked, so a build that has to stop never names a holder that has finished.
            File.Delete(_holderFile);
        }
        finally
        {
            _lock.Dispose();
        }
    }
}

/// <summary>The build holding an output folder's lock: its process and when that process started.</summary>
public sealed record LockHolder(int ProcessId, DateTimeOffset StartTime)
{
    public static LockHolder OfThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return new LockHolder(process.Id, new DateTimeOffset(process.StartTime.ToUniversalTime()));
    }

    /// <summary>The holder named in <paramref name="holderFile"/>, or null while the holder has not written it yet.</summary>
    public static LockHolder? Read(string holderFile)
    {
        string text;
        try
        {
            text = File.ReadAllText(holderFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var parts = text.Split(' ');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && DateTimeOffset.TryParseExact(parts[1], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                ? new LockHolder(id, start)
                : null;
    }

    public string ToFileText() => string.Create(CultureInfo.InvariantCulture, $"{ProcessId} {StartTime:O}");

    /// <summary>How messages name the holder: its process and when it started.</summary>
    public Message Description =>
        SinkMessages.LockHolder(ProcessId, StartTime.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    public override string ToString() => Description.English;
}

/// <summary>Another build is writing the output folder; this one stops before touching it.</summary>
public sealed class OutputFolderBusyException(string outputDirectory, LockHolder? holder)
    : IOException(TextOf(outputDirectory, holder).English), IExplainedException
{
    /// <summary>What the command line prints, in both languages; the exception's message is its English text.</summary>
    public Message Text { get; } = TextOf(outputDirectory, holder);

    private static Message TextOf(string outputDirectory, LockHolder? holder) =>
        holder is null ? SinkMessages.OutputFolderBusy(outputDirectory) : SinkMessages.OutputFolderBusy(outputDirectory, holder.Description);
}
