-- The same views for Azure Synapse serverless SQL, over the curated container (Hive layout), and the gold
-- container's indicators and dimension tables (regions, thematiques).
-- GENERATED from the table definitions (functions/Fnavdl.Core/Schema/Definition): do not edit by hand,
-- regenerate with `fnavdl schema --sql synapse > queries/synapse/views.sql` (see queries/README.md).
-- Replace <account> with the storage account (or create an EXTERNAL DATA SOURCE and use relative paths).
-- Serverless SQL adds nothing for the annee=/code_region= folders unless asked (filepath()); the
-- in-file annee and code_region columns are used, as in DuckDB. Run in a user database, not master.
-- The WITH clause types every column (strings as UTF-8); a column a file lacks reads as NULL.
-- Only the CURRENT file of each replacement unit is read: each region's manifest (curated/manifestes/{code_region}.csv,
-- view versions_courantes) names the current file of each of its units (fichier: annee=…/code_region=…/{name}.{version}.parquet,
-- its path under each table folder of the unit), and a curated view keeps the rows of a file only if a manifest names it
-- (filepath(1), (2), (3) are what the three wildcards matched). A deposit is committed by replacing its region's manifest
-- in one write, so a view shows every unit of a deposit old or every one new; a bare OPENROWSET over the folders would
-- also read a version being committed, one just superseded, or what a killed commit left.
-- As in DuckDB, the deposit's lineage is joined back from the unit's depots file, a bridge's project key from its projets
-- row (same fichier, same num_projet), and cle_projet is computed.

