-- The catalog of data versions (schema kenpograph). Each data version's tables live in their own schema,
-- kenpograph_v000001, kenpograph_v000002 … (020_…040_ are one version's tables, shown in dbo); this catalog says which
-- versions exist and which one is current. `kenpograph load` runs this file itself (it is embedded in the program and
-- idempotent), so a DBA may apply it beforehand or leave it to the loader.

IF SCHEMA_ID(N'kenpograph') IS NULL EXEC(N'CREATE SCHEMA [kenpograph]');

-- One row per version a load began. LOADING: being written, or left by a load that was killed (the next load drops
-- its schema and this row). PUBLISHED: complete, immutable, readable by `kenpograph diff` and `kenpograph rollback`
-- until pruned (Warehouse:KeepPreviousVersions).
IF OBJECT_ID(N'[kenpograph].[warehouse_version]', N'U') IS NULL
CREATE TABLE [kenpograph].[warehouse_version] (
    [id] int NOT NULL,
    [state] nvarchar(16) NOT NULL,
    [started_at] datetimeoffset NOT NULL,
    [published_at] datetimeoffset NULL,
    CONSTRAINT [pk_warehouse_version] PRIMARY KEY CLUSTERED ([id]),
    CONSTRAINT [ck_warehouse_version_state] CHECK ([state] IN (N'LOADING', N'PUBLISHED')),
    CONSTRAINT [ck_warehouse_version_published] CHECK (([state] = N'PUBLISHED' AND [published_at] IS NOT NULL) OR ([state] = N'LOADING' AND [published_at] IS NULL))
);

-- The current version: one row, replaced in the transaction whose commit publishes a version. A request reads it and
-- its version's tables in one SNAPSHOT transaction (010_database.sql), so it sees one version from start to end.
IF OBJECT_ID(N'[kenpograph].[current_version]', N'U') IS NULL
CREATE TABLE [kenpograph].[current_version] (
    [singleton] bit NOT NULL CONSTRAINT [df_current_version_singleton] DEFAULT (1),
    [version_id] int NOT NULL,
    CONSTRAINT [pk_current_version] PRIMARY KEY CLUSTERED ([singleton]),
    CONSTRAINT [ck_current_version_singleton] CHECK ([singleton] = 1),
    CONSTRAINT [fk_current_version_warehouse_version] FOREIGN KEY ([version_id]) REFERENCES [kenpograph].[warehouse_version] ([id])
);
