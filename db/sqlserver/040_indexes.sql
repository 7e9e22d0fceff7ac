-- Clustered columnstore indexes on the fact tables, then the rowstore indexes the EF Core model
-- declares (foreign-key lookups and the API's filter columns).

CREATE CLUSTERED COLUMNSTORE INDEX [CCI_fact_observation] ON [dbo].[fact_observation];
GO

CREATE CLUSTERED COLUMNSTORE INDEX [CCI_fact_rollup] ON [dbo].[fact_rollup];
GO

CREATE CLUSTERED COLUMNSTORE INDEX [CCI_fact_kpi_target] ON [dbo].[fact_kpi_target];
GO

CREATE CLUSTERED COLUMNSTORE INDEX [CCI_fact_kpi_result] ON [dbo].[fact_kpi_result];
GO

CREATE CLUSTERED COLUMNSTORE INDEX [CCI_fact_budget_amount] ON [dbo].[fact_budget_amount];
GO

CREATE CLUSTERED COLUMNSTORE INDEX [CCI_fact_incentive_published_rank] ON [dbo].[fact_incentive_published_rank];
GO

CREATE NONCLUSTERED INDEX [IX_check_result_document_code] ON [dbo].[check_result] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_budget_line_document_code] ON [dbo].[dim_budget_line] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_budget_line_parent_code] ON [dbo].[dim_budget_line] ([parent_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_budget_line_plan_document_code] ON [dbo].[dim_budget_line] ([plan_document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_document_fiscal_year] ON [dbo].[dim_document] ([fiscal_year]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_document_org_unit_code] ON [dbo].[dim_document] ([org_unit_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_kpi_document_code] ON [dbo].[dim_kpi] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_kpi_method_version_document_code] ON [dbo].[dim_kpi_method_version] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_plan_document_document_code] ON [dbo].[dim_plan_document] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_plan_document_fiscal_year] ON [dbo].[dim_plan_document] ([fiscal_year]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_plan_document_org_unit_code] ON [dbo].[dim_plan_document] ([org_unit_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_plan_node_document_code] ON [dbo].[dim_plan_node] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_plan_node_parent_code] ON [dbo].[dim_plan_node] ([parent_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_plan_node_plan_document_code_tree_order] ON [dbo].[dim_plan_node] ([plan_document_code], [tree_order]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_region_grouping_code] ON [dbo].[dim_region] ([grouping_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_region_member_org_unit_code] ON [dbo].[dim_region_member] ([org_unit_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_region_member_region_code] ON [dbo].[dim_region_member] ([region_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_budget_amount_document_code] ON [dbo].[fact_budget_amount] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_budget_amount_fiscal_year] ON [dbo].[fact_budget_amount] ([fiscal_year]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_budget_amount_printed_unit] ON [dbo].[fact_budget_amount] ([printed_unit]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_result_document_code] ON [dbo].[fact_kpi_result] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_result_fiscal_year] ON [dbo].[fact_kpi_result] ([fiscal_year]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_result_kpi_code_fiscal_year_org_unit_code] ON [dbo].[fact_kpi_result] ([kpi_code], [fiscal_year], [org_unit_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_result_org_unit_code] ON [dbo].[fact_kpi_result] ([org_unit_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_result_plan_document_code] ON [dbo].[fact_kpi_result] ([plan_document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_result_target_code] ON [dbo].[fact_kpi_result] ([target_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_target_document_code] ON [dbo].[fact_kpi_target] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_target_fiscal_year] ON [dbo].[fact_kpi_target] ([fiscal_year]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_target_kpi_code_fiscal_year_org_unit_code] ON [dbo].[fact_kpi_target] ([kpi_code], [fiscal_year], [org_unit_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_target_org_unit_code] ON [dbo].[fact_kpi_target] ([org_unit_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_target_plan_document_code] ON [dbo].[fact_kpi_target] ([plan_document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_kpi_target_plan_node_code] ON [dbo].[fact_kpi_target] ([plan_node_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_observation_document_code] ON [dbo].[fact_observation] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_observation_fiscal_year] ON [dbo].[fact_observation] ([fiscal_year]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_observation_measure_code_fiscal_year] ON [dbo].[fact_observation] ([measure_code], [fiscal_year]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_rollup_fiscal_year] ON [dbo].[fact_rollup] ([fiscal_year]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_rollup_measure_code_fiscal_year_level] ON [dbo].[fact_rollup] ([measure_code], [fiscal_year], [level]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_incentive_scheme_document_code] ON [dbo].[dim_incentive_scheme] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_incentive_scheme_parameter_document_code] ON [dbo].[dim_incentive_scheme_parameter] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_incentive_scheme_indicator_document_code] ON [dbo].[dim_incentive_scheme_indicator] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_dim_incentive_scheme_indicator_measure_code] ON [dbo].[dim_incentive_scheme_indicator] ([measure_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_incentive_published_rank_document_code] ON [dbo].[fact_incentive_published_rank] ([document_code]);
GO

CREATE NONCLUSTERED INDEX [IX_fact_incentive_published_rank_org_unit_code] ON [dbo].[fact_incentive_published_rank] ([org_unit_code]);
GO
