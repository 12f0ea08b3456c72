-- Views over the curated lake, for DuckDB (1.1 or later).
-- GENERATED from the table definitions (functions/Fnavdl.Core/Schema/Definition): do not edit by hand,
-- regenerate with `fnavdl schema --sql duckdb > queries/views.sql` (see queries/README.md).
-- Set the lake root first (the folder that holds projets/, suivi/, enveloppes/, …: the store's curated/,
-- or the curated/ of a `fnavdl pull` copy), then read this file:
--   SET VARIABLE lake = '/path/to/fnavdl-store/curated';
--   .read queries/views.sql
-- Columns come from the files (hive_partitioning = false): the in-file annee and code_region are
-- authoritative and typed (INTEGER, VARCHAR), where the folder names would be guessed (see Lake/README.md).
-- union_by_name: a file written before a column was added reads it as NULL.
-- A table with no file yet (e.g. no suivi uploaded) makes the .read fail at its view.
-- The dimension views regions and thematiques (codes to names) come last and need no file.
--
-- Only the CURRENT file of each replacement unit is read. Each region's manifest, <lake>/manifestes/{code_region}.csv,
-- names the current file of each of its units (column fichier: annee=…/code_region=…/{name}.{version}.parquet, its
-- path under each table folder of the unit), and a deposit is committed by replacing its region's manifest in one
-- write: a view keeps a file only if a manifest names it, so it shows every unit of a deposit old or every one new.
-- A plain glob would also match the files of a version being committed, of one superseded a moment ago, or of a
-- commit that was killed.
-- The files do not repeat what is the same for a whole unit or project: each view joins back the deposit's lineage
-- (source_chemin, source_sha256, horodatage_depot) from the unit's depots file, and a bridge's project key from its
-- projets row (same fichier, same num_projet), and computes cle_projet; queries written against the views keep working.

-- versions_courantes : les manifestes des régions, une ligne par unité de remplacement et sa version courante.
CREATE OR REPLACE VIEW versions_courantes AS
    SELECT
        unite, -- Unité de remplacement : projets/annee=…/code_region=…/appel=…, suivi/annee=…/code_region=…, enveloppes/annee=…/code_region=….
        fichier, -- Chemin du fichier courant de l'unité sous le dossier de chaque table de l'unité (les cinq tables projets partagent le même) : annee=…/code_region=…/{nom}.{id_ingestion}.parquet.
        id_ingestion, -- Version courante de l'unité : l'ingestion qui a écrit ses fichiers.
        horodatage_depot, -- Horodatage du dépôt de cette version (ISO 8601, UTC) : le dépôt le plus récent l'emporte.
        source_sha256, -- SHA-256 du fichier déposé.
        source_chemin -- Chemin du fichier déposé, sous uploads/.
    FROM read_csv(getvariable('lake') || '/manifestes/*.csv', header = true, delim = ',', quote = '"', escape = '"',
                  columns = {'unite': 'VARCHAR', 'fichier': 'VARCHAR', 'id_ingestion': 'VARCHAR', 'horodatage_depot': 'VARCHAR', 'source_sha256': 'VARCHAR', 'source_chemin': 'VARCHAR'});

