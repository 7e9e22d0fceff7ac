-- Facts: primary keys are NONCLUSTERED because each fact table is stored as a clustered columnstore
-- index (040_indexes.sql): BI queries scan a measure across branches and years, and columnstore
-- compresses the narrow, repetitive fact rows about tenfold.

CREATE TABLE [dbo].[fact_observation] (
    [org_unit_code] nchar(2) NOT NULL,
    [fiscal_year] int NOT NULL,
    [measure_code] nvarchar(64) NOT NULL,
    [value] decimal(28,6) NOT NULL,
    [printed_value] nvarchar(32) NOT NULL,
    [printed_unit] nvarchar(16) NOT NULL,
    [basis] nvarchar(24) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(64) NOT NULL,
    [note] nvarchar(1024) NULL,
    CONSTRAINT [PK_fact_observation] PRIMARY KEY NONCLUSTERED ([org_unit_code], [fiscal_year], [measure_code]),
    CONSTRAINT [FK_fact_observation_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_fact_observation_dim_fiscal_year_fiscal_year] FOREIGN KEY ([fiscal_year]) REFERENCES [dbo].[dim_fiscal_year] ([year]),
    CONSTRAINT [FK_fact_observation_dim_measure_measure_code] FOREIGN KEY ([measure_code]) REFERENCES [dbo].[dim_measure] ([code]),
    CONSTRAINT [FK_fact_observation_dim_org_unit_org_unit_code] FOREIGN KEY ([org_unit_code]) REFERENCES [dbo].[dim_org_unit] ([code])
);
GO

CREATE TABLE [dbo].[fact_rollup] (
    [level] nvarchar(16) NOT NULL,
    [unit_code] nvarchar(32) NOT NULL,
    [fiscal_year] int NOT NULL,
    [measure_code] nvarchar(64) NOT NULL,
    [grouping_code] nvarchar(32) NULL,
    [value] decimal(38,12) NULL,
    [numerator] decimal(38,6) NULL,
    [denominator] decimal(38,6) NULL,
    [contributors] int NOT NULL,
    [expected_contributors] int NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [published_value] decimal(28,6) NULL,
    [difference] decimal(38,12) NULL,
    CONSTRAINT [PK_fact_rollup] PRIMARY KEY NONCLUSTERED ([level], [unit_code], [fiscal_year], [measure_code]),
    CONSTRAINT [FK_fact_rollup_dim_fiscal_year_fiscal_year] FOREIGN KEY ([fiscal_year]) REFERENCES [dbo].[dim_fiscal_year] ([year]),
    CONSTRAINT [FK_fact_rollup_dim_measure_measure_code] FOREIGN KEY ([measure_code]) REFERENCES [dbo].[dim_measure] ([code])
);
GO

CREATE TABLE [dbo].[fact_kpi_target] (
    [code] nvarchar(16) NOT NULL,
    [plan_document_code] nvarchar(96) NOT NULL,
    [plan_node_code] nvarchar(64) NULL,
    [org_unit_code] nchar(2) NOT NULL,
    [fiscal_year] int NOT NULL,
    [kpi_code] nvarchar(64) NOT NULL,
    [comparator] nvarchar(8) NULL,
    [rule] nvarchar(32) NOT NULL,
    [threshold] decimal(28,6) NULL,
    [threshold_source] nvarchar(32) NULL,
    [resolved_threshold] decimal(28,6) NULL,
    [threshold_unresolved_reason] nvarchar(1000) NULL,
    [threshold_result_codes] nvarchar(200) NULL,
    [threshold_years] nvarchar(32) NULL,
    [threshold_prior_year_value] decimal(28,6) NULL,
    [threshold_simple_mean_3y] decimal(28,6) NULL,
    [threshold_pooled_3y] decimal(28,6) NULL,
    [threshold_printed_average_3y] decimal(28,6) NULL,
    [threshold_average_form] nvarchar(24) NULL,
    [printed_value] nvarchar(32) NULL,
    [printed_unit] nvarchar(16) NULL,
    [as_of_date] nvarchar(10) NULL,
    [planned_numerator] decimal(28,6) NULL,
    [planned_denominator] decimal(28,6) NULL,
    [target_branch_count] int NULL,
    [status] nvarchar(16) NULL,
    [result_code] nvarchar(16) NULL,
    [published_attainment] nvarchar(24) NULL,
    [result_from_another_document] bit NOT NULL,
    [computed_attainment] nvarchar(24) NULL,
    [attainment_disagrees] bit NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_fact_kpi_target] PRIMARY KEY NONCLUSTERED ([code]),
    CONSTRAINT [FK_fact_kpi_target_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_fact_kpi_target_dim_fiscal_year_fiscal_year] FOREIGN KEY ([fiscal_year]) REFERENCES [dbo].[dim_fiscal_year] ([year]),
    CONSTRAINT [FK_fact_kpi_target_dim_kpi_kpi_code] FOREIGN KEY ([kpi_code]) REFERENCES [dbo].[dim_kpi] ([code]),
    CONSTRAINT [FK_fact_kpi_target_dim_org_unit_org_unit_code] FOREIGN KEY ([org_unit_code]) REFERENCES [dbo].[dim_org_unit] ([code]),
    CONSTRAINT [FK_fact_kpi_target_dim_plan_document_plan_document_code] FOREIGN KEY ([plan_document_code]) REFERENCES [dbo].[dim_plan_document] ([code]),
    CONSTRAINT [FK_fact_kpi_target_dim_plan_node_plan_node_code] FOREIGN KEY ([plan_node_code]) REFERENCES [dbo].[dim_plan_node] ([code])
);
GO

