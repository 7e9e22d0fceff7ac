-- Dimensions: rowstore tables with clustered primary keys on their natural keys (JIS codes, fiscal
-- years, measure codes). Parents before children, so every foreign key refers to an existing table.
-- Generated from, and checked against, the EF Core model (tests/KenpoGraph.Warehouse.Tests/SqlServerDdlTests.cs).

CREATE TABLE [dbo].[dim_org_unit] (
    [code] nchar(2) NOT NULL,
    [kind] nvarchar(16) NOT NULL,
    [name_ja] nvarchar(32) NOT NULL,
    [name_en] nvarchar(64) NOT NULL,
    [official_name_ja] nvarchar(64) NOT NULL,
    [official_name_en] nvarchar(128) NOT NULL,
    CONSTRAINT [PK_dim_org_unit] PRIMARY KEY CLUSTERED ([code])
);
GO

CREATE TABLE [dbo].[dim_fiscal_year] (
    [year] int NOT NULL,
    [wareki_label] nvarchar(16) NOT NULL,
    [starts_on] date NOT NULL,
    [ends_on] date NOT NULL,
    CONSTRAINT [PK_dim_fiscal_year] PRIMARY KEY CLUSTERED ([year])
);
GO

CREATE TABLE [dbo].[dim_region_grouping] (
    [code] nvarchar(32) NOT NULL,
    [name_ja] nvarchar(64) NOT NULL,
    [name_en] nvarchar(128) NOT NULL,
    [is_default] bit NOT NULL,
    CONSTRAINT [PK_dim_region_grouping] PRIMARY KEY CLUSTERED ([code])
);
GO

CREATE TABLE [dbo].[dim_region] (
    [code] nvarchar(32) NOT NULL,
    [grouping_code] nvarchar(32) NOT NULL,
    [name_ja] nvarchar(64) NOT NULL,
    [name_en] nvarchar(128) NOT NULL,
    [sort_order] int NOT NULL,
    CONSTRAINT [PK_dim_region] PRIMARY KEY CLUSTERED ([code]),
    CONSTRAINT [FK_dim_region_dim_region_grouping_grouping_code] FOREIGN KEY ([grouping_code]) REFERENCES [dbo].[dim_region_grouping] ([code])
);
GO

CREATE TABLE [dbo].[dim_region_member] (
    [grouping_code] nvarchar(32) NOT NULL,
    [org_unit_code] nchar(2) NOT NULL,
    [region_code] nvarchar(32) NOT NULL,
    CONSTRAINT [PK_dim_region_member] PRIMARY KEY CLUSTERED ([grouping_code], [org_unit_code]),
    CONSTRAINT [FK_dim_region_member_dim_org_unit_org_unit_code] FOREIGN KEY ([org_unit_code]) REFERENCES [dbo].[dim_org_unit] ([code]),
    CONSTRAINT [FK_dim_region_member_dim_region_grouping_grouping_code] FOREIGN KEY ([grouping_code]) REFERENCES [dbo].[dim_region_grouping] ([code]),
    CONSTRAINT [FK_dim_region_member_dim_region_region_code] FOREIGN KEY ([region_code]) REFERENCES [dbo].[dim_region] ([code])
);
GO

CREATE TABLE [dbo].[dim_document] (
    [code] nvarchar(64) NOT NULL,
    [file_name] nvarchar(256) NOT NULL,
    [org_unit_code] nchar(2) NOT NULL,
    [fiscal_year] int NOT NULL,
    [kind] nvarchar(32) NOT NULL,
    [title_ja] nvarchar(512) NOT NULL,
    [title_en] nvarchar(512) NOT NULL,
    [locator] nvarchar(256) NOT NULL,
    [note] nvarchar(1024) NULL,
    CONSTRAINT [PK_dim_document] PRIMARY KEY CLUSTERED ([code]),
    CONSTRAINT [FK_dim_document_dim_fiscal_year_fiscal_year] FOREIGN KEY ([fiscal_year]) REFERENCES [dbo].[dim_fiscal_year] ([year]),
    CONSTRAINT [FK_dim_document_dim_org_unit_org_unit_code] FOREIGN KEY ([org_unit_code]) REFERENCES [dbo].[dim_org_unit] ([code])
);
GO