-- A curated file's path under its table folder: annee=…/code_region=…/{name}.{version}.parquet.
-- A curated file's path under its table folder: annee=…/code_region=…/{name}.{version}.parquet, the same for every table of a unit.
CREATE OR REPLACE MACRO fnavdl_fichier(chemin) AS array_to_string(parse_path(chemin)[-3:], '/');
-- cle_projet: annee|code_region|appel_a_projets|id_projet, a | or \ of the call or the id preceded by \.
CREATE OR REPLACE MACRO fnavdl_cle_projet(annee, code_region, appel, id) AS concat(annee, '|', code_region, '|', replace(replace(appel, '\', '\\'), '|', '\|'), '|', replace(replace(id, '\', '\\'), '|', '\|'));

-- projets : Projets financés par le FNAVDL. Une ligne par projet financé : appel à projets régional, porteur, thématiques, territoires et montants.
CREATE OR REPLACE VIEW projets AS
    WITH t AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes)),
         d AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/depots/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes))
    SELECT
        t.annee, -- Année (de programmation pour un projet, d'activité pour un suivi) ; partition annee= du lac.
        t.code_region, -- Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.
        t.appel_a_projets, -- Identifiant de l'appel à projets régional (par ex. « AAP 2020-10 »). Une nouvelle version du fichier remplace les projets de la même région, année et appel.
        t.date_decision, -- Date de la décision du comité (jj/mm/aaaa ; aaaa-mm-jj, jj-mm-aaaa et les dates de tableur sont aussi acceptées).
        t.id_projet, -- Référence du projet donnée par la région ; unique par appel à projets.
        fnavdl_cle_projet(t.annee, t.code_region, t.appel_a_projets, t.id_projet) AS cle_projet, -- Clé du projet en une seule colonne : annee|code_region|appel_a_projets|id_projet (un « | » ou un « \ » de l'appel ou de l'identifiant y est précédé d'un « \ »). Relie projets et ses tables de liens dans Power BI.
        t.num_projet, -- Numéro du projet dans le fichier de son unité (1 pour le premier) ; avec le nom du fichier, commun aux tables de l'unité, il relie les tables de liens à projets.
        t.intitule, -- Intitulé du projet.
        t.porteur, -- Raison sociale du porteur principal du projet.
        t.type_porteur, -- Type du porteur principal : association, bailleur_social, collectivite ou autre (synonymes acceptés : asso, loi 1901, OPH, ESH, organisme Hlm, commune, CCAS, EPCI…).
        t.siren_porteur, -- SIREN ou SIRET du porteur principal, chiffres seuls.
        t.co_portage, -- Co-portage tel que le fichier l'indique (vide s'il ne l'indique pas).
        t.co_portage_derive, -- Vrai quand les porteurs comptent à la fois une association et un bailleur social (calculé ; utilisé par les indicateurs).
        t.portage_bailleur, -- Vrai quand un bailleur social est porteur ou co-porteur (calculé).
        t.epci_implique, -- Vrai quand au moins un EPCI est partenaire (calculé).
        t.thematiques, -- Codes des thématiques, séparés par « | » (détail et pondération dans projets_thematiques).
        t.departements, -- Codes des départements, séparés par « | » (une ligne par département dans projets_departements).
        t.epci, -- SIREN des EPCI partenaires, séparés par « | » (une ligne par EPCI dans projets_epci).
        t.co_porteurs, -- Noms des co-porteurs, séparés par « | » (avec leur type dans projets_co_porteurs).
        t.nb_thematiques, -- Nombre de thématiques du projet.
        t.nb_departements, -- Nombre de départements du projet.
        t.nb_epci, -- Nombre d'EPCI partenaires.
        t.nb_co_porteurs, -- Nombre de co-porteurs.
        t.montant_accorde, -- Subvention FNAVDL accordée, en euros.
        t.montant_demande, -- Montant demandé par le porteur, en euros.
        t.menages_prevus, -- Nombre de ménages que le projet prévoit d'accompagner.
        t.duree_mois, -- Durée du projet, en mois (1 à 60).
        t.volet, -- Volet de l'accompagnement : vers, dans ou vers_et_dans.
        d.source_chemin, -- Chemin du fichier déposé dont vient la ligne (uploads/{code_region}/…).
        d.source_sha256, -- Version du fichier : empreinte SHA-256 de son contenu.
        t.source_feuille, -- Feuille du classeur dont vient la ligne (XLSX, ODS ; vide pour CSV et JSON).
        t.source_ligne, -- Numéro de la ligne dans le fichier, tel que l'utilisateur le voit (ligne du tableur, ligne CSV).
        t.id_ingestion, -- Identifiant de l'intégration qui a écrit la ligne (journal des dépôts).
        d.horodatage_depot -- Heure d'arrivée du fichier dans le stockage (UTC) : la plus récente remplace les autres.
    FROM t
    LEFT JOIN d ON d.fichier = t.fichier;

-- projets_thematiques : Thématiques des projets. Une ligne par projet et thématique, avec la part du montant accordé attribuée à la thématique.
CREATE OR REPLACE VIEW projets_thematiques AS
    WITH t AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets_thematiques/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes)),
         p AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes))
    SELECT
        p.annee, -- Année (de programmation pour un projet, d'activité pour un suivi) ; partition annee= du lac.
        p.code_region, -- Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.
        p.appel_a_projets, -- Identifiant de l'appel à projets régional (par ex. « AAP 2020-10 »). Une nouvelle version du fichier remplace les projets de la même région, année et appel.
        p.id_projet, -- Référence du projet donnée par la région ; unique par appel à projets.
        fnavdl_cle_projet(p.annee, p.code_region, p.appel_a_projets, p.id_projet) AS cle_projet, -- Clé du projet en une seule colonne : annee|code_region|appel_a_projets|id_projet (un « | » ou un « \ » de l'appel ou de l'identifiant y est précédé d'un « \ »). Relie projets et ses tables de liens dans Power BI.
        t.num_projet, -- Numéro du projet dans le fichier de son unité (1 pour le premier) ; avec le nom du fichier, commun aux tables de l'unité, il relie les tables de liens à projets.
        t.thematique, -- Code de la thématique (nomenclature FNAVDL, ou « autre »).
        t.libelle_source, -- Libellé de la thématique tel que le fichier l'écrivait.
        t.poids, -- Part du projet attribuée à la thématique (1 / nombre de thématiques).
        t.montant_pondere -- Part du montant accordé attribuée à la thématique, en euros ; la somme par projet est exacte au centime.
    FROM t
    LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet;

-- projets_departements : Départements des projets. Une ligne par projet et département où il agit.
CREATE OR REPLACE VIEW projets_departements AS
    WITH t AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets_departements/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes)),
         p AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes))
    SELECT
        p.annee, -- Année (de programmation pour un projet, d'activité pour un suivi) ; partition annee= du lac.
        p.code_region, -- Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.
        p.appel_a_projets, -- Identifiant de l'appel à projets régional (par ex. « AAP 2020-10 »). Une nouvelle version du fichier remplace les projets de la même région, année et appel.
        p.id_projet, -- Référence du projet donnée par la région ; unique par appel à projets.
        fnavdl_cle_projet(p.annee, p.code_region, p.appel_a_projets, p.id_projet) AS cle_projet, -- Clé du projet en une seule colonne : annee|code_region|appel_a_projets|id_projet (un « | » ou un « \ » de l'appel ou de l'identifiant y est précédé d'un « \ »). Relie projets et ses tables de liens dans Power BI.
        t.num_projet, -- Numéro du projet dans le fichier de son unité (1 pour le premier) ; avec le nom du fichier, commun aux tables de l'unité, il relie les tables de liens à projets.
        t.code_departement -- Code INSEE du département.
    FROM t
    LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet;

-- projets_epci : EPCI partenaires des projets. Une ligne par projet et EPCI partenaire.
CREATE OR REPLACE VIEW projets_epci AS
    WITH t AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets_epci/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes)),
         p AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes))
    SELECT
        p.annee, -- Année (de programmation pour un projet, d'activité pour un suivi) ; partition annee= du lac.
        p.code_region, -- Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.
        p.appel_a_projets, -- Identifiant de l'appel à projets régional (par ex. « AAP 2020-10 »). Une nouvelle version du fichier remplace les projets de la même région, année et appel.
        p.id_projet, -- Référence du projet donnée par la région ; unique par appel à projets.
        fnavdl_cle_projet(p.annee, p.code_region, p.appel_a_projets, p.id_projet) AS cle_projet, -- Clé du projet en une seule colonne : annee|code_region|appel_a_projets|id_projet (un « | » ou un « \ » de l'appel ou de l'identifiant y est précédé d'un « \ »). Relie projets et ses tables de liens dans Power BI.
        t.num_projet, -- Numéro du projet dans le fichier de son unité (1 pour le premier) ; avec le nom du fichier, commun aux tables de l'unité, il relie les tables de liens à projets.
        t.siren_epci -- SIREN de l'EPCI à fiscalité propre.
    FROM t
    LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet;

-- projets_co_porteurs : Co-porteurs des projets. Une ligne par projet et co-porteur, dans l'ordre du fichier.
CREATE OR REPLACE VIEW projets_co_porteurs AS
    WITH t AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets_co_porteurs/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes)),
         p AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/projets/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes))
    SELECT
        p.annee, -- Année (de programmation pour un projet, d'activité pour un suivi) ; partition annee= du lac.
        p.code_region, -- Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.
        p.appel_a_projets, -- Identifiant de l'appel à projets régional (par ex. « AAP 2020-10 »). Une nouvelle version du fichier remplace les projets de la même région, année et appel.
        p.id_projet, -- Référence du projet donnée par la région ; unique par appel à projets.
        fnavdl_cle_projet(p.annee, p.code_region, p.appel_a_projets, p.id_projet) AS cle_projet, -- Clé du projet en une seule colonne : annee|code_region|appel_a_projets|id_projet (un « | » ou un « \ » de l'appel ou de l'identifiant y est précédé d'un « \ »). Relie projets et ses tables de liens dans Power BI.
        t.num_projet, -- Numéro du projet dans le fichier de son unité (1 pour le premier) ; avec le nom du fichier, commun aux tables de l'unité, il relie les tables de liens à projets.
        t.rang, -- Rang du co-porteur dans le fichier (1 pour le premier).
        t.co_porteur, -- Nom du co-porteur.
        t.type_co_porteur -- Type du co-porteur (association, bailleur_social, collectivite, autre), quand le fichier le donne.
    FROM t
    LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet;

-- suivi : Suivi annuel des projets FNAVDL. Une ligne par projet et année d'activité : ménages accompagnés, sorties, relogements, maintiens et dépenses.
CREATE OR REPLACE VIEW suivi AS
    WITH t AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/suivi/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes)),
         d AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/depots/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes))
    SELECT
        t.annee, -- Année (de programmation pour un projet, d'activité pour un suivi) ; partition annee= du lac.
        t.code_region, -- Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.
        t.id_projet, -- Référence du projet suivi, telle que le fichier des projets de la région la donne (un projet inconnu est signalé, la ligne est conservée).
        t.menages_accompagnes, -- Nombre de ménages accompagnés dans l'année.
        t.menages_sortis, -- Nombre de ménages sortis du dispositif dans l'année ; au plus le nombre de ménages accompagnés.
        t.relogements, -- Ménages sortis relogés ; au plus le nombre de ménages sortis.
        t.maintiens, -- Ménages sortis maintenus dans leur logement (expulsions évitées) ; au plus le nombre de ménages sortis.
        t.montant_consomme, -- Dépenses réalisées dans l'année, en euros.
        d.source_chemin, -- Chemin du fichier déposé dont vient la ligne (uploads/{code_region}/…).
        d.source_sha256, -- Version du fichier : empreinte SHA-256 de son contenu.
        t.source_feuille, -- Feuille du classeur dont vient la ligne (XLSX, ODS ; vide pour CSV et JSON).
        t.source_ligne, -- Numéro de la ligne dans le fichier, tel que l'utilisateur le voit (ligne du tableur, ligne CSV).
        t.id_ingestion, -- Identifiant de l'intégration qui a écrit la ligne (journal des dépôts).
        d.horodatage_depot -- Heure d'arrivée du fichier dans le stockage (UTC) : la plus récente remplace les autres.
    FROM t
    LEFT JOIN d ON d.fichier = t.fichier;

-- enveloppes : Enveloppes régionales FNAVDL. Une ligne par année : l'enveloppe de crédits FNAVDL notifiée à la région.
CREATE OR REPLACE VIEW enveloppes AS
    WITH t AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/enveloppes/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes)),
         d AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/depots/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes))
    SELECT
        t.annee, -- Année (de programmation pour un projet, d'activité pour un suivi) ; partition annee= du lac.
        t.code_region, -- Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.
        t.enveloppe, -- Crédits FNAVDL notifiés à la région pour l'année, en euros.
        d.source_chemin, -- Chemin du fichier déposé dont vient la ligne (uploads/{code_region}/…).
        d.source_sha256, -- Version du fichier : empreinte SHA-256 de son contenu.
        t.source_feuille, -- Feuille du classeur dont vient la ligne (XLSX, ODS ; vide pour CSV et JSON).
        t.source_ligne, -- Numéro de la ligne dans le fichier, tel que l'utilisateur le voit (ligne du tableur, ligne CSV).
        t.id_ingestion, -- Identifiant de l'intégration qui a écrit la ligne (journal des dépôts).
        d.horodatage_depot -- Heure d'arrivée du fichier dans le stockage (UTC) : la plus récente remplace les autres.
    FROM t
    LEFT JOIN d ON d.fichier = t.fichier;

-- depots : Dépôts intégrés. Une ligne par version de fichier déposé dont une unité au moins est courante : chemin, empreinte, identifiant d'intégration et heure d'arrivée.
CREATE OR REPLACE VIEW depots AS
    WITH t AS (SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/depots/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)
              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes))
    SELECT DISTINCT
        t.code_region, -- Code INSEE de la région qui a déposé le fichier ; partition code_region= du lac.
        t.id_ingestion, -- Identifiant de l'intégration qui a écrit la ligne (journal des dépôts).
        t.horodatage_depot, -- Heure d'arrivée du fichier dans le stockage (UTC) : la plus récente remplace les autres.
        t.source_sha256, -- Version du fichier : empreinte SHA-256 de son contenu.
        t.source_chemin -- Chemin du fichier déposé dont vient la ligne (uploads/{code_region}/…).
    FROM t;

