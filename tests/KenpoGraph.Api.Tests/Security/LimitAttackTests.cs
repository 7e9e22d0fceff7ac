using System.Net;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Requests that ask too much are refused before anything runs, with the limit's stable code, the limit and what was
/// measured, and no data; the defaults let Banana Cake Pop's introspection and real dashboard pages through.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class LimitAttackTests(SecuredApi api)
{
    private static void AssertLimit(Reply reply, string code, long limit)
    {
        reply.AssertRefused(HttpStatusCode.BadRequest, code);
        var extensions = reply.Json.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(limit, extensions.GetProperty("limit").GetInt64());
        Assert.True(extensions.GetProperty("actual").GetInt64() > limit);
        Assert.DoesNotContain("山梨", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_depth_bomb_is_refused()
    {
        // plan roots → children → children … 40 levels: each level would be one more batch of SQL.
        var nested = new StringBuilder("code");
        for (var i = 0; i < 40; i++)
        {
            nested.Insert(0, "children { ").Append(" }");
        }
        var reply = await api.SendAsync($$"""{ plans(first: 1) { nodes { roots { {{nested}} } } } }""", api.Yamanashi);
        AssertLimit(reply, "MAX_DEPTH_EXCEEDED", 20);
    }

    [Fact]
    public async Task An_alias_bomb_is_refused()
    {
        var aliases = string.Join(' ', Enumerable.Range(1, 200).Select(i => $$"""b{{i}}: branch(code: "19") { nameJa }"""));
        AssertLimit(await api.SendAsync($"{{ {aliases} }}", api.Yamanashi), "MAX_ALIASES_EXCEEDED", 50);
    }

    [Fact]
    public async Task A_fragment_fan_out_past_the_field_limit_is_refused_without_expanding_it()
    {
        // Each fragment spreads the next twice: 2^30 fields if expanded; measured once per fragment.
        var fragments = new StringBuilder("fragment F30 on OrgUnit { code nameJa }\n");
        for (var i = 29; i >= 0; i--)
        {
            fragments.Append($"fragment F{i} on OrgUnit {{ ...F{i + 1} ... on OrgUnit {{ ...F{i + 1} }} }}\n");
        }
        var reply = await api.SendAsync($$"""{ branch(code: "19") { ...F0 } } {{fragments}}""", api.Yamanashi);
        AssertLimit(reply, "MAX_FIELDS_EXCEEDED", 1000);
    }

    [Fact]
    public async Task An_oversized_page_is_refused_by_its_cost()
    {
        AssertLimit(await api.SendAsync("{ observations(first: 1000000) { nodes { orgUnitCode value } } }", api.Yamanashi), "MAX_COST_EXCEEDED", 50_000);
    }

    [Fact]
    public async Task A_page_size_in_a_variable_counts_as_well()
    {
        var reply = await api.SendAsync("query ($n: Int) { observations(first: $n) { nodes { orgUnitCode value } } }", api.Yamanashi, new { n = 900_000 });
        AssertLimit(reply, "MAX_COST_EXCEEDED", 50_000);
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_but_cheap_is_an_INVALID_ARGUMENT_error()
    {
        var reply = await api.SendAsync("{ observations(first: 1001) { totalCount } }", api.Yamanashi);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["INVALID_ARGUMENT"], reply.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, reply.Data.ValueKind);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var padding = new string(' ', 300 * 1024);
        var reply = await api.SendAsync($$"""{ branch(code: "19") { nameJa } {{padding}} }""", api.Yamanashi);
        reply.AssertRefused(HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE");
        Assert.Equal(256 * 1024, reply.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("limit").GetInt32());
        Assert.DoesNotContain("山梨", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Banana_Cake_Pops_introspection_passes_the_default_limits()
    {
        var reply = await api.SendAsync(IntrospectionQuery.Text);
        var schema = reply.AssertAnswered().GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Contains(schema.GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "OrgUnit");
    }

    [Fact]
    public async Task A_document_at_the_limits_is_answered()
    {
        // Depth 20 exactly: plans → nodes → roots → children × 16 → code.
        var nested = new StringBuilder("code");
        for (var i = 0; i < 16; i++)
        {
            nested.Insert(0, "children { ").Append(" }");
        }
        var reply = await api.SendAsync($$"""{ plans(first: 1) { nodes { roots { {{nested}} } } } }""", api.Yamanashi);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.ErrorCodes);
    }
}

/// <summary>
/// The introspection query Banana Cake Pop sends to this server: graphql-js's, with descriptions and nine levels of
/// ofType, without the fields it first probes for and GraphQL.NET does not serve (isRepeatable, specifiedByURL,
/// deprecated arguments). Nesting depth 15, about 200 fields.
/// </summary>
internal static class IntrospectionQuery
{
    public const string Text = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
