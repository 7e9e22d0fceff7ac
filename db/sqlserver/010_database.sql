-- Database options for the KenpoGraph warehouse. Run once, in the target database, before the tables.
--
-- A load replaces every table's rows inside one serializable transaction. With read-committed snapshot
-- isolation, readers (the API) are served the previous committed version from the version store while
-- the load runs, instead of blocking on its locks, and see the new version only after it commits.
ALTER DATABASE CURRENT SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE;
GO