-- versions_courantes : les manifestes des régions, une ligne par unité de remplacement et sa version courante.
CREATE OR ALTER VIEW dbo.versions_courantes AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/curated/manifestes/*.csv',
    FORMAT = 'CSV', PARSER_VERSION = '2.0', HEADER_ROW = TRUE, FIELDTERMINATOR = ',', FIELDQUOTE = '"', ROWTERMINATOR = '0x0a')
WITH (
    unite VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8, -- Unité de remplacement : projets/annee=…/code_region=…/appel=…, suivi/annee=…/code_region=…, enveloppes/annee=…/code_region=….
    fichier VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8, -- Chemin du fichier courant de l'unité sous le dossier de chaque table de l'unité (les cinq tables projets partagent le même) : annee=…/code_region=…/{nom}.{id_ingestion}.parquet.
    id_ingestion VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8, -- Version courante de l'unité : l'ingestion qui a écrit ses fichiers.
    horodatage_depot VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8, -- Horodatage du dépôt de cette version (ISO 8601, UTC) : le dépôt le plus récent l'emporte.
    source_sha256 VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8, -- SHA-256 du fichier déposé.
    source_chemin VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8 -- Chemin du fichier déposé, sous uploads/.
) AS manifestes;
GO

-- projets : Projets financés par le FNAVDL. Une ligne par projet financé : appel à projets régional, porteur, thématiques, territoires et montants.
CREATE OR ALTER VIEW dbo.projets AS
WITH t AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        annee INT,
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        appel_a_projets VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        date_decision DATE,
        id_projet VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        num_projet INT,
        intitule VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        porteur VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        type_porteur VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        siren_porteur VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        co_portage BIT,
        co_portage_derive BIT,
        portage_bailleur BIT,
        epci_implique BIT,
        thematiques VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        departements VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        epci VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        co_porteurs VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        nb_thematiques INT,
        nb_departements INT,
        nb_epci INT,
        nb_co_porteurs INT,
        montant_accorde DECIMAL(18,2),
        montant_demande DECIMAL(18,2),
        menages_prevus INT,
        duree_mois INT,
        volet VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        source_feuille VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        source_ligne INT,
        id_ingestion VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
), d AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/depots/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_ingestion VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        horodatage_depot DATETIME2(3),
        source_sha256 VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        source_chemin VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
)
SELECT
    t.annee,
    t.code_region,
    t.appel_a_projets,
    t.date_decision,
    t.id_projet,
    CONCAT(t.annee, '|', t.code_region, '|', REPLACE(REPLACE(t.appel_a_projets, '\', '\\'), '|', '\|'), '|', REPLACE(REPLACE(t.id_projet, '\', '\\'), '|', '\|')) AS cle_projet,
    t.num_projet,
    t.intitule,
    t.porteur,
    t.type_porteur,
    t.siren_porteur,
    t.co_portage,
    t.co_portage_derive,
    t.portage_bailleur,
    t.epci_implique,
    t.thematiques,
    t.departements,
    t.epci,
    t.co_porteurs,
    t.nb_thematiques,
    t.nb_departements,
    t.nb_epci,
    t.nb_co_porteurs,
    t.montant_accorde,
    t.montant_demande,
    t.menages_prevus,
    t.duree_mois,
    t.volet,
    d.source_chemin,
    d.source_sha256,
    t.source_feuille,
    t.source_ligne,
    t.id_ingestion,
    d.horodatage_depot
FROM t
LEFT JOIN d ON d.fichier = t.fichier;
GO

-- projets_thematiques : Thématiques des projets. Une ligne par projet et thématique, avec la part du montant accordé attribuée à la thématique.
CREATE OR ALTER VIEW dbo.projets_thematiques AS
WITH t AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets_thematiques/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        num_projet INT,
        thematique VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        libelle_source VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        poids FLOAT,
        montant_pondere DECIMAL(18,2)
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
), p AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        annee INT,
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        appel_a_projets VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_projet VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        num_projet INT
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
)
SELECT
    p.annee,
    p.code_region,
    p.appel_a_projets,
    p.id_projet,
    CONCAT(p.annee, '|', p.code_region, '|', REPLACE(REPLACE(p.appel_a_projets, '\', '\\'), '|', '\|'), '|', REPLACE(REPLACE(p.id_projet, '\', '\\'), '|', '\|')) AS cle_projet,
    t.num_projet,
    t.thematique,
    t.libelle_source,
    t.poids,
    t.montant_pondere
FROM t
LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet;
GO

-- projets_departements : Départements des projets. Une ligne par projet et département où il agit.
CREATE OR ALTER VIEW dbo.projets_departements AS
WITH t AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets_departements/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        num_projet INT,
        code_departement VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
), p AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        annee INT,
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        appel_a_projets VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_projet VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        num_projet INT
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
)
SELECT
    p.annee,
    p.code_region,
    p.appel_a_projets,
    p.id_projet,
    CONCAT(p.annee, '|', p.code_region, '|', REPLACE(REPLACE(p.appel_a_projets, '\', '\\'), '|', '\|'), '|', REPLACE(REPLACE(p.id_projet, '\', '\\'), '|', '\|')) AS cle_projet,
    t.num_projet,
    t.code_departement
FROM t
LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet;
GO

-- projets_epci : EPCI partenaires des projets. Une ligne par projet et EPCI partenaire.
CREATE OR ALTER VIEW dbo.projets_epci AS
WITH t AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets_epci/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        num_projet INT,
        siren_epci VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
), p AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        annee INT,
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        appel_a_projets VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_projet VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        num_projet INT
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
)
SELECT
    p.annee,
    p.code_region,
    p.appel_a_projets,
    p.id_projet,
    CONCAT(p.annee, '|', p.code_region, '|', REPLACE(REPLACE(p.appel_a_projets, '\', '\\'), '|', '\|'), '|', REPLACE(REPLACE(p.id_projet, '\', '\\'), '|', '\|')) AS cle_projet,
    t.num_projet,
    t.siren_epci
FROM t
LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet;
GO

-- projets_co_porteurs : Co-porteurs des projets. Une ligne par projet et co-porteur, dans l'ordre du fichier.
CREATE OR ALTER VIEW dbo.projets_co_porteurs AS
WITH t AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets_co_porteurs/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        num_projet INT,
        rang INT,
        co_porteur VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        type_co_porteur VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
), p AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/projets/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        annee INT,
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        appel_a_projets VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_projet VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        num_projet INT
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
)
SELECT
    p.annee,
    p.code_region,
    p.appel_a_projets,
    p.id_projet,
    CONCAT(p.annee, '|', p.code_region, '|', REPLACE(REPLACE(p.appel_a_projets, '\', '\\'), '|', '\|'), '|', REPLACE(REPLACE(p.id_projet, '\', '\\'), '|', '\|')) AS cle_projet,
    t.num_projet,
    t.rang,
    t.co_porteur,
    t.type_co_porteur
FROM t
LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet;
GO

-- suivi : Suivi annuel des projets FNAVDL. Une ligne par projet et année d'activité : ménages accompagnés, sorties, relogements, maintiens et dépenses.
CREATE OR ALTER VIEW dbo.suivi AS
WITH t AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/suivi/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        annee INT,
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_projet VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        menages_accompagnes INT,
        menages_sortis INT,
        relogements INT,
        maintiens INT,
        montant_consomme DECIMAL(18,2),
        source_feuille VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        source_ligne INT,
        id_ingestion VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
), d AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/depots/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_ingestion VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        horodatage_depot DATETIME2(3),
        source_sha256 VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        source_chemin VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
)
SELECT
    t.annee,
    t.code_region,
    t.id_projet,
    t.menages_accompagnes,
    t.menages_sortis,
    t.relogements,
    t.maintiens,
    t.montant_consomme,
    d.source_chemin,
    d.source_sha256,
    t.source_feuille,
    t.source_ligne,
    t.id_ingestion,
    d.horodatage_depot
FROM t
LEFT JOIN d ON d.fichier = t.fichier;
GO

-- enveloppes : Enveloppes régionales FNAVDL. Une ligne par année : l'enveloppe de crédits FNAVDL notifiée à la région.
CREATE OR ALTER VIEW dbo.enveloppes AS
WITH t AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/enveloppes/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        annee INT,
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        enveloppe DECIMAL(18,2),
        source_feuille VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        source_ligne INT,
        id_ingestion VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
), d AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/depots/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_ingestion VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        horodatage_depot DATETIME2(3),
        source_sha256 VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        source_chemin VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
)
SELECT
    t.annee,
    t.code_region,
    t.enveloppe,
    d.source_chemin,
    d.source_sha256,
    t.source_feuille,
    t.source_ligne,
    t.id_ingestion,
    d.horodatage_depot
FROM t
LEFT JOIN d ON d.fichier = t.fichier;
GO

-- depots : Dépôts intégrés. Une ligne par version de fichier déposé dont une unité au moins est courante : chemin, empreinte, identifiant d'intégration et heure d'arrivée.
CREATE OR ALTER VIEW dbo.depots AS
WITH t AS (
    SELECT rows.*, CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8 AS fichier
    FROM OPENROWSET(
        BULK 'https://<account>.dfs.core.windows.net/curated/depots/annee=*/code_region=*/*.parquet',
        FORMAT = 'PARQUET')
    WITH (
        code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        id_ingestion VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        horodatage_depot DATETIME2(3),
        source_sha256 VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
        source_chemin VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
    ) AS rows
    WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8
        IN (SELECT fichier FROM dbo.versions_courantes)
)
SELECT DISTINCT
    t.code_region,
    t.id_ingestion,
    t.horodatage_depot,
    t.source_sha256,
    t.source_chemin
FROM t;
GO

-- indicateurs : Indicateurs calculés, une ligne par année, périmètre, indicateur et dimension.
CREATE OR ALTER VIEW dbo.indicateurs AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/gold/indicateurs/annee=*/*.parquet',
    FORMAT = 'PARQUET')
WITH (
    annee INT,
    perimetre VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
    code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
    appel_a_projets VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
    indicateur VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
    dimension VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
    valeur FLOAT,
    numerateur FLOAT,
    denominateur FLOAT,
    unite VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
) AS rows;
GO

-- regions : Les 18 régions : code INSEE (texte, « 01 » à « 94 ») et nom.
CREATE OR ALTER VIEW dbo.regions AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/gold/regions/regions.parquet',
    FORMAT = 'PARQUET')
WITH (
    code_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
    libelle_region VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
) AS rows;
GO

-- thematiques : Les thématiques de la nomenclature FNAVDL, et « autre » : code et libellé.
CREATE OR ALTER VIEW dbo.thematiques AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/gold/thematiques/thematiques.parquet',
    FORMAT = 'PARQUET')
WITH (
    thematique VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8,
    libelle_thematique VARCHAR(8000) COLLATE Latin1_General_100_BIN2_UTF8
) AS rows;
GO
