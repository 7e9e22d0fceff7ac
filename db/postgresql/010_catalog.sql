-- The catalog of data versions (schema kenpograph). Each data version's tables live in their own schema,
-- kenpograph_v000001, kenpograph_v000002 … (020_version_tables.sql is one version's tables); this catalog says which
-- versions exist and which one is current. `kenpograph load` runs this file itself (it is idempotent), so a DBA
-- may apply it beforehand or leave it to the loader.

CREATE SCHEMA IF NOT EXISTS kenpograph;

-- One row per version a load began. LOADING: being written, or left by a load that was killed (the next load drops
-- its schema and this row). PUBLISHED: complete, immutable, readable by `kenpograph diff` and `kenpograph rollback`
-- until pruned (Warehouse:KeepPreviousVersions).
CREATE TABLE IF NOT EXISTS kenpograph.warehouse_version (
    id integer NOT NULL,
    state character varying(16) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    published_at timestamp with time zone NULL,
    CONSTRAINT pk_warehouse_version PRIMARY KEY (id),
    CONSTRAINT ck_warehouse_version_state CHECK (state IN ('LOADING', 'PUBLISHED')),
    CONSTRAINT ck_warehouse_version_published CHECK ((state = 'PUBLISHED') = (published_at IS NOT NULL))
);

-- The current version: one row, replaced in the transaction whose commit publishes a version. A request reads it and
-- its version's tables in one REPEATABLE READ READ ONLY transaction, so it sees one version from start to end.
CREATE TABLE IF NOT EXISTS kenpograph.current_version (
    singleton boolean NOT NULL DEFAULT true,
    version_id integer NOT NULL,
    CONSTRAINT pk_current_version PRIMARY KEY (singleton),
    CONSTRAINT ck_current_version_singleton CHECK (singleton),
    CONSTRAINT fk_current_version_warehouse_version FOREIGN KEY (version_id) REFERENCES kenpograph.warehouse_version (id)
);
