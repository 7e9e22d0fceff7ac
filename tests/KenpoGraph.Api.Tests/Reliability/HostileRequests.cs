using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.Reliability;

/// <summary>A valid operation the mutations start from.</summary>
/// <param name="Variables">The variables as JSON text, or null.</param>
internal sealed record SeedOperation(string Name, string Query, string? OperationName, string? Variables);

/// <summary>One request as a hostile or careless client might send it: any method, headers and bytes.</summary>
internal sealed record HostileRequest(string Mutation, string Method, string? ContentType, string? Accept, byte[]? Body, string? QueryString)
{
    /// <summary>Sends the body in this many pieces with a pause before each (a slow client); 0: at once.</summary>
    public int Pieces { get; init; }

    public TimeSpan Pause { get; init; }

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), "/graphql" + (QueryString is null ? "" : "?" + QueryString));
        if (Body is not null)
        {
            message.Content = Pieces > 0 ? new TrickledContent(Body, Pieces, Pause) : new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }
        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }
        return message;
    }

    /// <summary>What to show when the case fails: the mutation and the start of what was sent.</summary>
    public string Describe()
    {
        var sent = Body is null ? $"?{QueryString}" : Encoding.UTF8.GetString(Body);
        return $"{Mutation}: {Method} Content-Type={ContentType} Accept={Accept} {sent[..Math.Min(sent.Length, 600)]}{(sent.Length > 600 ? $"… ({sent.Length} chars)" : "")}";
    }
}

