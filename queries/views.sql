-- Views over the curated lake, for DuckDB (1.1 or later).
-- Set the lake root first (the folder that holds projets/, suivi/, enveloppes/, …: the store's curated/,
-- or the curated/ of a `fnavdl pull` copy), then read this file:
--   SET VARIABLE lake = '/path/to/fnavdl-store/curated';
--   .read queries/views.sql
-- Columns come from the files (hive_partitioning = false): the in-file annee and code_region are
-- authoritative and typed (INTEGER, VARCHAR), where the folder names would be guessed (see Lake/README.md).
--
-- Only the CURRENT version of each replacement unit is read. A unit's files carry their version in their
-- name ({table}/annee=…/code_region=…/{name}.{version}.parquet), and the unit records next to curated/
-- (units/…/{unit}.json: unit_key, ingestion_id) say which version is current. A plain glob would also match
-- the files of a version being committed, or of one superseded a moment ago: half a unit.
-- (The unit records are found at <lake>/../units; SET VARIABLE units = '…' if they live elsewhere.)
-- A table with no file yet (e.g. no suivi uploaded) makes its view fail when queried, not when created.

CREATE OR REPLACE VIEW fnavdl_versions_courantes AS
    SELECT unit_key || '#' || ingestion_id AS version
    FROM read_json(coalesce(getvariable('units'), getvariable('lake') || '/../units') || '/**/*.json',
                   columns = {unit_key: 'VARCHAR', ingestion_id: 'VARCHAR'});

-- "{unit key}#{version}" of a curated file, from its path.
CREATE OR REPLACE MACRO fnavdl_cle_version(m) AS
    CASE WHEN struct_extract(m, 'tbl') IN ('suivi', 'enveloppes')
         THEN struct_extract(m, 'tbl') || '/' || struct_extract(m, 'partition')
         ELSE 'projets/' || struct_extract(m, 'partition') || '/appel=' || substr(struct_extract(m, 'stem'), 7) END
    || '#' || struct_extract(m, 'version');
CREATE OR REPLACE MACRO fnavdl_version_du_fichier(chemin) AS
    fnavdl_cle_version(regexp_extract(replace(chemin, '\', '/'),
        '/([a-z_]+)/(annee=[0-9]+/code_region=[A-Za-z0-9]+)/([a-z0-9-]+)\.([A-Za-z0-9_-]+)\.parquet$',
        ['tbl', 'partition', 'stem', 'version']));

-- The current rows of each curated table (spelled out per view: a view is bound when queried, not when created).
CREATE OR REPLACE VIEW projets AS
    SELECT * EXCLUDE (filename) FROM read_parquet(getvariable('lake') || '/projets/**/*.parquet', hive_partitioning = false, filename = true)
    WHERE fnavdl_version_du_fichier(filename) IN (SELECT version FROM fnavdl_versions_courantes);
CREATE OR REPLACE VIEW projets_thematiques AS
    SELECT * EXCLUDE (filename) FROM read_parquet(getvariable('lake') || '/projets_thematiques/**/*.parquet', hive_partitioning = false, filename = true)
    WHERE fnavdl_version_du_fichier(filename) IN (SELECT version FROM fnavdl_versions_courantes);
CREATE OR REPLACE VIEW projets_departements AS
    SELECT * EXCLUDE (filename) FROM read_parquet(getvariable('lake') || '/projets_departements/**/*.parquet', hive_partitioning = false, filename = true)
    WHERE fnavdl_version_du_fichier(filename) IN (SELECT version FROM fnavdl_versions_courantes);
CREATE OR REPLACE VIEW projets_epci AS
    SELECT * EXCLUDE (filename) FROM read_parquet(getvariable('lake') || '/projets_epci/**/*.parquet', hive_partitioning = false, filename = true)
    WHERE fnavdl_version_du_fichier(filename) IN (SELECT version FROM fnavdl_versions_courantes);
CREATE OR REPLACE VIEW projets_co_porteurs AS
    SELECT * EXCLUDE (filename) FROM read_parquet(getvariable('lake') || '/projets_co_porteurs/**/*.parquet', hive_partitioning = false, filename = true)
    WHERE fnavdl_version_du_fichier(filename) IN (SELECT version FROM fnavdl_versions_courantes);
CREATE OR REPLACE VIEW suivi AS
    SELECT * EXCLUDE (filename) FROM read_parquet(getvariable('lake') || '/suivi/**/*.parquet', hive_partitioning = false, filename = true)
    WHERE fnavdl_version_du_fichier(filename) IN (SELECT version FROM fnavdl_versions_courantes);
CREATE OR REPLACE VIEW enveloppes AS
    SELECT * EXCLUDE (filename) FROM read_parquet(getvariable('lake') || '/enveloppes/**/*.parquet', hive_partitioning = false, filename = true)
    WHERE fnavdl_version_du_fichier(filename) IN (SELECT version FROM fnavdl_versions_courantes);
