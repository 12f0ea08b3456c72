-- The headline indicators of indicators.md, recomputed in SQL straight from the curated Parquet:
-- a second implementation, independent of the C# engine (Fnavdl.Core.Indicators), that must agree with it.
-- Needs the views of views.sql. Output: the engine's long table (same columns, same rules: a ratio
-- whose denominator is 0 is absent), for nb_projets, montant_accorde_total, taux_co_portage,
-- taux_portage_bailleur, taux_implication_epci, part_projets_thematique (all scopes), enveloppe,
-- taux_engagement, menages_accompagnes (national and region).
--   SET VARIABLE lake = '/path/to/fnavdl-store/curated';
--   .read queries/views.sql
--   .read queries/headline-indicators.sql

WITH
-- Projects, once per scope: GROUPING SETS gives national (annee), region and call rows in one pass.
par_perimetre AS (
    SELECT annee,
           CASE grouping(code_region, appel_a_projets) WHEN 3 THEN 'national' WHEN 1 THEN 'region' ELSE 'appel' END AS perimetre,
           code_region, appel_a_projets,
           count(*)                                      AS nb_projets,
           sum(montant_accorde)                          AS montant,
           count(*) FILTER (WHERE co_portage_derive)     AS co_portes,
           count(*) FILTER (WHERE portage_bailleur)      AS bailleur,
           count(*) FILTER (WHERE epci_implique)         AS avec_epci
    FROM projets
    GROUP BY GROUPING SETS ((annee), (annee, code_region), (annee, code_region, appel_a_projets))
),
-- Projects carrying each theme: counted once per project within its call (a project may list
-- 'autre' twice), then added up (a project belongs to one call only).
themes_par_appel AS (
    SELECT annee, code_region, appel_a_projets, thematique, count(DISTINCT id_projet) AS projets
    FROM projets_thematiques
    GROUP BY ALL
),
themes AS (
    SELECT annee,
           CASE grouping(code_region, appel_a_projets) WHEN 3 THEN 'national' WHEN 1 THEN 'region' ELSE 'appel' END AS perimetre,
           code_region, appel_a_projets, thematique, sum(projets) AS projets
    FROM themes_par_appel
    GROUP BY GROUPING SETS ((annee, thematique), (annee, code_region, thematique), (annee, code_region, appel_a_projets, thematique))
),
enveloppe_region AS (
    SELECT annee, code_region, sum(enveloppe) AS enveloppe FROM enveloppes GROUP BY ALL
),
montant_region AS (
    SELECT annee, code_region, montant FROM par_perimetre WHERE perimetre = 'region'
),
-- taux_engagement: a region's amount against its envelope; national, only regions that have one.
engagement AS (
    SELECT e.annee, 'region' AS perimetre, e.code_region, e.enveloppe, coalesce(m.montant, 0) AS montant
    FROM enveloppe_region e LEFT JOIN montant_region m USING (annee, code_region)
    UNION ALL
    SELECT e.annee, 'national', NULL, sum(e.enveloppe), sum(coalesce(m.montant, 0))
    FROM enveloppe_region e LEFT JOIN montant_region m USING (annee, code_region)
    GROUP BY e.annee
),
suivi_par_perimetre AS (
    SELECT annee,
           CASE grouping(code_region) WHEN 1 THEN 'national' ELSE 'region' END AS perimetre,
           code_region, sum(menages_accompagnes) AS menages_accompagnes
    FROM suivi
    GROUP BY GROUPING SETS ((annee), (annee, code_region))
),
long_table AS (
    SELECT annee, perimetre, code_region, appel_a_projets, 'nb_projets' AS indicateur, NULL::VARCHAR AS dimension,
           nb_projets::DOUBLE AS valeur, NULL::DOUBLE AS numerateur, NULL::DOUBLE AS denominateur, 'projets' AS unite
    FROM par_perimetre
    UNION ALL
    SELECT annee, perimetre, code_region, appel_a_projets, 'montant_accorde_total', NULL, montant::DOUBLE, NULL, NULL, 'euros'
    FROM par_perimetre
    UNION ALL
    SELECT annee, perimetre, code_region, appel_a_projets, 'taux_co_portage', NULL, co_portes / nb_projets, co_portes, nb_projets, 'ratio'
    FROM par_perimetre WHERE nb_projets > 0
    UNION ALL
    SELECT annee, perimetre, code_region, appel_a_projets, 'taux_portage_bailleur', NULL, bailleur / nb_projets, bailleur, nb_projets, 'ratio'
    FROM par_perimetre WHERE nb_projets > 0
    UNION ALL
    SELECT annee, perimetre, code_region, appel_a_projets, 'taux_implication_epci', NULL, avec_epci / nb_projets, avec_epci, nb_projets, 'ratio'
    FROM par_perimetre WHERE nb_projets > 0
    UNION ALL
    SELECT t.annee, t.perimetre, t.code_region, t.appel_a_projets, 'part_projets_thematique', t.thematique,
           t.projets / p.nb_projets, t.projets, p.nb_projets, 'ratio'
    FROM themes t JOIN par_perimetre p
      ON p.annee = t.annee AND p.perimetre = t.perimetre
     AND p.code_region IS NOT DISTINCT FROM t.code_region AND p.appel_a_projets IS NOT DISTINCT FROM t.appel_a_projets
    WHERE p.nb_projets > 0
    UNION ALL
    SELECT annee, perimetre, code_region, NULL, 'enveloppe', NULL, enveloppe::DOUBLE, NULL, NULL, 'euros'
    FROM engagement
    UNION ALL
    SELECT annee, perimetre, code_region, NULL, 'taux_engagement', NULL, montant::DOUBLE / enveloppe::DOUBLE, montant::DOUBLE, enveloppe::DOUBLE, 'ratio'
    FROM engagement WHERE enveloppe <> 0
    UNION ALL
    SELECT annee, perimetre, code_region, NULL, 'menages_accompagnes', NULL, menages_accompagnes::DOUBLE, NULL, NULL, 'menages'
    FROM suivi_par_perimetre
)
SELECT * FROM long_table
ORDER BY annee, CASE perimetre WHEN 'national' THEN 0 WHEN 'region' THEN 1 ELSE 2 END,
         code_region NULLS FIRST, appel_a_projets NULLS FIRST, indicateur, dimension NULLS FIRST;
