using System.Diagnostics;
using System.Net.Sockets;

namespace Publisher.Tests.Support;

/// <summary>
/// Real special files for the tests of what the build refuses to read: named pipes, sockets and device nodes,
/// made with the system's own tools. Creating a device node needs root; <see cref="TryMakeDevice"/> says whether it could.
/// </summary>
public static class SpecialFiles
{
    public static void MakeNamedPipe(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.Equal(0, Run("mkfifo", path));
    }

    /// <summary>A Unix-domain socket bound to <paramref name="path"/>; .NET removes the socket file when the socket is disposed.</summary>
    public static Socket MakeSocket(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <param name="type"><c>c</c> for a character device, <c>b</c> for a block device.</param>
    /// <returns>False when the node could not be made, which is the case without root.</returns>
    public static bool TryMakeDevice(string path, string type, int major, int minor)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return Run("mknod", path, type, major.ToString(), minor.ToString()) == 0;
    }

    public static void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>A second name, <paramref name="path"/>, for the file at <paramref name="existing"/> (a hard link).</summary>
    public static void HardLink(string path, string existing)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.Equal(0, Run("ln", existing, path));
    }

    /// <summary>
    /// Runs <paramref name="action"/> and fails the test instead of hanging when it does not finish in time: a build
    /// that opens a named pipe would wait for a writer for ever.
    /// </summary>
    public static T WithinSeconds<T>(int seconds, Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"did not finish within {seconds} seconds");
        return task.Result;
    }

    private static int Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
