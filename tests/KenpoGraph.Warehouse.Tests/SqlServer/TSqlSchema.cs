using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace KenpoGraph.Warehouse.Tests.SqlServer;

/// <summary>One parse error of a T-SQL file, with where it is.</summary>
internal sealed record TSqlError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

internal sealed record TSqlColumn(string Name, string Type, bool Nullable)
{
    public override string ToString() => $"{Type} {(Nullable ? "NULL" : "NOT NULL")}";
}

internal sealed record TSqlKey(string Name, IReadOnlyList<string> Columns, bool Clustered)
{
    public override string ToString() => $"{Name} ({string.Join(", ", Columns)}){(Clustered ? " CLUSTERED" : " NONCLUSTERED")}";
}

internal sealed record TSqlForeignKey(string Name, IReadOnlyList<string> Columns, string ReferencedTable, IReadOnlyList<string> ReferencedColumns, string OnDelete)
{
    public override string ToString() =>
        $"{Name} ({string.Join(", ", Columns)}) → {ReferencedTable} ({string.Join(", ", ReferencedColumns)}) ON DELETE {OnDelete}";
}

internal sealed record TSqlIndex(string Name, string Table, IReadOnlyList<string> Columns, bool Unique, bool Clustered, bool Columnstore)
{
    public override string ToString() =>
        $"{Name} ON {Table} ({string.Join(", ", Columns)}){(Unique ? " UNIQUE" : "")}{(Clustered ? " CLUSTERED" : "")}{(Columnstore ? " COLUMNSTORE" : "")}";
}

internal sealed class TSqlTable(string name)
{
    public string Name { get; } = name;
    public List<TSqlColumn> Columns { get; } = [];
    public TSqlKey? PrimaryKey { get; set; }
    public List<TSqlForeignKey> ForeignKeys { get; } = [];
}

/// <summary>
/// The tables, columns, keys and indexes a T-SQL script declares, read from the ScriptDom syntax tree
/// (TSql160Parser = SQL Server 2022), so two scripts compare by meaning, not by text.
/// </summary>
internal sealed class TSqlSchema
{
    public Dictionary<string, TSqlTable> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<TSqlIndex> Indexes { get; } = [];

    /// <summary>Parses T-SQL (GO-separated batches allowed) and returns its syntax tree and errors.</summary>
    public static TSqlFragment Parse(string text, string file, out IReadOnlyList<TSqlError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        var fragment = parser.Parse(new StringReader(text), out var parseErrors);
        errors = parseErrors.Select(e => new TSqlError(file, e.Line, e.Column, e.Message)).ToArray();
        return fragment;
    }

    /// <summary>Reads the schema of one or more scripts; fails on any parse error.</summary>
    public static TSqlSchema Read(IEnumerable<(string File, string Text)> scripts)
    {
        var schema = new TSqlSchema();
        foreach (var (file, text) in scripts)
        {
            var fragment = Parse(text, file, out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("T-SQL does not parse:\n" + string.Join("\n", errors));
            }
            foreach (var statement in ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements))
            {
                schema.Add(statement);
            }
        }
        return schema;
    }

    private void Add(TSqlStatement statement)
    {
        switch (statement)
        {
            case CreateTableStatement create:
                var table = new TSqlTable(NameOf(create.SchemaObjectName));
                foreach (var column in create.Definition.ColumnDefinitions)
                {
                    var nullable = column.Constraints.OfType<NullableConstraintDefinition>().SingleOrDefault()?.Nullable ?? true;
                    table.Columns.Add(new TSqlColumn(column.ColumnIdentifier.Value, TypeOf(column.DataType), nullable));
                }
                foreach (var constraint in create.Definition.TableConstraints)
                {
                    switch (constraint)
                    {
                        case UniqueConstraintDefinition { IsPrimaryKey: true } key:
                            table.PrimaryKey = new TSqlKey(key.ConstraintIdentifier.Value, key.Columns.Select(ColumnOf).ToArray(), key.Clustered ?? true);
                            break;
                        case ForeignKeyConstraintDefinition foreignKey:
                            table.ForeignKeys.Add(new TSqlForeignKey(foreignKey.ConstraintIdentifier.Value,
                                foreignKey.Columns.Select(c => c.Value).ToArray(), NameOf(foreignKey.ReferenceTableName),
                                foreignKey.ReferencedTableColumns.Select(c => c.Value).ToArray(),
                                foreignKey.DeleteAction is DeleteUpdateAction.NotSpecified ? "NO ACTION" : foreignKey.DeleteAction.ToString().ToUpperInvariant()));
                            break;
                        default:
                            throw new NotSupportedException($"{table.Name}: constraint {constraint.GetType().Name} is not compared yet.");
                    }
                }
                Tables.Add(table.Name, table);
                break;
            case CreateIndexStatement index:
                Indexes.Add(new TSqlIndex(index.Name.Value, NameOf(index.OnName), index.Columns.Select(ColumnOf).ToArray(), index.Unique, index.Clustered ?? false, false));
                break;
            case CreateColumnStoreIndexStatement columnstore:
                Indexes.Add(new TSqlIndex(columnstore.Name.Value, NameOf(columnstore.OnName), columnstore.Columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value).ToArray(),
                    false, columnstore.Clustered ?? false, true));
                break;
            default:
                break; // Database options, roles and grants do not shape tables.
        }
    }

    /// <summary>Tables live in dbo: the EF Core model names no schema, the DDL says [dbo] for the DBA.</summary>
    private static string NameOf(SchemaObjectName name)
    {
        var schema = name.SchemaIdentifier?.Value ?? "dbo";
        return schema.Equals("dbo", StringComparison.OrdinalIgnoreCase) ? name.BaseIdentifier.Value : $"{schema}.{name.BaseIdentifier.Value}";
    }

    private static string ColumnOf(ColumnWithSortOrder column) => column.Column.MultiPartIdentifier.Identifiers[^1].Value;

    /// <summary>nvarchar(64), nchar(2), decimal(28,6), nvarchar(max), int …</summary>
    private static string TypeOf(DataTypeReference type) => type switch
    {
        SqlDataTypeReference sql when sql.Parameters.Count > 0 =>
            $"{sql.SqlDataTypeOption.ToString().ToLowerInvariant()}({string.Join(",", sql.Parameters.Select(p => p.Value.ToLowerInvariant()))})",
        SqlDataTypeReference sql => sql.SqlDataTypeOption.ToString().ToLowerInvariant(),
        _ => type.Name.BaseIdentifier.Value.ToLowerInvariant(),
    };
}
