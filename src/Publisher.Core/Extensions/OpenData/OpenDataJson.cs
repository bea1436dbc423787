using System.Text.Json.Serialization;

namespace Publisher.Core.Extensions.OpenData;

/// <summary>
/// How the open data's entries are written as JSON, generated when the program is compiled: the published program
/// is compiled ahead of time to native code, where no serialiser can be made by reflection while it runs. The
/// options are those of <see cref="DocumentsJsonExtension"/>, which uses this as its contract.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DocumentEntry))]
internal sealed partial class OpenDataJson : JsonSerializerContext;
