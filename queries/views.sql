-- Views over the curated lake, for DuckDB (1.1 or later).
-- Set the lake root first (the folder that holds projets/, suivi/, enveloppes/, …: the store's curated/):
--   SET VARIABLE lake = '/path/to/fnavdl-store/curated';
--   .read queries/views.sql
-- Columns come from the files (hive_partitioning = false): the in-file annee and code_region are
-- authoritative and typed (INTEGER, VARCHAR), where the folder names would be guessed (see Lake/README.md).
-- A table with no file yet (e.g. no suivi uploaded) makes its view fail when queried, not when created.

CREATE OR REPLACE VIEW projets AS
    SELECT * FROM read_parquet(getvariable('lake') || '/projets/**/*.parquet', hive_partitioning = false);
CREATE OR REPLACE VIEW projets_thematiques AS
    SELECT * FROM read_parquet(getvariable('lake') || '/projets_thematiques/**/*.parquet', hive_partitioning = false);
CREATE OR REPLACE VIEW projets_departements AS
    SELECT * FROM read_parquet(getvariable('lake') || '/projets_departements/**/*.parquet', hive_partitioning = false);
CREATE OR REPLACE VIEW projets_epci AS
    SELECT * FROM read_parquet(getvariable('lake') || '/projets_epci/**/*.parquet', hive_partitioning = false);
CREATE OR REPLACE VIEW projets_co_porteurs AS
    SELECT * FROM read_parquet(getvariable('lake') || '/projets_co_porteurs/**/*.parquet', hive_partitioning = false);
CREATE OR REPLACE VIEW suivi AS
    SELECT * FROM read_parquet(getvariable('lake') || '/suivi/**/*.parquet', hive_partitioning = false);
CREATE OR REPLACE VIEW enveloppes AS
    SELECT * FROM read_parquet(getvariable('lake') || '/enveloppes/**/*.parquet', hive_partitioning = false);
