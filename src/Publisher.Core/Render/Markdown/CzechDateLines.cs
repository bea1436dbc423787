using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Publisher.Core.Czech;

namespace Publisher.Core.Render.Markdown;

/// <summary>
/// Keeps a Czech date at the start of a line as text: "4. 3. 2022" under a signature would otherwise be a numbered
/// list starting at 4 holding one starting at 3, and "17. února 2020, 14:00" a list starting at 17. "1. Úvod" is
/// still a list item. Every pipeline that reads bodies uses it, so a body reads the same everywhere.
/// </summary>
public sealed class CzechDateLines : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.BlockParsers.Find<ListBlockParser>()!.ItemParsers.Replace<NumberedListItemParser>(new DateAwareNumberedListParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private sealed class DateAwareNumberedListParser : NumberedListItemParser
    {
        public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
        {
            if (CzechDateText.StartsWithDate(state.Line.AsSpan()))
            {
                result = default;
                return false;
            }
            return base.TryParse(state, pendingBulletType, out result);
        }
    }
}
