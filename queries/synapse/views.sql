-- The same views for Azure Synapse serverless SQL, over the curated container (Hive layout).
-- Replace <account> with the storage account (or create an EXTERNAL DATA SOURCE and use relative paths).
-- Serverless SQL adds nothing for the annee=/code_region= folders unless asked (filepath()); the
-- in-file annee and code_region columns are used, as in DuckDB. Run in a user database, not master.

CREATE OR ALTER VIEW dbo.projets AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/curated/projets/annee=*/code_region=*/*.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.projets_thematiques AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/curated/projets_thematiques/annee=*/code_region=*/*.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.projets_departements AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/curated/projets_departements/annee=*/code_region=*/*.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.projets_epci AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/curated/projets_epci/annee=*/code_region=*/*.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.projets_co_porteurs AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/curated/projets_co_porteurs/annee=*/code_region=*/*.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.suivi AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/curated/suivi/annee=*/code_region=*/*.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.enveloppes AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/curated/enveloppes/annee=*/code_region=*/*.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.indicateurs AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/gold/indicateurs/annee=*/*.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.regions AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/gold/regions/regions.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
CREATE OR ALTER VIEW dbo.thematiques AS
SELECT * FROM OPENROWSET(
    BULK 'https://<account>.dfs.core.windows.net/gold/thematiques/thematiques.parquet',
    FORMAT = 'PARQUET') AS rows;
GO
