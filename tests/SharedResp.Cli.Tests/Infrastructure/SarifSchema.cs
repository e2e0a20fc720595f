using System.Text.Json.Nodes;
using Json.Schema;

namespace SharedResp.Cli.Tests.Infrastructure;

/// <summary>The SARIF 2.1.0 JSON schema (Schemas/README.md says where it comes from), read as draft-07.</summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json")))!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema["$id"] = schema["id"]!.GetValue<string>();
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString());
    });

    /// <summary>The schema errors of <paramref name="sarif"/>, one line each; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonNode sarif)
    {
        var results = Schema.Value.Evaluate(sarif, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
    }
}
