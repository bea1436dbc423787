using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Publisher.Tests.Support;

namespace Publisher.Tests.Preview;

/// <summary>The <c>preview</c> command: one line and exit code 2 when it cannot start, exit code 0 after Ctrl+C.</summary>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static (int Exit, string Output, string Errors) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = PublisherCli.Run(["--lang", "en", "preview", .. arguments], output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void A_port_in_use_stops_it_with_one_line()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        var (exit, output, errors) = Run("--port", $"{port}", "--input", RepositoryPaths.Input, "--theme", RepositoryPaths.Theme);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Matches($@"^error: the preview cannot listen on port {port}: .+; choose another with --port, or leave --port out to use a free one\n$", errors.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_missing_theme_folder_stops_it_with_one_line()
    {
        var theme = _temp.Combine("theme");

        var (exit, _, errors) = Run("--input", RepositoryPaths.Input, "--theme", theme);

        Assert.Equal(2, exit);
        Assert.Equal(
            $"error: the theme folder {theme} does not exist; name the folder that holds layouts/, partials/ and texts.yml with --theme{Environment.NewLine}",
            errors);
    }

    [Fact]
    public void An_input_folder_without_site_yml_stops_it_with_one_line()
    {
        var (exit, _, errors) = Run("--input", _temp.Path, "--theme", RepositoryPaths.Theme);

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: {_temp.Path} has no site.yml; is this the input folder?", errors);
        Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    public void A_port_out_of_range_is_a_usage_error(string port)
    {
        var (exit, _, errors) = Run("--port", port, "--input", RepositoryPaths.Input, "--theme", RepositoryPaths.Theme);

        Assert.Equal(2, exit);
        Assert.Contains($"--port {port} is not a port; give a number from 1 to 65535, or 0 for a free one", errors);
    }

    /// <param name="signal">SIGINT is Ctrl+C; SIGTERM is how a terminal closing or a process manager ends it.</param>
    [SkippableTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Ctrl_C_or_a_termination_signal_stops_it_cleanly(string signal)
    {
        Skip.If(OperatingSystem.IsWindows(), "the signals are POSIX ones, which Windows does not have");
        var input = _temp.Combine("input");
        TempDirectory.CopyTree(RepositoryPaths.Input, input);
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "Publisher.dll"), "--lang", "en", "preview", "--input", input, "--theme", RepositoryPaths.Theme])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            var errors = process.StandardError.ReadToEndAsync();
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("Preview at ", StringComparison.Ordinal)) { }
            Assert.NotNull(line);
            var address = line!["Preview at ".Length..line.IndexOf(": built again", StringComparison.Ordinal)];
            Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", address);
            using (var client = new HttpClient())
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(address)).StatusCode);

            using (var kill = Process.Start("kill", [$"-{signal}", $"{process.Id}"])) await kill.WaitForExitAsync();

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), $"the preview did not stop on SIG{signal}");
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("Preview stopped.", (await process.StandardOutput.ReadToEndAsync()).Trim());
            Assert.Equal(NoGitHistory.Warning(input), await errors);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
