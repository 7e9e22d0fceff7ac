-- Database options for the KenpoGraph warehouse. Run once, in the target database, before the tables.
--
-- A load writes a new data version into a schema of its own (kenpograph_v000001 …) and publishes it by one commit to
-- the catalog (015_catalog.sql). Each API request reads in one SNAPSHOT transaction (ALLOW_SNAPSHOT_ISOLATION): the
-- current version's row and every later statement see the database as it was committed when the request began, so a
-- request that straddles a publication still reads one version only.
-- READ_COMMITTED_SNAPSHOT keeps other readers (reports, BI tools reading the tables) from blocking on the load's locks.
ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON;
GO
ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
GO
