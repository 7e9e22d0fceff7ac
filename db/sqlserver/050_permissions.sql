-- Roles for the two logins (create the logins or contained users separately, then add them as members):
--   kenpograph_reader  the API: reads every table, nothing else.
--   kenpograph_loader  the `load` command: replaces every table's rows in one transaction.
-- Example: CREATE USER [kenpograph-api] FROM EXTERNAL PROVIDER; ALTER ROLE kenpograph_reader ADD MEMBER [kenpograph-api];

CREATE ROLE [kenpograph_reader];
GO
GRANT SELECT ON SCHEMA::[dbo] TO [kenpograph_reader];
GO

CREATE ROLE [kenpograph_loader];
GO
-- DELETE + INSERT: the loader clears each table (children first) and bulk-inserts the new rows;
-- SELECT: it reads the highest data_version id and checks that the tables exist.
GRANT SELECT, INSERT, DELETE ON SCHEMA::[dbo] TO [kenpograph_loader];
GO
