-- The tables of one data version. `kenpograph load` creates them in a new schema per version (kenpograph_v000001,
-- kenpograph_v000002 …) from the EF Core model, fills them by binary COPY and publishes the version by one commit to
-- kenpograph.current_version (010_catalog.sql); it never changes a published version's tables.
--
-- This file is that DDL as a DBA reads it, without a schema name: `SET search_path TO <schema>;` and run it to see a
-- version's tables. tests/KenpoGraph.Warehouse.Tests/PostgreSql/PostgreSqlDdlTests.cs applies it and the model's own
-- script to two schemas of a real PostgreSQL and compares their catalogs (columns, types, nullability, keys, foreign
-- keys, indexes), so the model and this file cannot drift apart.

CREATE TABLE data_version (
    id integer NOT NULL,
    loaded_at timestamp with time zone NOT NULL,
    input_digest character(64) NOT NULL,
    row_counts_json text NOT NULL,
    CONSTRAINT "PK_data_version" PRIMARY KEY (id)
);

CREATE TABLE dim_fiscal_year (
    year integer NOT NULL,
    wareki_label character varying(16) NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    CONSTRAINT "PK_dim_fiscal_year" PRIMARY KEY (year)
);

CREATE TABLE dim_measure (
    code character varying(64) NOT NULL,
    subject character varying(32) NOT NULL,
    name_ja character varying(128) NOT NULL,
    name_en character varying(128) NOT NULL,
    unit character varying(16) NOT NULL,
    aggregation character varying(16) NOT NULL,
    numerator_code character varying(64),
    denominator_code character varying(64),
    weight_code character varying(64),
    scale numeric(18,6) NOT NULL,
    non_negative boolean NOT NULL,
    description_en character varying(1024) NOT NULL,
    CONSTRAINT "PK_dim_measure" PRIMARY KEY (code)
);

CREATE TABLE dim_org_unit (
    code character(2) NOT NULL,
    kind character varying(16) NOT NULL,
    name_ja character varying(32) NOT NULL,
    name_en character varying(64) NOT NULL,
    official_name_ja character varying(64) NOT NULL,
    official_name_en character varying(128) NOT NULL,
    CONSTRAINT "PK_dim_org_unit" PRIMARY KEY (code)
);

CREATE TABLE dim_region_grouping (
    code character varying(32) NOT NULL,
    name_ja character varying(64) NOT NULL,
    name_en character varying(128) NOT NULL,
    is_default boolean NOT NULL,
    CONSTRAINT "PK_dim_region_grouping" PRIMARY KEY (code)
);

CREATE TABLE dim_unit (
    code character varying(16) NOT NULL,
    base_unit character varying(16) NOT NULL,
    factor numeric(18,0) NOT NULL,
    name_en character varying(64) NOT NULL,
    CONSTRAINT "PK_dim_unit" PRIMARY KEY (code)
);

CREATE TABLE fact_rollup (
    level character varying(16) NOT NULL,
    unit_code character varying(32) NOT NULL,
    fiscal_year integer NOT NULL,
    measure_code character varying(64) NOT NULL,
    grouping_code character varying(32),
    value numeric(38,12),
    numerator numeric(38,6),
    denominator numeric(38,6),
    contributors integer NOT NULL,
    expected_contributors integer NOT NULL,
    quality character varying(16) NOT NULL,
    published_value numeric(28,6),
    difference numeric(38,12),
    CONSTRAINT "PK_fact_rollup" PRIMARY KEY (level, unit_code, fiscal_year, measure_code),
    CONSTRAINT "FK_fact_rollup_dim_fiscal_year_fiscal_year" FOREIGN KEY (fiscal_year) REFERENCES dim_fiscal_year (year),
    CONSTRAINT "FK_fact_rollup_dim_measure_measure_code" FOREIGN KEY (measure_code) REFERENCES dim_measure (code)
);

