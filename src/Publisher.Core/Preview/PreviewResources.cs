using System.Reflection;
using Scriban;

namespace Publisher.Core.Preview;

/// <summary>The preview's own files, compiled into the program: they are served, never written to the output.</summary>
public static class PreviewResources
{
    public static byte[] Bytes(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Publisher.Core.Preview.{name}")
            ?? throw new InvalidOperationException($"the resource {name} is not compiled into the program");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    public static Template Template(string name)
    {
        var template = Scriban.Template.Parse(System.Text.Encoding.UTF8.GetString(Bytes(name)), name);
        if (template.HasErrors) throw new InvalidOperationException($"the template {name} does not parse: {template.Messages}");
        return template;
    }
}
