using System.Diagnostics;
using Publisher.Core.Sink;
using Publisher.Tests.Support;

namespace Publisher.Tests.Sink;

public sealed class OutputLockTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _output;

    public OutputLockTests()
    {
        _output = _temp.Combine("output");
    }

    public void Dispose() => _temp.Dispose();

    private string Busy(string? holder) =>
        $"the output folder {_output} is being written by another build{(holder is null ? "" : $" ({holder})")}; wait until it finishes, then build again";

    private static string ThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return CommandLineProcess.AsLockHolder(process);
    }

    [Fact]
    public void A_second_lock_on_the_same_output_fails_naming_the_holder_even_in_the_same_process()
    {
        using var first = OutputLock.Acquire(_output);

        var error = Assert.Throws<OutputFolderBusyException>(() => OutputLock.Acquire(_output));

        Assert.Equal(Busy(ThisProcess()), error.Message);
    }

    [Fact]
    public void The_holder_writes_its_process_and_start_time_beside_the_output()
    {
        using var held = OutputLock.Acquire(_output);

        var holder = LockHolder.Read(_temp.Combine(".output.holder"));

        using var process = Process.GetCurrentProcess();
        Assert.Equal(Environment.ProcessId, holder!.ProcessId);
        Assert.Equal(process.StartTime.ToUniversalTime(), holder.StartTime.UtcDateTime);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("pid 2026-01-01T00:00:00.0000000+00:00")]
    [InlineData("1234 včera")]
    public void Without_a_readable_holder_the_message_names_no_process(string? holderText)
    {
        using var first = OutputLock.Acquire(_output);
        var holderFile = _temp.Combine(".output.holder");
        if (holderText is null) File.Delete(holderFile);
        else File.WriteAllText(holderFile, holderText);

        var error = Assert.Throws<OutputFolderBusyException>(() => OutputLock.Acquire(_output));

        Assert.Equal(Busy(null), error.Message);
    }

    [Fact]
    public void Releasing_keeps_the_lock_file_removes_the_holder_and_lets_the_next_build_lock()
    {
        using (OutputLock.Acquire(_output))
        {
        }

        Assert.Equal([".output.lock"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
        using var next = OutputLock.Acquire(_output);
        Assert.True(File.Exists(_temp.Combine(".output.holder")));
    }

    [Fact]
    public void Each_output_folder_has_its_own_lock()
    {
        Directory.CreateDirectory(_temp.Combine("jinde"));

        using var first = OutputLock.Acquire(_output);
        using var similar = OutputLock.Acquire(_temp.Combine("output2"));
        using var other = OutputLock.Acquire(_temp.Combine("jinde", "output"));

        foreach (var holder in new[] { ".output.holder", ".output2.holder", "jinde/.output.holder" })
            Assert.Equal(Environment.ProcessId, LockHolder.Read(_temp.Combine(holder))!.ProcessId);
    }
}
