using Publisher.Core.Build;
using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Cli;

/// <summary>A terminal sees a bar redrawn in place and cleared at the end; a log sees nothing of a short build.</summary>
public sealed class BuildProgressDisplayTests
{
    [Fact]
    public void On_a_terminal_the_bar_is_drawn_in_place_and_cleared_when_the_build_ends()
    {
        var error = new StringWriter();
        using (var display = new BuildProgressDisplay(error, MessageLanguage.Czech, ProgressShown.Terminal))
        {
            display.Started(BuildStage.RenderingPages, 12_000);
            display.Advanced();
        }

        Assert.Equal("\r[..............................] vykreslování stránek: 1 z 12\u00A0000\u001b[K\r\u001b[K", error.ToString());
    }

    [Fact]
    public void In_a_log_a_short_stage_prints_nothing()
    {
        var error = new StringWriter();
        using (var display = new BuildProgressDisplay(error, MessageLanguage.English, ProgressShown.Log))
        {
            display.Started(BuildStage.ReadingDocuments, 3);
            for (var i = 0; i < 3; i++) display.Advanced();
        }

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void A_build_run_from_other_code_shows_nothing_however_long()
    {
        var error = new StringWriter();
        using (var display = new BuildProgressDisplay(error, MessageLanguage.English, ProgressShown.None))
        {
            display.Started(BuildStage.RenderingPages, 100);
            Thread.Sleep(TimeSpan.FromSeconds(2.2));
            display.Advanced();
        }

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void In_a_log_a_long_stage_prints_plain_lines_with_the_counts()
    {
        var error = new StringWriter();
        using var display = new BuildProgressDisplay(error, MessageLanguage.English, ProgressShown.Log);
        display.Started(BuildStage.ReadingDocuments, 100);
        display.Advanced();
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        display.Advanced();
        display.Advanced();

        Assert.Equal("reading documents: 2 of 100\n", error.ToString());
    }
}
