using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Publisher.Core.Sink;

/// <summary>Size and SHA-256 hash of one file of the output.</summary>
public sealed record WrittenFile(long Size, byte[] Sha256);

/// <summary>
/// <c>.publisher/manifest.json</c> in every built output folder: the tool version and every file written, with its
/// size and SHA-256 hash. It marks the folder as Publisher's, so a later build may replace it, and lets anyone
/// check a deployed copy. It holds nothing that changes between builds of the same input (no time, no machine),
/// so the output stays byte-identical. Netlify does not deploy files or folders whose names start with a dot
/// (other than <c>.well-known</c>), so the manifest never becomes part of the public site.
/// </summary>
public static class OutputManifest
{
    public const string Folder = ".publisher";
    public const string RelativePath = Folder + "/manifest.json";
    private const string Generator = "Publisher";

    /// <summary>
    /// The informational version of the build tool, e.g. <c>1.0.0+3f2c…</c> with the commit it was built from
    /// (the .NET SDK always sets the attribute).
    /// </summary>
    public static string ToolVersion { get; } =
        typeof(OutputManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    /// <summary>
    /// The tool's version and the very build of its code: every compilation gets a new module id, so even two builds of
    /// the tool with one version number differ. What one build of the tool recorded for the next is of use only to the same.
    /// </summary>
    public static string ToolBuild { get; } = $"{ToolVersion} {typeof(OutputManifest).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>Writes the manifest: UTF-8 JSON, files in ordinal order of their paths.</summary>
    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, WrittenFile>> files)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Read by tools, never embedded in a page: characters need no escaping for HTML ("+" of the version).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("generator", Generator);
            json.WriteString("version", ToolVersion);
            json.WriteStartArray("files");
            foreach (var (path, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteNumber("size", file.Size);
                json.WriteString("sha256", Convert.ToHexStringLower(file.Sha256));
                json.WriteEndObject();
                // Written out as it goes: the list of a large site's files would otherwise be gathered whole.
                if (json.BytesPending >= 32 * 1024) json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Whether <paramref name="folder"/> holds a manifest written by Publisher, so a build may replace the folder.</summary>
    public static bool IsIn(string folder)
    {
        var path = Path.Combine(folder, Folder, "manifest.json");
        // Only a regular file is read: a named pipe would block the build, a link could lead anywhere.
        if (Load.FileKinds.Of(path) != Load.FileKind.Regular) return false;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("generator", out var generator) && generator.ValueKind == JsonValueKind.String && generator.GetString() == Generator
                && root.TryGetProperty("files", out var list) && list.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