CREATE TABLE dim_document (
    code character varying(64) NOT NULL,
    file_name character varying(256) NOT NULL,
    org_unit_code character(2) NOT NULL,
    fiscal_year integer NOT NULL,
    kind character varying(32) NOT NULL,
    title_ja character varying(512) NOT NULL,
    title_en character varying(512) NOT NULL,
    locator character varying(256) NOT NULL,
    note character varying(1024),
    CONSTRAINT "PK_dim_document" PRIMARY KEY (code),
    CONSTRAINT "FK_dim_document_dim_fiscal_year_fiscal_year" FOREIGN KEY (fiscal_year) REFERENCES dim_fiscal_year (year),
    CONSTRAINT "FK_dim_document_dim_org_unit_org_unit_code" FOREIGN KEY (org_unit_code) REFERENCES dim_org_unit (code)
);

CREATE TABLE dim_region (
    code character varying(32) NOT NULL,
    grouping_code character varying(32) NOT NULL,
    name_ja character varying(64) NOT NULL,
    name_en character varying(128) NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT "PK_dim_region" PRIMARY KEY (code),
    CONSTRAINT "FK_dim_region_dim_region_grouping_grouping_code" FOREIGN KEY (grouping_code) REFERENCES dim_region_grouping (code)
);

CREATE TABLE check_result (
    id integer NOT NULL,
    "check" character varying(32) NOT NULL,
    subject character varying(128) NOT NULL,
    budget_line_code character varying(32),
    fiscal_year integer,
    amount_kind character varying(24),
    expected numeric(28,6) NOT NULL,
    actual numeric(28,6) NOT NULL,
    difference numeric(28,6) NOT NULL,
    tolerance numeric(28,6) NOT NULL,
    status character varying(24) NOT NULL,
    detail character varying(2048) NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    CONSTRAINT "PK_check_result" PRIMARY KEY (id),
    CONSTRAINT "FK_check_result_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code)
);

CREATE TABLE dim_incentive_scheme (
    code character varying(32) NOT NULL,
    first_results_year integer NOT NULL,
    last_results_year integer,
    name_ja character varying(256),
    name_en character varying(256) NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_dim_incentive_scheme" PRIMARY KEY (code),
    CONSTRAINT "FK_dim_incentive_scheme_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code)
);

CREATE TABLE dim_kpi (
    code character varying(64) NOT NULL,
    scheme character varying(32) NOT NULL,
    name_ja character varying(256) NOT NULL,
    name_en character varying(256) NOT NULL,
    unit character varying(16),
    better_direction character varying(8) NOT NULL,
    numerator_ja character varying(512),
    denominator_ja character varying(512),
    scope_note_en character varying(2048),
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_dim_kpi" PRIMARY KEY (code),
    CONSTRAINT "FK_dim_kpi_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code)
);

CREATE TABLE dim_plan_document (
    code character varying(96) NOT NULL,
    kind character varying(32) NOT NULL,
    scheme character varying(32) NOT NULL,
    org_unit_code character(2) NOT NULL,
    fiscal_year integer NOT NULL,
    title_ja character varying(512),
    subtitle_ja character varying(512),
    title_en character varying(512) NOT NULL,
    title_locator character varying(64),
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_dim_plan_document" PRIMARY KEY (code),
    CONSTRAINT "FK_dim_plan_document_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_dim_plan_document_dim_fiscal_year_fiscal_year" FOREIGN KEY (fiscal_year) REFERENCES dim_fiscal_year (year),
    CONSTRAINT "FK_dim_plan_document_dim_org_unit_org_unit_code" FOREIGN KEY (org_unit_code) REFERENCES dim_org_unit (code)
);

CREATE TABLE fact_incentive_published_rank (
    results_year integer NOT NULL,
    org_unit_code character(2) NOT NULL,
    indicator integer NOT NULL,
    rank integer NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_fact_incentive_published_rank" PRIMARY KEY (results_year, org_unit_code, indicator),
    CONSTRAINT "FK_fact_incentive_published_rank_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_fact_incentive_published_rank_dim_fiscal_year_results_year" FOREIGN KEY (results_year) REFERENCES dim_fiscal_year (year),
    CONSTRAINT "FK_fact_incentive_published_rank_dim_org_unit_org_unit_code" FOREIGN KEY (org_unit_code) REFERENCES dim_org_unit (code)
);

