using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Confidant.Dialog.Tests.Packs;

/// <summary>The published schema (bots/bot.schema.json) accepts the shipped packs and refuses what the loader refuses.</summary>
public sealed class PackSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(PackLoaderTests.BotsFolder, "bot.schema.json"));

    [Theory]
    [InlineData("banking")]
    [InlineData("retail")]
    [InlineData("healthcare")]
    public void The_shipped_packs_follow_the_published_schema(string bot)
    {
        var result = Schema.Evaluate(ToJson(File.ReadAllText(Path.Combine(PackLoaderTests.BotsFolder, bot, "bot.yaml"))), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("colour: blue")]
    [InlineData("slots:\n  item:\n    type: gizmo\n    class: none\n    purpose: p\n    retention: P1D\n    prompt: x")]
    [InlineData("slots:\n  item:\n    type: text\n    class: none\n    purpose: p\n    retention: forever\n    prompt: x")]
    [InlineData("flows:\n  order:\n    action: { id: a, risk: extreme }\n    reply: x")]
    public void The_schema_refuses_what_the_loader_refuses(string extra)
    {
        var yaml = "id: shop\nname: Shop\ngreeting: Hi\nfallback: Sorry\n" + (extra.StartsWith("flows", StringComparison.Ordinal) ? extra : extra + "\nflows:\n  order:\n    reply: x");
        Assert.False(Schema.Evaluate(ToJson(yaml)).IsValid);
    }

    /// <summary>YAML to JSON with YAML 1.2 core types for plain scalars (true/false, integers); everything else is text.</summary>
    private static System.Text.Json.JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return System.Text.Json.JsonSerializer.SerializeToElement(Convert(stream.Documents[0].RootNode));
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