-- regions : Les 18 régions : code INSEE (texte, « 01 » à « 94 ») et nom. Les mêmes lignes que gold/regions/regions.parquet.
CREATE OR REPLACE VIEW regions AS
    SELECT * FROM (VALUES
        ('01', 'Guadeloupe'),
        ('02', 'Martinique'),
        ('03', 'Guyane'),
        ('04', 'La Réunion'),
        ('06', 'Mayotte'),
        ('11', 'Île-de-France'),
        ('24', 'Centre-Val de Loire'),
        ('27', 'Bourgogne-Franche-Comté'),
        ('28', 'Normandie'),
        ('32', 'Hauts-de-France'),
        ('44', 'Grand Est'),
        ('52', 'Pays de la Loire'),
        ('53', 'Bretagne'),
        ('75', 'Nouvelle-Aquitaine'),
        ('76', 'Occitanie'),
        ('84', 'Auvergne-Rhône-Alpes'),
        ('93', 'Provence-Alpes-Côte d''Azur'),
        ('94', 'Corse')
    ) AS t(code_region, libelle_region);

-- thematiques : Les thématiques de la nomenclature FNAVDL, et « autre » : code et libellé. Les mêmes lignes que gold/thematiques/thematiques.parquet.
CREATE OR REPLACE VIEW thematiques AS
    SELECT * FROM (VALUES
        ('autre', 'Autre (libellé non reconnu)'),
        ('dalo', 'Ménages DALO'),
        ('gens_du_voyage', 'Gens du voyage (sédentarisation)'),
        ('gestion_locative_adaptee', 'Gestion locative adaptée'),
        ('jeunes', 'Jeunes vulnérables (logement et emploi)'),
        ('logement_d_abord', 'Logement d''abord / sortie de la rue'),
        ('prevention_expulsions', 'Prévention des expulsions'),
        ('refugies', 'Accueil et intégration des réfugiés'),
        ('sante_mentale', 'Santé mentale'),
        ('sortants_institutions', 'Sortants d''institutions'),
        ('violences_femmes', 'Femmes victimes de violences')
    ) AS t(thematique, libelle_thematique);