CREATE TABLE fact_observation (
    org_unit_code character(2) NOT NULL,
    fiscal_year integer NOT NULL,
    measure_code character varying(64) NOT NULL,
    value numeric(28,6) NOT NULL,
    printed_value character varying(32) NOT NULL,
    printed_unit character varying(16) NOT NULL,
    basis character varying(24) NOT NULL,
    quality character varying(16) NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(64) NOT NULL,
    note character varying(1024),
    CONSTRAINT "PK_fact_observation" PRIMARY KEY (org_unit_code, fiscal_year, measure_code),
    CONSTRAINT "FK_fact_observation_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_fact_observation_dim_fiscal_year_fiscal_year" FOREIGN KEY (fiscal_year) REFERENCES dim_fiscal_year (year),
    CONSTRAINT "FK_fact_observation_dim_measure_measure_code" FOREIGN KEY (measure_code) REFERENCES dim_measure (code),
    CONSTRAINT "FK_fact_observation_dim_org_unit_org_unit_code" FOREIGN KEY (org_unit_code) REFERENCES dim_org_unit (code)
);

CREATE TABLE dim_region_member (
    grouping_code character varying(32) NOT NULL,
    org_unit_code character(2) NOT NULL,
    region_code character varying(32) NOT NULL,
    CONSTRAINT "PK_dim_region_member" PRIMARY KEY (grouping_code, org_unit_code),
    CONSTRAINT "FK_dim_region_member_dim_org_unit_org_unit_code" FOREIGN KEY (org_unit_code) REFERENCES dim_org_unit (code),
    CONSTRAINT "FK_dim_region_member_dim_region_grouping_grouping_code" FOREIGN KEY (grouping_code) REFERENCES dim_region_grouping (code),
    CONSTRAINT "FK_dim_region_member_dim_region_region_code" FOREIGN KEY (region_code) REFERENCES dim_region (code)
);

CREATE TABLE dim_incentive_scheme_indicator (
    scheme_code character varying(32) NOT NULL,
    number integer NOT NULL,
    measure_code character varying(64) NOT NULL,
    name_ja character varying(256) NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    scores_improvement boolean NOT NULL,
    scores_improvement_basis character varying(16) NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_dim_incentive_scheme_indicator" PRIMARY KEY (scheme_code, number),
    CONSTRAINT "FK_dim_incentive_scheme_indicator_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_dim_incentive_scheme_indicator_dim_incentive_scheme_scheme_~" FOREIGN KEY (scheme_code) REFERENCES dim_incentive_scheme (code),
    CONSTRAINT "FK_dim_incentive_scheme_indicator_dim_measure_measure_code" FOREIGN KEY (measure_code) REFERENCES dim_measure (code)
);

CREATE TABLE dim_incentive_scheme_parameter (
    scheme_code character varying(32) NOT NULL,
    name character varying(64) NOT NULL,
    value character varying(128) NOT NULL,
    basis character varying(16) NOT NULL,
    document_code character varying(64),
    locator character varying(128),
    note character varying(2048),
    CONSTRAINT "PK_dim_incentive_scheme_parameter" PRIMARY KEY (scheme_code, name),
    CONSTRAINT "FK_dim_incentive_scheme_parameter_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_dim_incentive_scheme_parameter_dim_incentive_scheme_scheme_~" FOREIGN KEY (scheme_code) REFERENCES dim_incentive_scheme (code)
);

CREATE TABLE dim_kpi_method_version (
    kpi_code character varying(64) NOT NULL,
    version integer NOT NULL,
    valid_from integer,
    valid_to integer,
    definition_ja character varying(1024),
    definition_en character varying(1024) NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_dim_kpi_method_version" PRIMARY KEY (kpi_code, version),
    CONSTRAINT "FK_dim_kpi_method_version_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_dim_kpi_method_version_dim_kpi_kpi_code" FOREIGN KEY (kpi_code) REFERENCES dim_kpi (code)
);

