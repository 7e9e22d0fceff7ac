-- Roles for the two logins (create the logins or contained users separately, then add them as members):
--   kenpograph_reader  the API: reads the catalog and every version's tables, nothing else.
--   kenpograph_loader  the `load` and `rollback` commands: creates one schema per data version (kenpograph_v000001 …),
--                      which it then owns, fills it, publishes it in the catalog and drops versions beyond
--                      Warehouse:KeepPreviousVersions.
-- Example: CREATE USER [kenpograph-api] FROM EXTERNAL PROVIDER; ALTER ROLE kenpograph_reader ADD MEMBER [kenpograph-api];

CREATE ROLE [kenpograph_reader];
GO
-- SELECT on the database: every schema, including the version schemas the loader creates after this grant.
GRANT SELECT TO [kenpograph_reader];
GO

CREATE ROLE [kenpograph_loader];
GO
-- A version's schema and tables (the creator owns the schema, so it may fill and later drop it); SELECT for diff.
GRANT CREATE SCHEMA, CREATE TABLE, SELECT TO [kenpograph_loader];
GO
-- The catalog (015_catalog.sql): registering, publishing and forgetting versions.
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::[kenpograph] TO [kenpograph_loader];
GO