CREATE TABLE [dbo].[dim_unit] (
    [code] nvarchar(16) NOT NULL,
    [base_unit] nvarchar(16) NOT NULL,
    [factor] decimal(18,0) NOT NULL,
    [name_en] nvarchar(64) NOT NULL,
    CONSTRAINT [PK_dim_unit] PRIMARY KEY CLUSTERED ([code])
);
GO

CREATE TABLE [dbo].[dim_measure] (
    [code] nvarchar(64) NOT NULL,
    [subject] nvarchar(32) NOT NULL,
    [name_ja] nvarchar(128) NOT NULL,
    [name_en] nvarchar(128) NOT NULL,
    [unit] nvarchar(16) NOT NULL,
    [aggregation] nvarchar(16) NOT NULL,
    [numerator_code] nvarchar(64) NULL,
    [denominator_code] nvarchar(64) NULL,
    [weight_code] nvarchar(64) NULL,
    [scale] decimal(18,6) NOT NULL,
    [non_negative] bit NOT NULL,
    [description_en] nvarchar(1024) NOT NULL,
    CONSTRAINT [PK_dim_measure] PRIMARY KEY CLUSTERED ([code])
);
GO

CREATE TABLE [dbo].[dim_plan_document] (
    [code] nvarchar(96) NOT NULL,
    [kind] nvarchar(32) NOT NULL,
    [scheme] nvarchar(32) NOT NULL,
    [org_unit_code] nchar(2) NOT NULL,
    [fiscal_year] int NOT NULL,
    [title_ja] nvarchar(512) NULL,
    [subtitle_ja] nvarchar(512) NULL,
    [title_en] nvarchar(512) NOT NULL,
    [title_locator] nvarchar(64) NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_dim_plan_document] PRIMARY KEY CLUSTERED ([code]),
    CONSTRAINT [FK_dim_plan_document_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_dim_plan_document_dim_fiscal_year_fiscal_year] FOREIGN KEY ([fiscal_year]) REFERENCES [dbo].[dim_fiscal_year] ([year]),
    CONSTRAINT [FK_dim_plan_document_dim_org_unit_org_unit_code] FOREIGN KEY ([org_unit_code]) REFERENCES [dbo].[dim_org_unit] ([code])
);
GO

CREATE TABLE [dbo].[dim_plan_node] (
    [code] nvarchar(64) NOT NULL,
    [plan_document_code] nvarchar(96) NOT NULL,
    [parent_code] nvarchar(64) NULL,
    [depth] int NOT NULL,
    [sort_order] int NOT NULL,
    [tree_order] int NOT NULL,
    [level] nvarchar(16) NOT NULL,
    [ordinal_label] nvarchar(16) NULL,
    [title_ja] nvarchar(512) NOT NULL,
    [title_en] nvarchar(512) NOT NULL,
    [body_ja] nvarchar(max) NULL,
    [importance_high] bit NOT NULL,
    [difficulty_high] bit NOT NULL,
    [is_new] bit NOT NULL,
    [is_expanded] bit NOT NULL,
    [importance_reason_ja] nvarchar(max) NULL,
    [difficulty_reason_ja] nvarchar(max) NULL,
    [heading_locator] nvarchar(64) NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_dim_plan_node] PRIMARY KEY CLUSTERED ([code]),
    CONSTRAINT [FK_dim_plan_node_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_dim_plan_node_dim_plan_document_plan_document_code] FOREIGN KEY ([plan_document_code]) REFERENCES [dbo].[dim_plan_document] ([code]),
    CONSTRAINT [FK_dim_plan_node_dim_plan_node_parent_code] FOREIGN KEY ([parent_code]) REFERENCES [dbo].[dim_plan_node] ([code])
);
GO

CREATE TABLE [dbo].[dim_kpi] (
    [code] nvarchar(64) NOT NULL,
    [scheme] nvarchar(32) NOT NULL,
    [name_ja] nvarchar(256) NOT NULL,
    [name_en] nvarchar(256) NOT NULL,
    [unit] nvarchar(16) NULL,
    [better_direction] nvarchar(8) NOT NULL,
    [numerator_ja] nvarchar(512) NULL,
    [denominator_ja] nvarchar(512) NULL,
    [scope_note_en] nvarchar(2048) NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_dim_kpi] PRIMARY KEY CLUSTERED ([code]),
    CONSTRAINT [FK_dim_kpi_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code])
);
GO

