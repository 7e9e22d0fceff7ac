-- Roles for the two logins (create the logins separately, then grant them these roles):
--   kenpograph_reader  the API: reads the catalog and every version's tables, nothing else.
--   kenpograph_loader  `kenpograph load` and `kenpograph rollback`: creates one schema per version, writes the catalog,
--                      drops versions beyond Warehouse:KeepPreviousVersions.
-- Run as the database owner, in the warehouse database, after 010_catalog.sql.
-- Example: CREATE ROLE kenpograph_api LOGIN IN ROLE kenpograph_reader;  (password or certificate set by the DBA)

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kenpograph_reader') THEN
        CREATE ROLE kenpograph_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kenpograph_loader') THEN
        CREATE ROLE kenpograph_loader NOLOGIN;
    END IF;
END
$$;

-- The loader creates version schemas (CREATE on the database) and owns the catalog it writes.
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO kenpograph_loader', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO kenpograph_reader', current_database());
END
$$;
ALTER SCHEMA kenpograph OWNER TO kenpograph_loader;
ALTER TABLE kenpograph.warehouse_version OWNER TO kenpograph_loader;
ALTER TABLE kenpograph.current_version OWNER TO kenpograph_loader;

-- The reader: the catalog now, and every schema and table the loader creates from now on.
GRANT USAGE ON SCHEMA kenpograph TO kenpograph_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA kenpograph TO kenpograph_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE kenpograph_loader GRANT USAGE ON SCHEMAS TO kenpograph_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE kenpograph_loader GRANT SELECT ON TABLES TO kenpograph_reader;
