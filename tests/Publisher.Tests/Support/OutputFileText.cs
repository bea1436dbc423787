using System.Text;
using Publisher.Core.Extensions;

namespace Publisher.Tests.Support;

public static class OutputFileText
{
    /// <summary>What the file holds, as the build would write it.</summary>
    public static string Text(this OutputFile file)
    {
        using var content = new MemoryStream();
        file.Write(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }
}
