using System.Diagnostics;
using System.Globalization;

namespace Publisher.Core.Sink;

/// <summary>
/// Lets one build at a time write an output folder, through an OS lock on <c>.NAME.lock</c> beside it. .NET opens a
/// file with <see cref="FileShare.None"/> by taking <c>flock(LOCK_EX | LOCK_NB)</c> on Linux and macOS (unless
/// file locking is switched off with <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c>) and a share-none handle on
/// Windows; the lock belongs to the open file, so it also holds between two builds in one process, and the
/// kernel releases it when the process ends in any way, so a killed build never leaves the folder locked.
/// </summary>
/// <remarks>
/// The lock file is never deleted: a build that opened it just before the deletion would lock a file no other
/// build can see. Reading a locked file takes a shared lock, which fails, so the holder names itself in a second
/// file, <c>.NAME.holder</c>, for the build that has to stop.
/// </remarks>
public sealed class OutputLock : IDisposable
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

    /// <summary>
    /// The error code .NET puts into the IOException when the lock is taken: EWOULDBLOCK from flock on Linux (11)
    /// and macOS (35), a sharing violation on Windows.
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

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"process {ProcessId}, started {StartTime.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
}

/// <summary>Another build is writing the output folder; this one stops before touching it.</summary>
public sealed class OutputFolderBusyException(string outputDirectory, LockHolder? holder)
    : IOException($"the output folder {outputDirectory} is being written by another build{(holder is null ? "" : $" ({holder})")}; wait until it finishes, then build again");
