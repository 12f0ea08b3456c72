// Builds the compact administrative reference embedded in Fnavdl.Core from the pinned
// @etalab/decoupage-administratif package. Output is deterministic: same package version → same bytes
// (sorted rows, "\n" line endings, UTF-8 without BOM, no generation date).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageName = '@etalab/decoupage-administratif';
const packageDir = join(here, 'node_modules', ...packageName.split('/'));
const outputDir = join(here, '..', '..', 'functions', 'Fnavdl.Core', 'Reference', 'Data');

// The FNAVDL works with the 18 current regions (13 metropolitan + 5 DROM); the package also lists the
// overseas collectivities (975, 977, …) as pseudo-regions, which are not part of the scheme.
const currentRegionCodes = new Set([
  '01', '02', '03', '04', '06', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94',
]);

const readJson = (relative) => JSON.parse(readFileSync(join(packageDir, relative), 'utf8'));
const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// Our loader splits on ';' without quoting: refuse any value that would break that.
function field(value, what) {
  const text = String(value);
  if (/[;\r\n]/.test(text)) throw new Error(`${what}: value contains a separator or line break: ${text}`);
  return text;
}

function writeCsv(fileName, header, rows) {
  const lines = [header.join(';'), ...rows.map((r) => r.join(';'))];
  writeFileSync(join(outputDir, fileName), lines.join('\n') + '\n', 'utf8');
  console.log(`${fileName}: ${rows.length} rows`);
}

const version = readJson('package.json').version;
const regions = readJson('data/regions.json');
const departements = readJson('data/departements.json');
const epcis = readJson('data/epci.json');
const communes = readJson('data/communes.json');

const keptRegions = regions.filter((r) => currentRegionCodes.has(r.code)).sort((a, b) => byCode(a.code, b.code));
if (keptRegions.length !== currentRegionCodes.size) {
  throw new Error(`expected ${currentRegionCodes.size} current regions, found ${keptRegions.length}`);
}

const keptDepartements = departements
  .filter((d) => currentRegionCodes.has(d.region))
  .sort((a, b) => byCode(a.code, b.code));

const currentCommunes = communes
  .filter((c) => c.type === 'commune-actuelle' && currentRegionCodes.has(c.region))
  .sort((a, b) => byCode(a.code, b.code));
for (const c of currentCommunes) {
  if (!Number.isInteger(c.population)) throw new Error(`commune ${c.code} has no population`);
}
const communeCodes = new Set(currentCommunes.map((c) => c.code));

const keptEpcis = [...epcis].sort((a, b) => byCode(a.code, b.code));
for (const e of keptEpcis) {
  if (!/^\d{9}$/.test(e.code)) throw new Error(`EPCI with unexpected SIREN ${e.code}`);
  if (!Number.isInteger(e.populationMunicipale)) throw new Error(`EPCI ${e.code} has no populationMunicipale`);
  for (const m of e.membres) {
    if (!communeCodes.has(m.code)) throw new Error(`EPCI ${e.code}: member ${m.code} is not a current commune`);
  }
}

mkdirSync(outputDir, { recursive: true });
writeCsv('regions.csv', ['code', 'nom'], keptRegions.map((r) => [field(r.code, 'region'), field(r.nom, 'region')]));
writeCsv(
  'departements.csv',
  ['code', 'nom', 'region'],
  keptDepartements.map((d) => [field(d.code, 'departement'), field(d.nom, 'departement'), field(d.region, 'departement')]),
);
writeCsv(
  'epci.csv',
  ['siren', 'nom', 'population', 'communes'],
  keptEpcis.map((e) => [
    field(e.code, 'epci'),
    field(e.nom, 'epci'),
    String(e.populationMunicipale),
    e.membres.map((m) => m.code).sort(byCode).join(' '),
  ]),
);
writeCsv(
  'communes.csv',
  ['code', 'departement', 'region', 'population'],
  currentCommunes.map((c) => [field(c.code, 'commune'), field(c.departement, 'commune'), field(c.region, 'commune'), String(c.population)]),
);
writeFileSync(
  join(outputDir, 'source.json'),
  JSON.stringify({ package: packageName, version }, null, 2) + '\n',
  'utf8',
);
console.log(`source.json: ${packageName}@${version}`);
