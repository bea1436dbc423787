using System.Text.Json.Serialization;

namespace Publisher.Core.Extensions.Plans;

/// <summary>
/// How the plans' facts about a document are written in the open data (<see cref="PlansExtension.DocumentFactKinds"/>),
/// generated when the program is compiled, as the published program cannot make a serialiser by reflection.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(PlanInfo))]
internal sealed partial class PlansJson : JsonSerializerContext;
