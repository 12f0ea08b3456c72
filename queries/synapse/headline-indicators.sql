-- Headline indicators per region and call in T-SQL (Synapse serverless), over the views of views.sql.
-- The long table with every indicator and scope is in the gold container (view dbo.indicateurs);
-- this query is a quick cross-check of the main figures. Ratios with no denominator are NULL.
SELECT annee,
       CASE GROUPING_ID(code_region, appel_a_projets) WHEN 3 THEN 'national' WHEN 1 THEN 'region' ELSE 'appel' END AS perimetre,
       code_region, appel_a_projets,
       COUNT(*)                                                            AS nb_projets,
       SUM(montant_accorde)                                                AS montant_accorde_total,
       SUM(CASE WHEN co_portage_derive = 1 THEN 1.0 ELSE 0 END) / NULLIF(COUNT(*), 0) AS taux_co_portage,
       SUM(CASE WHEN portage_bailleur = 1 THEN 1.0 ELSE 0 END) / NULLIF(COUNT(*), 0)  AS taux_portage_bailleur,
       SUM(CASE WHEN epci_implique = 1 THEN 1.0 ELSE 0 END) / NULLIF(COUNT(*), 0)     AS taux_implication_epci
FROM dbo.projets
GROUP BY GROUPING SETS ((annee), (annee, code_region), (annee, code_region, appel_a_projets))
ORDER BY annee, perimetre, code_region, appel_a_projets;