CREATE TABLE dim_budget_line (
    code character varying(32) NOT NULL,
    plan_document_code character varying(96) NOT NULL,
    parent_code character varying(32),
    sort_order integer NOT NULL,
    depth integer NOT NULL,
    tree_order integer NOT NULL,
    account character varying(24) NOT NULL,
    side character varying(16),
    title_ja character varying(512) NOT NULL,
    title_en character varying(512) NOT NULL,
    description_ja character varying(1024),
    is_new boolean NOT NULL,
    prior_year_lines character varying(256),
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_dim_budget_line" PRIMARY KEY (code),
    CONSTRAINT "FK_dim_budget_line_dim_budget_line_parent_code" FOREIGN KEY (parent_code) REFERENCES dim_budget_line (code),
    CONSTRAINT "FK_dim_budget_line_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_dim_budget_line_dim_plan_document_plan_document_code" FOREIGN KEY (plan_document_code) REFERENCES dim_plan_document (code)
);

CREATE TABLE dim_plan_node (
    code character varying(64) NOT NULL,
    plan_document_code character varying(96) NOT NULL,
    parent_code character varying(64),
    depth integer NOT NULL,
    sort_order integer NOT NULL,
    tree_order integer NOT NULL,
    level character varying(16) NOT NULL,
    ordinal_label character varying(16),
    title_ja character varying(512) NOT NULL,
    title_en character varying(512) NOT NULL,
    body_ja text,
    importance_high boolean NOT NULL,
    difficulty_high boolean NOT NULL,
    is_new boolean NOT NULL,
    is_expanded boolean NOT NULL,
    importance_reason_ja text,
    difficulty_reason_ja text,
    heading_locator character varying(64) NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_dim_plan_node" PRIMARY KEY (code),
    CONSTRAINT "FK_dim_plan_node_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_dim_plan_node_dim_plan_document_plan_document_code" FOREIGN KEY (plan_document_code) REFERENCES dim_plan_document (code),
    CONSTRAINT "FK_dim_plan_node_dim_plan_node_parent_code" FOREIGN KEY (parent_code) REFERENCES dim_plan_node (code)
);

CREATE TABLE fact_budget_amount (
    line_code character varying(32) NOT NULL,
    fiscal_year integer NOT NULL,
    kind character varying(24) NOT NULL,
    value numeric(28,6),
    printed_value character varying(32) NOT NULL,
    printed_unit character varying(16) NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_fact_budget_amount" PRIMARY KEY (line_code, fiscal_year, kind),
    CONSTRAINT "FK_fact_budget_amount_dim_budget_line_line_code" FOREIGN KEY (line_code) REFERENCES dim_budget_line (code),
    CONSTRAINT "FK_fact_budget_amount_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_fact_budget_amount_dim_fiscal_year_fiscal_year" FOREIGN KEY (fiscal_year) REFERENCES dim_fiscal_year (year),
    CONSTRAINT "FK_fact_budget_amount_dim_unit_printed_unit" FOREIGN KEY (printed_unit) REFERENCES dim_unit (code)
);

CREATE TABLE fact_kpi_target (
    code character varying(16) NOT NULL,
    plan_document_code character varying(96) NOT NULL,
    plan_node_code character varying(64),
    org_unit_code character(2) NOT NULL,
    fiscal_year integer NOT NULL,
    kpi_code character varying(64) NOT NULL,
    comparator character varying(8),
    rule character varying(32) NOT NULL,
    threshold numeric(28,6),
    threshold_source character varying(32),
    resolved_threshold numeric(28,6),
    threshold_unresolved_reason character varying(1000),
    threshold_result_codes character varying(200),
    threshold_years character varying(32),
    threshold_prior_year_value numeric(28,6),
    threshold_simple_mean_3y numeric(28,6),
    threshold_pooled_3y numeric(28,6),
    threshold_printed_average_3y numeric(28,6),
    threshold_average_form character varying(24),
    printed_value character varying(32),
    printed_unit character varying(16),
    as_of_date character varying(10),
    planned_numerator numeric(28,6),
    planned_denominator numeric(28,6),
    target_branch_count integer,
    status character varying(16),
    result_code character varying(16),
    published_attainment character varying(24),
    result_from_another_document boolean NOT NULL,
    computed_attainment character varying(24),
    attainment_disagrees boolean NOT NULL,
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_fact_kpi_target" PRIMARY KEY (code),
    CONSTRAINT "FK_fact_kpi_target_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_fact_kpi_target_dim_fiscal_year_fiscal_year" FOREIGN KEY (fiscal_year) REFERENCES dim_fiscal_year (year),
    CONSTRAINT "FK_fact_kpi_target_dim_kpi_kpi_code" FOREIGN KEY (kpi_code) REFERENCES dim_kpi (code),
    CONSTRAINT "FK_fact_kpi_target_dim_org_unit_org_unit_code" FOREIGN KEY (org_unit_code) REFERENCES dim_org_unit (code),
    CONSTRAINT "FK_fact_kpi_target_dim_plan_document_plan_document_code" FOREIGN KEY (plan_document_code) REFERENCES dim_plan_document (code),
    CONSTRAINT "FK_fact_kpi_target_dim_plan_node_plan_node_code" FOREIGN KEY (plan_node_code) REFERENCES dim_plan_node (code)
);

