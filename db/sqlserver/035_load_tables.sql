-- Load bookkeeping: data_version (one row per published load; the current version is the highest id)
-- and check_result (the checks the loader ran on published figures).

CREATE TABLE [dbo].[data_version] (
    [id] int NOT NULL,
    [loaded_at] datetimeoffset NOT NULL,
    [input_digest] nchar(64) NOT NULL,
    [row_counts_json] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_data_version] PRIMARY KEY CLUSTERED ([id])
);
GO

CREATE TABLE [dbo].[check_result] (
    [id] int NOT NULL,
    [check] nvarchar(32) NOT NULL,
    [subject] nvarchar(128) NOT NULL,
    [budget_line_code] nvarchar(32) NULL,
    [fiscal_year] int NULL,
    [amount_kind] nvarchar(24) NULL,
    [expected] decimal(28,6) NOT NULL,
    [actual] decimal(28,6) NOT NULL,
    [difference] decimal(28,6) NOT NULL,
    [tolerance] decimal(28,6) NOT NULL,
    [status] nvarchar(24) NOT NULL,
    [detail] nvarchar(2048) NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    CONSTRAINT [PK_check_result] PRIMARY KEY CLUSTERED ([id]),
    CONSTRAINT [FK_check_result_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code])
);
GO

