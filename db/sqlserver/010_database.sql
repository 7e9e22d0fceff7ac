-- Database options for the KenpoGraph warehouse. Run once, in the target database, before the tables.
--
-- A load replaces every table's rows inside one serializable transaction. Each API request reads in one SNAPSHOT
-- transaction (ALLOW_SNAPSHOT_ISOLATION): its version row and every later statement see the database as it was
-- committed when the request began, so a request that straddles a load's commit still reads one version only.
-- READ_COMMITTED_SNAPSHOT keeps other readers (reports, BI tools reading the tables) from blocking on the load's locks.
ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON;
GO
ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
GO