CREATE TABLE fact_kpi_result (
    code character varying(16) NOT NULL,
    plan_document_code character varying(96) NOT NULL,
    target_code character varying(16),
    org_unit_code character(2) NOT NULL,
    scope character varying(16) NOT NULL,
    fiscal_year integer NOT NULL,
    data_fiscal_year integer NOT NULL,
    period_basis character varying(16) NOT NULL,
    period_from integer,
    as_of character varying(10),
    kpi_code character varying(64) NOT NULL,
    value numeric(28,6),
    printed_value character varying(32),
    printed_unit character varying(16),
    numerator numeric(28,6),
    denominator numeric(28,6),
    printed_attainment character varying(8),
    published_attainment character varying(24),
    attainment_group character varying(32),
    attainment_phrase_ja character varying(256),
    target_difference numeric(28,6),
    printed_target_difference character varying(32),
    target_difference_unit character varying(16),
    document_code character varying(64) NOT NULL,
    locator character varying(128) NOT NULL,
    quality character varying(16) NOT NULL,
    uncertain boolean NOT NULL,
    note character varying(2048),
    CONSTRAINT "PK_fact_kpi_result" PRIMARY KEY (code),
    CONSTRAINT "FK_fact_kpi_result_dim_document_document_code" FOREIGN KEY (document_code) REFERENCES dim_document (code),
    CONSTRAINT "FK_fact_kpi_result_dim_fiscal_year_fiscal_year" FOREIGN KEY (fiscal_year) REFERENCES dim_fiscal_year (year),
    CONSTRAINT "FK_fact_kpi_result_dim_kpi_kpi_code" FOREIGN KEY (kpi_code) REFERENCES dim_kpi (code),
    CONSTRAINT "FK_fact_kpi_result_dim_org_unit_org_unit_code" FOREIGN KEY (org_unit_code) REFERENCES dim_org_unit (code),
    CONSTRAINT "FK_fact_kpi_result_dim_plan_document_plan_document_code" FOREIGN KEY (plan_document_code) REFERENCES dim_plan_document (code),
    CONSTRAINT "FK_fact_kpi_result_fact_kpi_target_target_code" FOREIGN KEY (target_code) REFERENCES fact_kpi_target (code)
);

CREATE INDEX "IX_check_result_document_code" ON check_result (document_code);

CREATE INDEX "IX_dim_budget_line_document_code" ON dim_budget_line (document_code);

CREATE INDEX "IX_dim_budget_line_parent_code" ON dim_budget_line (parent_code);

CREATE INDEX "IX_dim_budget_line_plan_document_code" ON dim_budget_line (plan_document_code);

CREATE INDEX "IX_dim_document_fiscal_year" ON dim_document (fiscal_year);

CREATE INDEX "IX_dim_document_org_unit_code" ON dim_document (org_unit_code);

CREATE INDEX "IX_dim_incentive_scheme_document_code" ON dim_incentive_scheme (document_code);

CREATE INDEX "IX_dim_incentive_scheme_indicator_document_code" ON dim_incentive_scheme_indicator (document_code);