CREATE TABLE [dbo].[fact_kpi_result] (
    [code] nvarchar(16) NOT NULL,
    [plan_document_code] nvarchar(96) NOT NULL,
    [target_code] nvarchar(16) NULL,
    [org_unit_code] nchar(2) NOT NULL,
    [scope] nvarchar(16) NOT NULL,
    [fiscal_year] int NOT NULL,
    [data_fiscal_year] int NOT NULL,
    [period_basis] nvarchar(16) NOT NULL,
    [period_from] int NULL,
    [as_of] nvarchar(10) NULL,
    [kpi_code] nvarchar(64) NOT NULL,
    [value] decimal(28,6) NULL,
    [printed_value] nvarchar(32) NULL,
    [printed_unit] nvarchar(16) NULL,
    [numerator] decimal(28,6) NULL,
    [denominator] decimal(28,6) NULL,
    [printed_attainment] nvarchar(8) NULL,
    [published_attainment] nvarchar(24) NULL,
    [attainment_group] nvarchar(32) NULL,
    [attainment_phrase_ja] nvarchar(256) NULL,
    [target_difference] decimal(28,6) NULL,
    [printed_target_difference] nvarchar(32) NULL,
    [target_difference_unit] nvarchar(16) NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_fact_kpi_result] PRIMARY KEY NONCLUSTERED ([code]),
    CONSTRAINT [FK_fact_kpi_result_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_fact_kpi_result_dim_fiscal_year_fiscal_year] FOREIGN KEY ([fiscal_year]) REFERENCES [dbo].[dim_fiscal_year] ([year]),
    CONSTRAINT [FK_fact_kpi_result_dim_kpi_kpi_code] FOREIGN KEY ([kpi_code]) REFERENCES [dbo].[dim_kpi] ([code]),
    CONSTRAINT [FK_fact_kpi_result_dim_org_unit_org_unit_code] FOREIGN KEY ([org_unit_code]) REFERENCES [dbo].[dim_org_unit] ([code]),
    CONSTRAINT [FK_fact_kpi_result_dim_plan_document_plan_document_code] FOREIGN KEY ([plan_document_code]) REFERENCES [dbo].[dim_plan_document] ([code]),
    CONSTRAINT [FK_fact_kpi_result_fact_kpi_target_target_code] FOREIGN KEY ([target_code]) REFERENCES [dbo].[fact_kpi_target] ([code])
);
GO

CREATE TABLE [dbo].[fact_budget_amount] (
    [line_code] nvarchar(32) NOT NULL,
    [fiscal_year] int NOT NULL,
    [kind] nvarchar(24) NOT NULL,
    [value] decimal(28,6) NULL,
    [printed_value] nvarchar(32) NOT NULL,
    [printed_unit] nvarchar(16) NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_fact_budget_amount] PRIMARY KEY NONCLUSTERED ([line_code], [fiscal_year], [kind]),
    CONSTRAINT [FK_fact_budget_amount_dim_budget_line_line_code] FOREIGN KEY ([line_code]) REFERENCES [dbo].[dim_budget_line] ([code]),
    CONSTRAINT [FK_fact_budget_amount_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_fact_budget_amount_dim_fiscal_year_fiscal_year] FOREIGN KEY ([fiscal_year]) REFERENCES [dbo].[dim_fiscal_year] ([year]),
    CONSTRAINT [FK_fact_budget_amount_dim_unit_printed_unit] FOREIGN KEY ([printed_unit]) REFERENCES [dbo].[dim_unit] ([code])
);
GO

-- Ranks the sources print (indicator 0 = the overall rank); tiny, but a fact like the others.
CREATE TABLE [dbo].[fact_incentive_published_rank] (
    [results_year] int NOT NULL,
    [org_unit_code] nchar(2) NOT NULL,
    [indicator] int NOT NULL,
    [rank] int NOT NULL,
    [document_code] nvarchar(64) NOT NULL,
    [locator] nvarchar(128) NOT NULL,
    [quality] nvarchar(16) NOT NULL,
    [uncertain] bit NOT NULL,
    [note] nvarchar(2048) NULL,
    CONSTRAINT [PK_fact_incentive_published_rank] PRIMARY KEY NONCLUSTERED ([results_year], [org_unit_code], [indicator]),
    CONSTRAINT [FK_fact_incentive_published_rank_dim_document_document_code] FOREIGN KEY ([document_code]) REFERENCES [dbo].[dim_document] ([code]),
    CONSTRAINT [FK_fact_incentive_published_rank_dim_fiscal_year_results_year] FOREIGN KEY ([results_year]) REFERENCES [dbo].[dim_fiscal_year] ([year]),
    CONSTRAINT [FK_fact_incentive_published_rank_dim_org_unit_org_unit_code] FOREIGN KEY ([org_unit_code]) REFERENCES [dbo].[dim_org_unit] ([code])
);
GO