/// <summary>
/// Mutations of valid GraphQL-over-HTTP requests: the document (truncated, edited, nested deep, flooded with
/// aliases or directives, with unknown fields, duplicate operations, fragment cycles and exponential fragment
/// fan-out), its values (huge strings and numbers, wrong types, bad cursors and ids), the variables, the JSON
/// body (invalid UTF-8, wrong shapes, flipped bytes) and the HTTP envelope (methods, media types, GET).
/// Every choice comes from the <see cref="Random"/> passed in, so a seed and a case number reproduce a case.
/// </summary>
internal static class HostileRequests
{
    public static IReadOnlyList<SeedOperation> Corpus { get; } = BuildCorpus();

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "$x", "...", "... on Query", "@skip", "@include(if: true)", "!", "=", "|", "&", "\"",
        "\"\"\"", "#", "\\", "fragment", "query", "mutation", "subscription", "on", "null", "true", "1.5e9", "-0", "\u0000", "\u200b", "山梨",
    ];

    private static readonly string[] CursorAndIdDocuments =
    [
        "{ observations(first: 3, after: \"%S\") { nodes { value } } }",
        "{ observations(last: 3, before: \"%S\") { nodes { value } } }",
        "{ plans(first: 1, after: \"%S\") { nodes { code } } }",
        "{ kpiTargets(first: 2, after: \"%S\") { nodes { code } } }",
        "{ kpiResults(last: 2, before: \"%S\") { nodes { code } } }",
        "{ node(id: \"%S\") { id } }",
        "{ nodes(ids: [\"%S\", \"%S\"]) { id } }",
        "{ plan(id: \"%S\") { code } }",
        "{ branch(code: \"%S\") { code } }",
        "{ fiscalYear(wareki: \"%S\") { year } }",
        "{ kpi(code: \"%S\") { code } }",
        "{ budget(account: HEALTH_ACCOUNT, fiscalYear: 2024, orgUnit: \"%S\") { totals { printedValue } } }",
        "{ regions(grouping: \"%S\") { code } }",
    ];

    private static readonly string[] FragmentCycles =
    [
        "{ branches { ...A } } fragment A on OrgUnit { code ...B } fragment B on OrgUnit { nameEn ...A }",
        "{ branches { ...A } } fragment A on OrgUnit { ...A }",
        "query { ...Q } fragment Q on Query { branches { code } ...Q }",
        "{ branches { ...A } } fragment A on OrgUnit { region { branches { ...B } } } fragment B on OrgUnit { region { branches { ...A } } }",
        "{ branches { ...Missing } }",
        "{ branches { ...A } } fragment A on OrgUnit { code } fragment A on OrgUnit { nameEn }",
        "{ branches { ... on Nope { code } } }",
        "fragment A on OrgUnit { code }",
    ];

    private static readonly string[] NumberDocuments =
    [
        "{ observations(first: %N) { totalCount nodes { value } } }",
        "{ observations(last: %N) { nodes { value } } }",
        "{ nationalMembership(fiscalYear: %N) { members { value } } }",
        "{ fiscalYear(year: %N) { warekiLabel } }",
        "{ rollup(measures: [\"membership.insured\"], fiscalYears: [%N], level: NATIONAL) { value } }",
        "{ kpiComparison(kpi: \"K-CHECKUP-INSURED\", fiscalYears: [%N], orgUnits: [\"00\"]) { fiscalYear } }",
        "{ kpiTargets(first: %N, where: { fiscalYear: { eq: %N } }) { nodes { code } } }",
        "{ budget(account: HEALTH_ACCOUNT, fiscalYear: %N, orgUnit: \"00\") { totals { printedValue } } }",
        "{ branch(code: \"19\") { series(measure: \"membership.insured\", fromYear: %N, toYear: %N) { value } } }",
        "{ plans(first: %N) { nodes { code } } }",
        "{ observations(first: 2, where: { fiscalYear: { gte: %N, in: [%N] } }) { nodes { value } } }",
    ];

    private static readonly string[] OddNumbers =
    [
        "0", "-1", "-0", "1", "2147483647", "2147483648", "-2147483649", "99999999999999999999999999999999", "1.5", "1e3", "1e400", "-1e400",
        "0.0000000000000000000000000001", "1000000", "2024", "1900", "9999", "\"2024\"", "null", "true", "[2024]", "{ a: 1 }", "NaN", "Infinity",
    ];

    private static readonly string[] JsonValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e400", "-1e400", "123456789012345678901234567890", "\"\"", "\"19\"", "\"x\"", "[]", "[1,2]", "{}",
        "{\"a\":{\"b\":1}}", "\"\\ud800\"", "\"\\u0000\"", "[[[[[]]]]]", "\"2147483648\"",
    ];

    private static readonly string[] Accepts =
    [
        "application/graphql-response+json", "application/json", "*/*", "application/xml", "text/plain", "application/*", "garbage;;q=x",
        "application/json;q=0", "application/graphql-response+json;charset=latin1",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "text/plain", "application/graphql",
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=\"", "",
    ];

    private static readonly string[] ExtremeDocuments =
    [
        "{ incentiveSimulation(resultsYear: 2023, changes: [{ branch: \"19\", indicator: 5, delta: %D }]) { moves { rankAfter } } }",
        "{ incentiveSimulation(resultsYear: 2023, changes: [{ branch: \"19\", indicator: 5, value: %D }, { branch: \"20\", indicator: 5, value: -%D }]) { moves { rankAfter } } }",
        "{ observations(first: 3, after: \"%C\") { nodes { value } } }",
        "{ kpiTargets(last: 2, before: \"%C\") { nodes { code } } }",
        "{ nodes(ids: [\"%C\"]) { id } }",
    ];

    private static readonly string[] ExtremeDecimals =
    [
        "79228162514264337593543950335", "79228162514264337593543950334.9", "1e28", "0.0000000000000000000000000001", "7.9e28", "1e29", "39614081257132168796771975168",
    ];

    private static readonly string[] DigitDocuments =
    [
        "{ fiscalYear(wareki: \"令和%U年度\") { year } }",
        "{ fiscalYear(wareki: \"R%U\") { year } }",
        "{ fiscalYear(wareki: \"平成%U年度\") { year } }",
        "{ branch(code: \"%U\") { code } }",
        "{ kpiComparison(kpi: \"K-CHECKUP-INSURED\", fiscalYears: [2024], orgUnits: [\"%U\"]) { fiscalYear } }",
        "{ budget(account: HEALTH_ACCOUNT, fiscalYear: 2024, orgUnit: \"%U\") { account } }",
    ];

    private static readonly (string Name, int Weight, Func<Random, SeedOperation, HostileRequest> Make)[] Mutations =
    [
        ("unchanged", 3, (r, o) => Post(r, o.Query, o.OperationName, o.Variables)),
        ("truncated document", 10, (r, o) => Post(r, o.Query[..r.Next(o.Query.Length)], o.OperationName, o.Variables)),
        ("edited document", 10, (r, o) => Post(r, Edit(r, o.Query), o.OperationName, o.Variables)),
        ("inserted token", 8, (r, o) => Post(r, o.Query.Insert(r.Next(o.Query.Length + 1), Pick(r, Tokens)), o.OperationName, o.Variables)),
        ("deep selection", 3, (r, _) => DeepSelection(r)),
        ("deep braces", 2, (r, _) => Post(r, Repeat("{ a ", r.Next(100, 20_000)) + Repeat("}", r.Next(0, 3) == 0 ? 0 : 20_000), null, null)),
        ("deep list literal", 2, (r, _) => Post(r,
            $"{{ kpiComparison(kpi: \"K-CHECKUP-INSURED\", fiscalYears: {Nested(r.Next(2, 3_000), "[", "2024", "]")}, orgUnits: [\"00\"]) {{ fiscalYear }} }}", null, null)),
        ("deep filter literal", 3, (r, _) => Post(r, $"{{ branches(where: {Nested(r.Next(2, 400), "{ and: [", "{ code: { eq: \"19\" } }", "] }")}) {{ code }} }}", null, null)),
        ("deep filter variable", 3, (r, _) => Post(r, "query Deep($where: OrgUnitFilterInput) { branches(where: $where) { code } }", "Deep",
            Nested(r.Next(2, 120), "{\"or\":[", "{\"nameEn\":{\"startsWith\":\"Y\"}}", "]}"))),
        ("deep variables", 3, (r, _) => Post(r, "query Branch($code: String!) { branch(code: $code) { nameEn } }", "Branch",
            $"{{\"code\":{Nested(r.Next(2, 5_000), "[", "\"19\"", "]")}}}")),
        ("huge string", 2, (r, o) => HugeString(r, o)),
        ("huge or odd number", 6, (r, _) => OddNumber(r)),
        ("bad cursor or id", 4, (r, _) => Post(r, Pick(r, CursorAndIdDocuments).Replace("%S", Escape(Garbage(r, r.Next(0, 80)))), null, null)),
        ("invalid UTF-8 in the body", 5, (r, o) => InvalidUtf8(r, o)),
        ("escaped lone surrogate", 3, (r, o) => Post(r, o.Query.Insert(r.Next(o.Query.Length + 1), "\"\ud800\" \udfff"), o.OperationName, o.Variables)),
        ("wrong variable types", 8, (r, o) => Post(r, o.Query, o.OperationName, WrongVariables(r, o))),
        ("unknown field or argument", 5, (r, o) => Post(r, UnknownName(r, o.Query), o.OperationName, o.Variables)),
        ("duplicate operations", 4, (r, o) => Post(r, o.Query + "\n" + o.Query + (r.Next(2) == 0 ? "\n{ __typename }" : ""), Maybe(r, o.OperationName), o.Variables)),
        ("operation name", 4, (r, o) => Post(r, o.Query, Pick(r, ["", "Nope", "query", o.OperationName ?? "X", new string('N', r.Next(1, 5_000))]), o.Variables)),
        ("fragment cycle", 4, (r, _) => Post(r, Pick(r, FragmentCycles), null, null)),
        ("fragment fan-out", 2, (r, _) => Post(r, FanOut(r.Next(8, 40)), null, null)),
        ("alias flood", 2, (r, _) => Post(r,
            $"{{ {string.Join(' ', Enumerable.Range(0, r.Next(100, 1_000)).Select(i => $"a{i}: {Pick(r, ["__typename", "dataVersion { id }", "branch(code: \"19\") { code }"])}"))} }}", null, null)),
        ("directive abuse", 4, (r, o) => Post(r, Directives(r, o.Query), o.OperationName, o.Variables)),
        ("deep introspection", 2, (r, _) => Post(r,
            $"{{ __schema {{ types {{ {Repeat("fields { type { ofType { ", r.Next(1, 60))} name {Repeat("} } } ", r.Next(0, 2) == 0 ? 0 : 60)} }} }} }}", null, null)),
        ("body shape", 6, (r, o) => BodyShape(r, o)),
        ("HTTP envelope", 5, (r, o) => Envelope(r, o)),
        ("GET", 6, (r, o) => Get(r, o)),
        ("flipped bytes", 6, (r, o) => FlipBytes(r, Post(r, o.Query, o.OperationName, o.Variables))),
        // Issue 16's: inputs within the old limits that cost far more than they said, and bad inputs that were 500s.
        ("repeated selections", 2, (r, _) => Post(r, "{\n" + Repeat(Pick(r, ["branches { code }\n", "dataVersion { id }\n", "headquarters { code nameJa }\n"]), r.Next(500, 13_000)) + "}",
            null, null)),
        ("nested unpaged lists", 3, (r, _) => Post(r, NestedLists(r), null, null)),
        ("duplicate JSON keys", 3, (r, o) => DuplicateKeys(r, o)),
        ("numeric extremes", 3, (r, _) => Post(r, Pick(r, ExtremeDocuments).Replace("%D", Pick(r, ExtremeDecimals), StringComparison.Ordinal)
            .Replace("%C", Convert.ToBase64String(Encoding.UTF8.GetBytes(Pick(r, ["2147483647", "2147483646", "1000000", "99999", "16892", "-1"])))), null, null)),
        ("Unicode digits", 3, (r, _) => Post(r, Pick(r, DigitDocuments).Replace("%U", UnicodeDigits(r), StringComparison.Ordinal), null, null)),
        ("wide filter", 2, (r, _) => Post(r, WideFilter(r), null, null)),
        ("many distinct APQ documents", 3, (r, o) => DistinctApq(r, o)),
        // A body that arrives in pieces within the deadline must read as if sent at once; one that stalls past the
        // deadline is a 408, proven on real Kestrel sockets by Limits/KestrelRefusalTests (here each would cost the
        // whole deadline, 8 s, and the fuzzer's thousands of cases would take hours).
        ("slow body", 2, (r, o) => Post(r, o.Query, o.OperationName, o.Variables) with
        {
            Pieces = r.Next(2, 12),
            Pause = TimeSpan.FromMilliseconds(r.Next(1, 60)),
        }),
    ];


    private static readonly int TotalWeight = Mutations.Sum(m => m.Weight);

    public static HostileRequest Next(Random random)
    {
        var operation = Corpus[random.Next(Corpus.Count)];
        var pick = random.Next(TotalWeight);
        foreach (var (name, weight, make) in Mutations)
        {
            if (pick < weight)
            {
                return make(random, operation) with { Mutation = $"{name} of {operation.Name}" };
            }
            pick -= weight;
        }
        throw new InvalidOperationException("unreachable: the weights add up to TotalWeight");
    }

    private static HostileRequest Post(Random random, string query, string? operationName, string? variables)
    {
        var body = new StringBuilder("{\"query\":").Append(JsonSerializer.Serialize(query));
        if (operationName is not null)
        {
            body.Append(",\"operationName\":").Append(JsonSerializer.Serialize(operationName));
        }
        if (variables is not null)
        {
            body.Append(",\"variables\":").Append(variables);
        }
        body.Append('}');
        return new HostileRequest("", "POST", "application/json", Pick(random, ["application/graphql-response+json", "application/json", null]),
            Encoding.UTF8.GetBytes(body.ToString()), null);
    }

    private static string Edit(Random random, string text)
    {
        var chars = new StringBuilder(text);
        for (var edits = random.Next(1, 6); edits > 0 && chars.Length > 0; edits--)
        {
            var at = random.Next(chars.Length);
            var length = Math.Min(random.Next(1, 12), chars.Length - at);
            switch (random.Next(4))
            {
                case 0:
                    chars.Remove(at, length);
                    break;
                case 1:
                    chars.Insert(at, chars.ToString(at, length));
                    break;
                case 2:
                    chars[at] = (char)random.Next(32, 127);
                    break;
                default:
                    var other = random.Next(chars.Length);
                    (chars[at], chars[other]) = (chars[other], chars[at]);
                    break;
            }
        }
        return chars.ToString();
    }

    private static HostileRequest DeepSelection(Random random)
    {
        // A chain of single objects (a plan node's parent's parent …), closed or not: deep, but with a small answer.
        // Lists nested deep (branches { region { branches …) multiply the answer instead; bounding that is the cost
        // limit's job (issue 6), not something a fuzzer should wait for.
        var depth = random.Next(5, 150);
        var closed = random.Next(3) > 0;
        return Post(random, $"{{ plans(first: 1) {{ nodes {{ nodes {{ {Repeat("parent { ", depth)}code{(closed ? Repeat(" }", depth) : "")} }} }} }} }}", null, null);
    }

    private static HostileRequest HugeString(Random random, SeedOperation operation)
    {
        // Up to 150,000 characters (900 kB once 山 is escaped in JSON): far beyond any code or name, and on one line far
        // past the column where the parser's error messages took seconds. Larger ones test the runtime's buffer pools
        // (ArrayPool.Shared keeps what they rent) more than this service, and slow thousands of cases down.
        var huge = new string(Pick(random, ['x', '山', '"', '\\', ' ']), random.Next(10_000, 150_000));
        return random.Next(3) switch
        {
            0 => Post(random, $"{{ branch(code: {JsonSerializer.Serialize(huge)}) {{ code }} }}", null, null),
            1 => Post(random, "query Branch($code: String!) { branch(code: $code) { code } }", "Branch", $"{{\"code\":{JsonSerializer.Serialize(huge)}}}"),
            _ => Post(random, operation.Query + "#" + huge, operation.OperationName, operation.Variables),
        };
    }

    private static HostileRequest OddNumber(Random random)
    {
        var document = Pick(random, NumberDocuments);
        if (random.Next(2) == 0)
        {
            var literal = string.Join("", document.Split("%N").Select((part, i) => i == 0 ? part : Pick(random, OddNumbers) + part));
            return Post(random, literal, null, null);
        }
        // The same through a variable, where the JSON reader meets the number first.
        var variable = document.Replace("%N", "$n", StringComparison.Ordinal);
        var type = variable.Contains("fiscalYears: [$n]", StringComparison.Ordinal) ? "Int" : Pick(random, ["Int", "Int!", "Float", "String", "[Int]"]);
        return Post(random, $"query Odd($n: {type}) {variable}", "Odd", $"{{\"n\":{Pick(random, JsonValues)}}}");
    }

    private static HostileRequest InvalidUtf8(Random random, SeedOperation operation)
    {
        var request = Post(random, operation.Query, operation.OperationName, operation.Variables);
        var bytes = request.Body!.ToList();
        byte[][] invalid = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x28, 0x8C, 0x28], [0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x00]];
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            // Inside the query string mostly (after {"query":"), elsewhere sometimes.
            var at = random.Next(3) == 0 ? random.Next(bytes.Count) : random.Next(10, Math.Max(11, bytes.Count - 2));
            bytes.InsertRange(Math.Min(at, bytes.Count), Pick(random, invalid));
        }
        return request with { Body = [.. bytes] };
    }

    private static string? WrongVariables(Random random, SeedOperation operation)
    {
        var names = operation.Query.Split('$').Skip(1).Select(s => new string(s.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray()))
            .Where(n => n.Length > 0).Distinct().ToList();
        names.Add("unknownVariable");
        var pairs = names.Where(_ => random.Next(3) > 0).Select(n => $"{JsonSerializer.Serialize(n)}:{Pick(random, JsonValues)}");
        return random.Next(8) == 0 ? Pick(random, ["\"not an object\"", "[]", "1", "null"]) : $"{{{string.Join(',', pairs)}}}";
    }

    private static string UnknownName(Random random, string query)
    {
        var brace = query.IndexOf('{', random.Next(query.Length));
        var at = brace < 0 ? query.IndexOf('{') : brace;
        var insert = Pick(random, [" unknownField ", " __nope ", " code(unknown: 1) ", " branches(nope: true) { code } ", " ... on Nope { x } ", " dataVersion { nope } ", " nameJa { deeper } "]);
        return at < 0 ? query + insert : query.Insert(at + 1, insert);
    }

    private static string FanOut(int depth)
    {
        // F0 spreads F1 twice, F1 spreads F2 twice …: 2^depth paths to one field. Valid GraphQL; anything that expands
        // fragments without remembering what it expanded takes exponential time.
        var fragments = Enumerable.Range(0, depth).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} dataVersion {{ ...V{i} }} ...F{i + 1} }} fragment V{i} on DataVersion {{ id }}");
        return $"{{ ...F0 }} {string.Join(' ', fragments)} fragment F{depth} on Query {{ dataVersion {{ id }} }}";
    }

    private static string Directives(Random random, string query)
    {
        var at = query.IndexOf('}');
        if (at < 0)
        {
            return query;
        }
        var directive = Pick(random, ["@skip(if: false)", "@include(if: true)", "@include(if: \"yes\")", "@skip(if: $undefined)", "@nope", "@skip", "@deprecated", "@skip(if: false, if: true)"]);
        var word = query.LastIndexOf(' ', Math.Max(0, at - 2));
        return query.Insert(Math.Max(0, word), " " + string.Join(' ', Enumerable.Repeat(directive, random.Next(1, 300))) + " ");
    }

    private static HostileRequest BodyShape(Random random, SeedOperation operation)
    {
        var body = random.Next(14) switch
        {
            0 => "",
            1 => "null",
            2 => $"[{Encoding.UTF8.GetString(Post(random, operation.Query, null, null).Body!)}]",
            3 => "{\"query\":5}",
            4 => "{\"query\":null}",
            5 => "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}",
            6 => "{\"query\":\"{ __typename }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + Garbage(random, 64) + "\"}}}",
            7 => "{\"extensions\":{\"persistedQuery\":{\"version\":" + Pick(random, JsonValues) + ",\"sha256Hash\":" + Pick(random, JsonValues) + "}}}",
            8 => Nested(random.Next(60, 100_000), "[", "1", "]"),
            9 => "{\"query\":\"{ __typename }\",\"query\":\"{ dataVersion { id } }\"}",
            10 => "{\"query\":\"{ __typename }\",\"operationName\":" + Pick(random, JsonValues) + "}",
            11 => Garbage(random, random.Next(1, 300)),
            12 => "{\"query\":\"{ __typename }\"" + new string(' ', random.Next(0, 10)),
            _ => "{\"query\":\"{ __typename }\",\"extensions\":" + Pick(random, JsonValues) + "}",
        };
        return new HostileRequest("", "POST", "application/json", "application/graphql-response+json", Encoding.UTF8.GetBytes(body), null);
    }

    private static HostileRequest Envelope(Random random, SeedOperation operation)
    {
        var request = Post(random, operation.Query, operation.OperationName, operation.Variables);
        return random.Next(3) switch
        {
            0 => request with { ContentType = Pick(random, ContentTypes) },
            1 => request with { Accept = Pick(random, Accepts) },
            _ => request with { Method = Pick(random, ["PUT", "DELETE", "PATCH", "OPTIONS"]) },
        };
    }

    private static HostileRequest Get(Random random, SeedOperation operation)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(random.Next(4) == 0 ? Edit(random, operation.Query) : operation.Query) };
        if (operation.OperationName is not null)
        {
            parameters.Add("operationName=" + Uri.EscapeDataString(operation.OperationName));
        }
        parameters.Add("variables=" + Uri.EscapeDataString(random.Next(3) == 0 ? Pick(random, JsonValues) : operation.Variables ?? "{}"));
        switch (random.Next(6))
        {
            case 0:
                parameters.Add("query=" + Uri.EscapeDataString("{ __typename }"));
                break;
            case 1:
                parameters.Add("extensions=" + Uri.EscapeDataString(Pick(random, JsonValues)));
                break;
            case 2:
                parameters.Add("query=%FF%FE%80");
                break;
            case 3:
                parameters[0] = "query=" + Uri.EscapeDataString("mutation { __typename }");
                break;
        }
        // Not text/html: a browser asking for HTML at /graphql gets the IDE page, which is not a GraphQL response.
        return new HostileRequest("", "GET", null, Pick(random, ["application/graphql-response+json", "application/json", "*/*", null]), null,
            string.Join('&', parameters.OrderBy(_ => random.Next())));
    }

    private static HostileRequest FlipBytes(Random random, HostileRequest request)
    {
        var bytes = request.Body!.ToArray();
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }
        return request with { Body = bytes };
    }

    /// <summary>Digits of another script (Arabic-Indic, Devanagari, full-width, Bengali, Thai), one or two of them.</summary>
    private static string UnicodeDigits(Random random)
    {
        var zero = Pick(random, ['\u0660', '\u0966', '\uFF10', '\u09E6', '\u0E50', '0']);
        return string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => (char)(zero + random.Next(10))));
    }

    /// <summary>Lists inside lists without a page size: facts → orgUnit → facts …, membership → orgUnit → membership …, plans' trees.</summary>
    private static string NestedLists(Random random)
    {
        var (list, leaf) = Pick(random, [("facts(measures: [\"membership.insured\"], toYear: 2999)", "value"), ("facts", "value"), ("membership", "insured { value }")]);
        var body = $"{list} {{ {leaf} }}";
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            body = $"{list} {{ orgUnit {{ {body} }} }}";
        }
        return random.Next(3) switch
        {
            0 => $"{{ branches {{ {body} }} }}",
            1 => $"{{ regions {{ branches {{ {body} }} }} }}",
            _ => PlanTree(random.Next(1, 1000), random.Next(1, 12)),
        };
    }

    private static string PlanTree(int first, int depth) =>
        $"{{ plans(first: {first}) {{ nodes {{ nodes {{ {Repeat("children { ", depth)}code kpiTargets {{ code result {{ code }} }} {Repeat("} ", depth)}}} }} }} }}";

    private static HostileRequest DuplicateKeys(Random random, SeedOperation operation)
    {
        var variables = operation.Variables is { Length: > 2 } json ? json[..^1] + "," + json[1..] : "{\"a\":1,\"a\":2}";
        var body = random.Next(3) switch
        {
            0 => $"{{\"query\":{JsonSerializer.Serialize(operation.Query)},\"variables\":{variables}}}",
            1 => $"{{\"query\":{JsonSerializer.Serialize(operation.Query)},\"query\":{JsonSerializer.Serialize(operation.Query)}}}",
            _ => $"{{\"query\":\"query W($w: OrgUnitFilterInput) {{ branches(where: $w) {{ code }} }}\",\"variables\":{{\"w\":{{\"code\":{{\"eq\":\"19\",\"eq\":\"20\"}}}}}}}}",
        };
        return new HostileRequest("", "POST", "application/json", Pick(random, ["application/graphql-response+json", "application/json"]), Encoding.UTF8.GetBytes(body), null);
    }

    private static string WideFilter(Random random)
    {
        var count = random.Next(100, 2_500);
        var conditions = string.Join(",\n", Enumerable.Range(0, count).Select(i => random.Next(2) == 0 ? $"{{ code: {{ eq: \"{i % 48:00}\" }} }}" : $"{{ nameEn: {{ neq: \"x{i}\" }} }}"));
        return $"{{ branches(where: {{ {Pick(random, ["or", "and"])}: [{conditions}] }}) {{ code }} }}";
    }

    /// <summary>A document sent with its own hash, made distinct and often broken or large, as an APQ flood would.</summary>
    private static HostileRequest DistinctApq(Random random, SeedOperation operation)
    {
        var query = operation.Query + $"\n# {random.Next()} " + new string('z', random.Next(0, 20_000)) + (random.Next(2) == 0 ? "\n{{{" : "");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var body = new StringBuilder("{\"query\":").Append(JsonSerializer.Serialize(query));
        if (operation.OperationName is not null)
        {
            body.Append(",\"operationName\":").Append(JsonSerializer.Serialize(operation.OperationName));
        }
        if (operation.Variables is not null)
        {
            body.Append(",\"variables\":").Append(operation.Variables);
        }
        body.Append(",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"").Append(hash).Append("\"}}}");
        return new HostileRequest("", "POST", "application/json", "application/json", Encoding.UTF8.GetBytes(body.ToString()), null);
    }

    private static string Nested(int depth, string open, string inner, string close) =>
        new StringBuilder(open.Length * depth * 2 + inner.Length).Insert(0, open, depth).Append(inner).Insert(open.Length * depth + inner.Length, close, depth).ToString();

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static string Garbage(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)Pick(random, [random.Next(32, 127), random.Next(0x3040, 0x30FF), random.Next(0, 32)]))]);

    private static string Escape(string text) => JsonSerializer.Serialize(text)[1..^1];

    private static T Pick<T>(Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];

    private static string? Maybe(Random random, string? value) => random.Next(2) == 0 ? value : null;

    private static List<SeedOperation> BuildCorpus()
    {
        var registered = Directory.EnumerateFiles(Path.Combine(SeedWorkspace.RepositoryRoot, "db", "operations"), "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(path => new SeedOperation(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), Path.GetFileNameWithoutExtension(path),
                Path.GetFileNameWithoutExtension(path) switch
                {
                    "Branch" => "{\"code\":\"19\"}",
                    "NationalMembership" => "{\"fiscalYear\":2024}",
                    "IncentiveRanking" => "{\"resultsYear\":2023}",
                    "ObservationTable" => "{\"measure\":\"checkup.lifestyle.rate\",\"take\":5}",
                    var other => throw new InvalidOperationException($"db/operations/{other}.graphql needs variables in the fuzzer's corpus"),
                }));
        return
        [
            .. registered,
            new("branches filtered and sorted", "{ branches(where: { nameEn: { startsWith: \"O\" } }, order: [{ nameEn: DESC }]) { code nameJa nameEn region { nameJa } } }", null, null),
            new("observations page",
                "query Page($first: Int, $after: String) { observations(first: $first, after: $after, where: { fiscalYear: { gte: 2020 } }) { totalCount pageInfo { hasNextPage endCursor } " +
                    "nodes { orgUnitCode fiscalYear measureCode value quality } } }",
                "Page", "{\"first\":5}"),
            new("rollup with a fragment",
                "query Rollup($measures: [String!]!, $level: RollupLevel!) { rollup(measures: $measures, fiscalYears: [2024], level: $level) { ...Figure } } fragment Figure on Rollup { " +
                    "measure { code } rule value numerator denominator contributors complete publishedValue difference }",
                "Rollup", "{\"measures\":[\"membership.insured\",\"checkup.lifestyle.rate\"],\"level\":\"NATIONAL\"}"),
            new("KPI comparison", "{ kpiComparison(kpi: \"K-CHECKUP-INSURED\", fiscalYears: [2025, 2024], orgUnits: [\"00\", \"20\"]) { orgUnit { nameJa } fiscalYear target { comparator " +
                "threshold plannedRate source { locator } } } }", null, null),
            new("plan trees", "{ plans(first: 2, order: [{ code: ASC }]) { nodes { code titleEn roots { titleJa children { titleJa flags { kind labelJa } } } } pageInfo { endCursor } } }",
                null, null),
            new("fiscal years and KPIs", "query Years($wareki: String) { fiscalYear(wareki: $wareki) { year warekiLabel } kpis { code nameJa } }", "Years", "{\"wareki\":\"令和元年度\"}"),
            new("budget", "{ budget(account: HEALTH_ACCOUNT, fiscalYear: 2024, orgUnit: \"00\") { totals { kind printedValue } roots { titleJa children { amounts { value } } } } }", null, null),
            new("two named operations", "query A { branch(code: \"19\") { nameEn } } query B { dataVersion { id inputDigest } headquarters { code } }", "B", null),
            new("series with variables", "query Series($code: String!, $measure: String!) { branch(code: $code) { series(measure: $measure) { fiscalYear value change } } }",
                "Series", "{\"code\":\"19\",\"measure\":\"premium.rate\"}"),
            new("incentive simulation",
                "query WhatIf($changes: [IncentiveChangeInput!]!, $scheme: IncentiveSchemeOverridesInput) { incentiveSimulation(resultsYear: 2023, changes: $changes, scheme: $scheme) { " +
                    "baseline { entries { rank branch { code } reward } } moves { branch { code } rankBefore rankAfter passed { code } } } }",
                "WhatIf", "{\"changes\":[{\"branch\":\"19\",\"indicator\":5,\"delta\":5}],\"scheme\":{\"rewardedBranches\":20,\"standardisation\":\"RESULTS_YEAR\"}}"),
            new("branch incentive and schemes",
                "{ incentiveSchemes { code firstResultsYear parameters { name value basis } } branch(code: \"19\") { incentive(resultsYear: 2022) { rank total publishedRank indicators { " +
                    "number score rank } } } }", null, null),
        ];
    }

    /// <summary>Invariant text of a number, for messages.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The Accept header values a client may send, for the well-formedness check.</summary>
    public static bool IsGraphQLMediaType(MediaTypeHeaderValue? type) =>
        type?.MediaType is "application/json" or "application/graphql-response+json";
}

/// <summary>A body written in pieces with a pause before each, as a slow or stalling client sends it.</summary>
internal sealed class TrickledContent(byte[] body, int pieces, TimeSpan pause) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        var size = Math.Max(1, (body.Length + pieces - 1) / pieces);
        for (var start = 0; start < body.Length; start += size)
        {
            await Task.Delay(pause);
            await stream.WriteAsync(body.AsMemory(start, Math.Min(size, body.Length - start)));
            await stream.FlushAsync();
        }
    }

    // No length: sent chunked, so the server counts what arrives rather than trusting a header.
    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