CREATE INDEX "IX_dim_incentive_scheme_indicator_measure_code" ON dim_incentive_scheme_indicator (measure_code);

CREATE INDEX "IX_dim_incentive_scheme_parameter_document_code" ON dim_incentive_scheme_parameter (document_code);

CREATE INDEX "IX_dim_kpi_document_code" ON dim_kpi (document_code);

CREATE INDEX "IX_dim_kpi_method_version_document_code" ON dim_kpi_method_version (document_code);

CREATE INDEX "IX_dim_plan_document_document_code" ON dim_plan_document (document_code);

CREATE INDEX "IX_dim_plan_document_fiscal_year" ON dim_plan_document (fiscal_year);

CREATE INDEX "IX_dim_plan_document_org_unit_code" ON dim_plan_document (org_unit_code);

CREATE INDEX "IX_dim_plan_node_document_code" ON dim_plan_node (document_code);

CREATE INDEX "IX_dim_plan_node_parent_code" ON dim_plan_node (parent_code);

CREATE INDEX "IX_dim_plan_node_plan_document_code_tree_order" ON dim_plan_node (plan_document_code, tree_order);

CREATE INDEX "IX_dim_region_grouping_code" ON dim_region (grouping_code);

CREATE INDEX "IX_dim_region_member_org_unit_code" ON dim_region_member (org_unit_code);

CREATE INDEX "IX_dim_region_member_region_code" ON dim_region_member (region_code);

CREATE INDEX "IX_fact_budget_amount_document_code" ON fact_budget_amount (document_code);

CREATE INDEX "IX_fact_budget_amount_fiscal_year" ON fact_budget_amount (fiscal_year);

CREATE INDEX "IX_fact_budget_amount_printed_unit" ON fact_budget_amount (printed_unit);

CREATE INDEX "IX_fact_incentive_published_rank_document_code" ON fact_incentive_published_rank (document_code);

CREATE INDEX "IX_fact_incentive_published_rank_org_unit_code" ON fact_incentive_published_rank (org_unit_code);

CREATE INDEX "IX_fact_kpi_result_document_code" ON fact_kpi_result (document_code);

CREATE INDEX "IX_fact_kpi_result_fiscal_year" ON fact_kpi_result (fiscal_year);

CREATE INDEX "IX_fact_kpi_result_kpi_code_fiscal_year_org_unit_code" ON fact_kpi_result (kpi_code, fiscal_year, org_unit_code);

CREATE INDEX "IX_fact_kpi_result_org_unit_code" ON fact_kpi_result (org_unit_code);

CREATE INDEX "IX_fact_kpi_result_plan_document_code" ON fact_kpi_result (plan_document_code);

CREATE INDEX "IX_fact_kpi_result_target_code" ON fact_kpi_result (target_code);

CREATE INDEX "IX_fact_kpi_target_document_code" ON fact_kpi_target (document_code);

CREATE INDEX "IX_fact_kpi_target_fiscal_year" ON fact_kpi_target (fiscal_year);

CREATE INDEX "IX_fact_kpi_target_kpi_code_fiscal_year_org_unit_code" ON fact_kpi_target (kpi_code, fiscal_year, org_unit_code);

CREATE INDEX "IX_fact_kpi_target_org_unit_code" ON fact_kpi_target (org_unit_code);

CREATE INDEX "IX_fact_kpi_target_plan_document_code" ON fact_kpi_target (plan_document_code);

CREATE INDEX "IX_fact_kpi_target_plan_node_code" ON fact_kpi_target (plan_node_code);

CREATE INDEX "IX_fact_observation_document_code" ON fact_observation (document_code);

CREATE INDEX "IX_fact_observation_fiscal_year" ON fact_observation (fiscal_year);

CREATE INDEX "IX_fact_observation_measure_code_fiscal_year" ON fact_observation (measure_code, fiscal_year);

CREATE INDEX "IX_fact_rollup_fiscal_year" ON fact_rollup (fiscal_year);

CREATE INDEX "IX_fact_rollup_measure_code_fiscal_year_level" ON fact_rollup (measure_code, fiscal_year, level);