CREATE TABLE [dbo].[dim_kpi_method_version] (
    [kpi_code] nvarchar(64) NOT NULL,
    [version] int NOT NULL,
    [valid_from] int NULL,
    [valid_to] int NULL,
    [definition_ja] nvarchar(1024) NULL,
    [definition_en] nvarchar(1024) NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_dim_kpi_method_version] PRIMARY KEY CLUSTERED ([kpi_code], [version]),
    CONSTRAINT [FK_dim_kpi_method_version_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_dim_kpi_method_version_dim_kpi_kpi_code] FOREIGN KEY ([kpi_code]) REFERENCES [dbo].[dim_kpi] ([code])
);
GO

CREATE TABLE [dbo].[dim_budget_line] (
    [code] nvarchar(32) NOT NULL,
    [plan_document_code] nvarchar(96) NOT NULL,
    [parent_code] nvarchar(32) NULL,
    [sort_order] int NOT NULL,
    [depth] int NOT NULL,
    [tree_order] int NOT NULL,
    [account] nvarchar(24) NOT NULL,
    [side] nvarchar(16) NULL,
    [title_ja] nvarchar(512) NOT NULL,
    [title_en] nvarchar(512) NOT NULL,
    [description_ja] nvarchar(1024) NULL,
    [is_new] bit NOT NULL,
    [prior_year_lines] nvarchar(256) NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_dim_budget_line] PRIMARY KEY CLUSTERED ([code]),
    CONSTRAINT [FK_dim_budget_line_dim_budget_line_parent_code] FOREIGN KEY ([parent_code]) REFERENCES [dbo].[dim_budget_line] ([code]),
    CONSTRAINT [FK_dim_budget_line_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_dim_budget_line_dim_plan_document_plan_document_code] FOREIGN KEY ([plan_document_code]) REFERENCES [dbo].[dim_plan_document] ([code])
);
GO

CREATE TABLE [dbo].[dim_incentive_scheme] (
    [code] nvarchar(32) NOT NULL,
    [first_results_year] int NOT NULL,
    [last_results_year] int NULL,
    [name_ja] nvarchar(256) NULL,
    [name_en] nvarchar(256) NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_dim_incentive_scheme] PRIMARY KEY CLUSTERED ([code]),
    CONSTRAINT [FK_dim_incentive_scheme_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code])
);
GO

CREATE TABLE [dbo].[dim_incentive_scheme_parameter] (
    [scheme_code] nvarchar(32) NOT NULL,
    [name] nvarchar(64) NOT NULL,
    [value] nvarchar(128) NOT NULL,
    [basis] nvarchar(16) NOT NULL,
    [document_code] nvarchar(64) NULL,
    [locator] nvarchar(128) NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_dim_incentive_scheme_parameter] PRIMARY KEY CLUSTERED ([scheme_code], [name]),
    CONSTRAINT [FK_dim_incentive_scheme_parameter_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_dim_incentive_scheme_parameter_dim_incentive_scheme_scheme_code] FOREIGN KEY ([scheme_code]) REFERENCES [dbo].[dim_incentive_scheme] ([code])
);
GO

CREATE TABLE [dbo].[dim_incentive_scheme_indicator] (
    [scheme_code] nvarchar(32) NOT NULL,
    [number] int NOT NULL,
    [measure_code] nvarchar(64) NOT NULL,
    [name_ja] nvarchar(256) NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [scores_improvement] bit NOT NULL,
    [scores_improvement_basis] nvarchar(16) NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_dim_incentive_scheme_indicator] PRIMARY KEY CLUSTERED ([scheme_code], [number]),
    CONSTRAINT [FK_dim_incentive_scheme_indicator_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_dim_incentive_scheme_indicator_dim_incentive_scheme_scheme_code] FOREIGN KEY ([scheme_code]) REFERENCES [dbo].[dim_incentive_scheme] ([code]),
    CONSTRAINT [FK_dim_incentive_scheme_indicator_dim_measure_measure_code] FOREIGN KEY ([measure_code]) REFERENCES [dbo].[dim_measure] ([code])
);
GO
